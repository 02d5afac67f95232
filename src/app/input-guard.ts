import type { FastifyInstance } from 'fastify';
import { InvalidInputError } from './errors.js';

/** Parts of a request, the schema that validates each, and how a French message names them. */
const PARTS = [
  ['body', 'body', 'corps de la requête'],
  ['query', 'querystring', 'paramètres'],
  ['params', 'params', 'adresse'],
] as const;

/** Path (`a.b.0`) of the first string holding a NUL character, walked without recursion. */
function firstNul(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path || '(ensemble)';
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return undefined;
}

/**
 * Refuses validated text holding a NUL character: PostgreSQL cannot store it (the query would fail
 * with a 500) and no legitimate input contains it. Runs after validation, so that the data has
 * only the properties the schemas know (a field name in the message never echoes the client's keys).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const schema = request.routeOptions.schema;
    if (!schema) return;
    for (const [part, schemaKey, label] of PARTS) {
      if (!schema[schemaKey]) continue;
      const field = firstNul(request[part]);
      if (field !== undefined) {
        const message = 'Le caractère nul (U+0000) n’est pas accepté.';
        throw new InvalidInputError(`Donnée invalide (${label}) — « ${field} » : ${message}`, {
          fields: [{ field, message }],
        });
      }
    }
  });
}
