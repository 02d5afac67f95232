/**
 * The reference point of `npm run bench`: bare Fastify, one route answering `{ status: 'ok' }`,
 * run as its own process like the Relais server. BASELINE_LOG_LEVEL=info gives it the logger
 * Relais uses in production (pino, JSON to stdout, a line per request and per response).
 */
import Fastify from 'fastify';

const level = process.env.BASELINE_LOG_LEVEL;
const app = Fastify({ logger: level ? { level } : false });
app.get('/', async () => ({ status: 'ok' }));

await app.listen({ port: Number.parseInt(process.env.PORT ?? '3001', 10), host: '127.0.0.1' });

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
