import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

const LOCATION_LABELS: Record<string, string> = {
  body: 'corps de la requête',
  querystring: 'paramètres',
  params: 'adresse',
  headers: 'en-têtes',
};

/** French messages for the 4xx errors Fastify itself raises before our code runs. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "Le contenu envoyé n'est pas un JSON valide.",
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Le contenu envoyé est vide alors qu’un JSON est attendu.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Ce type de contenu n'est pas accepté.",
  FST_ERR_CTP_BODY_TOO_LARGE: 'Le contenu envoyé est trop volumineux.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'La longueur annoncée du contenu est incorrecte.',
  FST_ERR_BAD_URL: "L'adresse demandée est invalide.",
  FST_ERR_MAX_PARAM_LENGTH: "L'adresse demandée est trop longue.",
  FST_ERR_ASYNC_CONSTRAINT: "L'adresse demandée est invalide.",
};

function fieldName(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '(ensemble)';
}

/**
 * Errors the router raises before any hook or error handler runs (malformed percent-encoding,
 * oversized path parameter): without this, Fastify answers them in English, echoing the URL.
 * Passed to Fastify as its `frameworkErrors` option.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const message = FASTIFY_MESSAGES[err.code] ?? 'La requête est invalide.';
  void reply.status(status).send({ error: { code: 'bad_request', message } } satisfies ErrorBody);
}

/** One place that turns every error into a JSON answer with a French message; never a stack or SQL. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { error: { code: err.code, message: err.message } };
      if (err.details?.fields) body.error.fields = err.details.fields as ErrorBody['error']['fields'];
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = LOCATION_LABELS[err.validationContext ?? ''] ?? 'requête';
      const fields = err.validation.map((issue) => ({
        field: fieldName(issue.instancePath),
        message: issue.message ?? 'valeur invalide',
      }));
      const first = fields[0];
      const message = first
        ? `Donnée invalide (${where}) — « ${first.field} » : ${first.message}`
        : `Donnée invalide (${where}).`;
      return reply.status(400).send({ error: { code: 'invalid_input', message, fields } } satisfies ErrorBody);
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({
        error: { code: 'too_many_requests', message: 'Trop de tentatives. Merci de réessayer dans quelques minutes.' },
      });
    }
    if (status >= 400 && status < 500) {
      const message = FASTIFY_MESSAGES[err.code] ?? 'La requête est invalide.';
      return reply.status(status).send({ error: { code: 'bad_request', message } } satisfies ErrorBody);
    }
    request.log.error({ err }, 'unexpected error');
    return reply.status(500).send({
      error: { code: 'internal', message: 'Une erreur inattendue est survenue. Merci de réessayer plus tard.' },
    } satisfies ErrorBody);
  });
}
