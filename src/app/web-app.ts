import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { registerPublicDoor } from './public-door.js';

/** Id of the JSON block that carries the first screen's public data (read by web/src/api/preload.ts). */
export const PRELOAD_ELEMENT_ID = 'relais-preload';

/**
 * Which public API answers the first screen of a page of the app needs, by the page's path: the
 * booking page shows its relais. (The home, a relais's page and its directory are rendered by the
 * server, src/app/public-door.ts.)
 */
function firstScreenPaths(pathname: string): string[] {
  const booking = /^\/r\/([^/]+)\/rendez-vous\/?$/.exec(pathname);
  // A malformed percent-encoding never gets here: Fastify answers it with a 400.
  return booking?.[1] ? [`/api/public/relais/${encodeURIComponent(decodeURIComponent(booking[1]))}`] : [];
}

/** JSON that can sit inside a <script> element: no "</script>", no "<!--". */
function scriptSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The built web app: its assets, the pages of the public door rendered by the server, and
 * index.html for every other GET outside /api. On the booking page the server inlines the public
 * data of the first screen (the same JSON as the API answers), so that a phone paints the page as
 * soon as the JavaScript runs, without a second round trip.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const indexFile = path.join(webRoot, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // scripts/compress-web.mjs wrote a .br and a .gz beside each text asset at build time.
      preCompressed: true,
      setHeaders: (reply: FastifyReply, file: string) => {
        // Hashed file names: a new build gets new names, so browsers may keep these for a year.
        if (path.basename(path.dirname(file)) === 'assets') {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }
  const indexHtml = built ? fs.readFileSync(indexFile, 'utf8') : null;
  if (built) registerPublicDoor(app, webRoot);

  const publicAnswer = async (url: string): Promise<string | null> => {
    const response = await app.inject({ method: 'GET', url });
    return response.statusCode === 200 ? response.body : null;
  };

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: "Cette adresse n'existe pas." } });
    }
    if (!indexHtml) {
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="fr"><title>Relais</title><p>L’interface web n’est pas construite : lancez <code>npm run build</code>.</p></html>',
        );
    }
    const pathname = new URL(request.url, 'http://relais').pathname;
    // Only successful answers: on an unknown relais the page asks the API and shows its message.
    const entries: string[] = [];
    for (const url of firstScreenPaths(pathname)) {
      const body = await publicAnswer(url);
      if (body) entries.push(`${JSON.stringify(url)}:${body}`);
    }
    const html =
      entries.length === 0
        ? indexHtml
        : indexHtml.replace(
            '</head>',
            `<script type="application/json" id="${PRELOAD_ELEMENT_ID}">${scriptSafe(`{${entries.join(',')}}`)}</script></head>`,
          );
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
}
