import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../web/src/api/client.js';
import type { PublicDirectory, PublicMap, PublicRelais, PublicRelaisSummary } from '../../web/src/api/types.js';
import { directoryApiQuery, readCriteria, DEFAULT_CRITERIA } from '../../web/src/door/directory-criteria.js';
import type { DoorAssets } from '../../web/src/door/DoorDocument.js';
import type { DoorPage } from '../../web/src/door/render.js';

/** The door's entry in Vite's manifest (vite.config.ts). */
const DOOR_ENTRY = 'src/door/entry.ts';

/** The built stylesheets and script of the door, read from Vite's manifest; none if it is missing. */
export function readDoorAssets(webRoot: string): DoorAssets {
  const manifestFile = path.join(webRoot, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return { stylesheets: [], script: null };
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; css?: string[] }
  >;
  const entry = manifest[DOOR_ENTRY];
  if (!entry) throw new Error(`${manifestFile} ne décrit pas ${DOOR_ENTRY} : reconstruisez l’interface web.`);
  return { stylesheets: (entry.css ?? []).map((file) => `/${file}`), script: `/${entry.file}` };
}

interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[] };
}

type Answer<T> = { ok: true; body: T } | { ok: false; status: number; error: ErrorBody['error'] };

const UNEXPECTED = 'Une erreur inattendue est survenue. Merci de réessayer plus tard.';

/**
 * The public pages that the server renders to HTML (decision 0013): the home, a relais's page and
 * its directory. Their data comes from the public API routes themselves (`inject`, with the
 * visitor's address, so that the API's validation, rate limits and serialisation apply unchanged).
 */
export function registerPublicDoor(app: FastifyInstance, webRoot: string): void {
  const assets = readDoorAssets(webRoot);
  // React and Mantine are loaded on the first page view, not by every process that builds the app.
  let renderer: Promise<typeof import('../../web/src/door/render.js')> | undefined;
  const render = async (page: DoorPage) => {
    renderer ??= import('../../web/src/door/render.js');
    return (await renderer).renderDoorPage(page, assets);
  };

  const get = async <T>(request: FastifyRequest, url: string): Promise<Answer<T>> => {
    const response = await app.inject({ method: 'GET', url, remoteAddress: request.ip });
    const body: unknown = response.json();
    if (response.statusCode === 200) return { ok: true, body: body as T };
    const error = (body as Partial<ErrorBody>).error ?? { code: 'unexpected', message: UNEXPECTED };
    return { ok: false, status: response.statusCode, error };
  };

  const send = async (reply: FastifyReply, page: DoorPage, status = 200) =>
    reply
      .status(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(await render(page));

  const relaisApi = (slug: string) => `/api/public/relais/${encodeURIComponent(slug)}`;

  /** The relais's page, or the page that says why it cannot be shown. */
  const withRelais = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    page: (relais: PublicRelais) => Promise<DoorPage> | DoorPage,
  ) => {
    const relais = await get<PublicRelais>(request, relaisApi(slug));
    if (!relais.ok) {
      const title = relais.status === 404 ? 'Relais introuvable' : 'Relais indisponible';
      return send(reply, { kind: 'error', title, message: relais.error.message }, relais.status);
    }
    const shown = await page(relais.body);
    // A refused search is shown in its page, with the API's status (400 invalid, 429 too many).
    return send(
      reply,
      shown,
      shown.kind === 'directory' && shown.outcome.kind === 'error' ? shown.outcome.status : 200,
    );
  };

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const list = await get<{ relais: PublicRelaisSummary[] }>(request, '/api/public/relais');
    if (!list.ok) return send(reply, { kind: 'error', title: 'Accueil', message: list.error.message }, list.status);
    const only = list.body.relais.length === 1 ? list.body.relais[0] : undefined;
    if (only) return withRelais(request, reply, only.slug, (relais) => ({ kind: 'relais', relais }));
    return send(reply, { kind: 'home', relais: list.body.relais });
  });

  // An address typed or pasted with a final slash leads to the same page.
  for (const path of ['/r/:slug/', '/r/:slug/annuaire/']) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const [pathname, query] = request.url.split('?');
      return reply.redirect(`${pathname!.replace(/\/+$/, '')}${query === undefined ? '' : `?${query}`}`, 301);
    });
  }

  app.get<{ Params: { slug: string } }>('/r/:slug', { schema: { hide: true } }, async (request, reply) =>
    withRelais(request, reply, request.params.slug, (relais) => ({ kind: 'relais', relais })),
  );

  app.get<{ Params: { slug: string } }>('/r/:slug/annuaire', { schema: { hide: true } }, async (request, reply) =>
    withRelais(request, reply, request.params.slug, async (relais) => {
      const query = new URLSearchParams(request.url.split('?')[1] ?? '');
      const criteria = readCriteria(query);
      const map = await get<PublicMap>(request, `${relaisApi(relais.slug)}/map`);
      const freePlaces = map.ok ? map.body.features.map((f) => f.properties) : [];
      const page = { kind: 'directory', relais, criteria: criteria ?? DEFAULT_CRITERIA, freePlaces } as const;
      if (!criteria) return { ...page, outcome: { kind: 'form' } };
      const search = await get<PublicDirectory>(
        request,
        `${relaisApi(relais.slug)}/directory?${directoryApiQuery(criteria).toString()}`,
      );
      return {
        ...page,
        outcome: search.ok
          ? { kind: 'results', data: search.body }
          : { kind: 'error', status: search.status, message: search.error.message, fields: search.error.fields ?? [] },
      };
    }),
  );
}
