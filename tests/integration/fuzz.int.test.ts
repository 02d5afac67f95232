/**
 * Junk at every route. Every operation of the OpenAPI document receives generated hostile
 * requests (hostile strings, wrong types, deep nesting, huge numbers, missing and extra fields,
 * broken JSON, wrong content types, junk path parameters and query strings), anonymously and as
 * a signed-in manager with a valid CSRF token. The API must answer each with a 2xx, or a 4xx whose
 * body is `{ error: { code, message } }` in French, naming the field of a validation error, and
 * never with a 5xx, a stack trace or SQL.
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureDefaultSubjects } from '../../src/modules/contacts/contacts.subjects.js';
import { SAMPLE_INPUTS } from '../../src/modules/employer-help/employer-help.samples.js';
import { TOPIC_KEYS } from '../../src/modules/employer-help/employer-help.schemas.js';
import { makeRelais, makeSite, makeUser } from '../support/factories.js';
import { createTestApp, login, type Session } from '../support/test-app.js';
import {
  asText,
  encode,
  hostileString,
  junkValue,
  malformedJson,
  objectBody,
  otherContentType,
  plausible,
  rawPathJunk,
  rawQueryJunk,
} from './support/junk.js';
import { fillPath, operationsOf, type Operation } from './support/openapi.js';
import { problemsWith, type ErrorBody } from './support/responses.js';
import { appointmentFixtures } from './support/appointments.js';
import { openSessionDirectly } from './support/sessions.js';

/** Operations in the OpenAPI document today; the suite fails if it finds fewer (an empty loop). */
const EXPECTED_MIN_OPERATIONS = 28;
/** Runs per operation and per kind of visitor: 28 × 2 × 60 requests take 5 to 15 s per engine. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// A fixed seed by default, so that CI is repeatable; FUZZ_SEED=random (or a number) explores further.
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261129);

const t = await createTestApp();
const operations = operationsOf(t.app);
afterAll(() => t.close());

// A relais with a bit of everything, so that real identifiers lead requests past the 404s.
const relais = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
const manager = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
/** Owns the throw-away sessions of the sign-out routes, so that the manager's own session survives. */
const managerForLogout = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
const animator = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
const site = await makeSite(t.db, relais.id, '85191');
const messageId = crypto.randomUUID();
await t.db
  .insertInto('outbox_message')
  .values({
    id: messageId,
    relais_id: relais.id,
    purpose: 'magic_link',
    recipient: 'parent@relais.test',
    subject: 'Votre lien de connexion à Relais',
    text_body: 'Bonjour',
    html_body: '<p>Bonjour</p>',
    status: 'stored',
    attempts: 1,
    next_attempt_at: '2026-01-15T09:00:00.000Z',
    created_at: '2026-01-15T09:00:00.000Z',
  })
  .execute();
const managerSession = await login(t.app, manager.email);
// Appointments: a reason open online, its permanences, and one booking with its secret link.
const appointments = await appointmentFixtures(t.app, t.db, relais);
const booking = await appointments.book();
/** A request of the inbox, so that its routes get past the 404 (answered, closed, linked with junk). */
const requestId = (
  await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/requests`,
    payload: {
      source: 'email',
      public: 'parent',
      name: 'Famille Fuzz',
      email: 'famille@relais.test',
      subjectIds: [(await ensureDefaultSubjects(t.db, relais.id, new Date()))[0]!.id],
    },
    headers: managerSession.headers,
  })
).json<{ id: string }>().id;

/** A job offer posted from the public form and confirmed by its parent, with its secret link. */
const jobOfferEmail = 'parent-offre@relais.test';
await t.app.inject({
  method: 'POST',
  url: `/api/public/relais/${relais.slug}/job-offers`,
  payload: {
    name: 'Parent Fuzz',
    email: jobOfferEmail,
    inseeCode: '85191',
    radiusKm: 10,
    startOn: '2026-04-01',
    schedule: [{ day: 1, from: '08:00', to: '17:00' }],
    childBirthOn: '2025-10-01',
    consent: true,
  },
});
const jobOfferToken = /offre-emploi\/([\w-]+)/.exec(
  (
    await t.db
      .selectFrom('outbox_message')
      .select('text_body')
      .where('recipient', '=', jobOfferEmail)
      .executeTakeFirstOrThrow()
  ).text_body,
)![1]!;
const offerId = (await t.app.inject({ method: 'POST', url: `/api/public/job-offers/${jobOfferToken}/verify` })).json<{
  id: string;
}>().id;

/** Activities: the built-in kinds and one session, so that their routes get past the 404s. */
const activityKinds = (
  await t.app.inject({ url: `/api/relais/${relais.id}/activity-kinds`, headers: managerSession.headers })
).json<{ kinds: { id: string; code: string }[] }>().kinds;
const activityId = (
  await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/activities`,
    payload: {
      kindId: activityKinds.find((k) => k.code === 'coeducation_evening')!.id,
      theme: 'talk',
      siteId: site.id,
      date: '2026-04-14',
      startTime: '19:00',
    },
    headers: managerSession.headers,
  })
).json<{ id: string }>().id;

/** A contact of the log with one saved simulation, so that the simulations' routes get past the 404s. */
const contactId = (
  await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/contacts`,
    payload: {
      occurredAt: '2026-02-27T10:00:00+01:00',
      channel: 'phone',
      public: 'parent',
      inseeCode: '85191',
      subjectIds: [(await ensureDefaultSubjects(t.db, relais.id, new Date()))[0]!.id],
      outcome: 'informed',
      familyId: null,
      childminderId: null,
      note: '',
    },
    headers: managerSession.headers,
  })
).json<{ id: string }>().id;
const simulationId = (
  await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/contacts/${contactId}/simulations`,
    payload: { topic: 'salary', input: SAMPLE_INPUTS.salary },
    headers: managerSession.headers,
  })
).json<{ id: string }>().id;

/**
 * Valid bodies of operations whose schemas check more than JSON Schema says (bounds and cross-field
 * rules of the employer-help calculator): sent as they are and with one field junked or removed.
 */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  ...Object.fromEntries(
    TOPIC_KEYS.flatMap((topic) => [
      [`POST /api/public/employer-help/${topic}`, SAMPLE_INPUTS[topic]],
      [`POST /api/public/employer-help/${topic}/summary.pdf`, SAMPLE_INPUTS[topic]],
    ]),
  ),
  'POST /api/relais/{relaisId}/contacts/{contactId}/simulations': {
    topic: 'extra-hours',
    input: SAMPLE_INPUTS['extra-hours'],
  },
};

/** Real values of path parameters and fields, by name; a name not listed gets random UUIDs. */
const KNOWN: Record<string, string[]> = {
  relaisId: [relais.id],
  slug: [relais.slug],
  siteId: [site.id],
  accountId: [animator.id, manager.id],
  messageId: [messageId],
  requestId: [requestId],
  inseeCode: ['85191', '85003', '2A004'],
  email: [manager.email, animator.email],
  reasonId: [appointments.reasonId],
  permanenceId: [appointments.permanenceId],
  appointmentId: [booking.id],
  token: [booking.token, jobOfferToken],
  offerId: [offerId],
  activityId: [activityId],
  kindId: activityKinds.map((k) => k.id),
  contactId: [contactId],
  simulationId: [simulationId],
};

type Visitor = 'anonymous' | 'manager';

interface Junk {
  pathValues: Record<string, string>;
  query: string;
  body: { contentType?: string; payload?: string };
  extraHeaders: Record<string, string>;
}

function pathValueArbitrary(name: string): fc.Arbitrary<string> {
  const known = KNOWN[name];
  return fc.oneof(
    { weight: 6, arbitrary: known ? fc.constantFrom(...known) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: hostileString.map(encode) },
    { weight: 2, arbitrary: rawPathJunk },
  );
}

function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const declared = op.queryParams.map((p) =>
    fc.option(
      fc.oneof(
        { weight: 3, arbitrary: plausible(p.schema, KNOWN, p.name).map((v) => [[p.name, asText(v)]]) },
        { weight: 2, arbitrary: junkValue.map((v) => [[p.name, asText(v)]]) },
        {
          weight: 1,
          arbitrary: fc.tuple(hostileString, hostileString).map(([a, b]) => [
            [p.name, a],
            [p.name, b],
          ]),
        },
        { weight: 1, arbitrary: hostileString.map((v) => [[`${p.name}[x]`, v]]) },
      ),
      { nil: [] as string[][], freq: 4 },
    ),
  );
  const extra = fc.array(fc.tuple(hostileString, hostileString), { maxLength: 2 });
  const structured = fc
    .tuple(fc.tuple(...declared), extra)
    .map(([pairs, more]) =>
      [...pairs.flat(), ...more].map(([key, value]) => `${encode(key ?? '')}=${encode(value ?? '')}`).join('&'),
    );
  return fc.oneof({ weight: 5, arbitrary: structured }, { weight: 1, arbitrary: rawQueryJunk });
}

const HUGE_BODY = JSON.stringify({ name: 'x'.repeat(1_100_000) });

function bodyArbitrary(op: Operation): fc.Arbitrary<Junk['body']> {
  const json = (value: unknown) => ({ contentType: 'application/json', payload: JSON.stringify(value) ?? 'null' });
  const common = [
    { weight: 1, arbitrary: junkValue.map(json) },
    { weight: 1, arbitrary: malformedJson.map((payload) => ({ contentType: 'application/json', payload })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(otherContentType, fc.oneof(hostileString, fc.json()))
        .map(([contentType, payload]) => ({ contentType, payload })),
    },
    { weight: 1, arbitrary: fc.constantFrom({ contentType: 'application/json', payload: '' }, {}) },
  ];
  if (!op.body) return fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, ...common);
  const valid = VALID_BODIES[op.key];
  const nearlyValid = valid
    ? [
        {
          weight: 4,
          arbitrary: fc
            .record({
              key: fc.constantFrom(...Object.keys(valid)),
              action: fc.constantFrom('keep' as const, 'remove' as const, 'junk' as const),
              junk: junkValue,
            })
            .map(({ key, action, junk }) => {
              const body: Record<string, unknown> = { ...valid };
              if (action === 'remove') delete body[key];
              if (action === 'junk') body[key] = junk;
              return json(body);
            }),
        },
      ]
    : [];
  return fc.oneof({ weight: 8, arbitrary: objectBody(op.body, KNOWN).map(json) }, ...nearlyValid, ...common, {
    weight: 1,
    arbitrary: fc.constant({ contentType: 'application/json', payload: HUGE_BODY }),
  });
}

const extraHeadersArbitrary: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: hostileString.map((v) => ({ 'x-forwarded-for': encode(v).slice(0, 200) })) },
  { weight: 1, arbitrary: hostileString.map((v) => ({ accept: encode(v).slice(0, 200) })) },
  { weight: 1, arbitrary: fc.constantFrom({ origin: 'null' }, { origin: 'http://relais.test' }, { origin: '%%%' }) },
);

function junkArbitrary(op: Operation): fc.Arbitrary<Junk> {
  return fc.record({
    pathValues: fc.record(Object.fromEntries(op.pathParams.map((p) => [p.name, pathValueArbitrary(p.name)]))),
    query: queryArbitrary(op),
    body: bodyArbitrary(op),
    extraHeaders: extraHeadersArbitrary,
  });
}

async function sessionFor(op: Operation, visitor: Visitor): Promise<Session | undefined> {
  if (visitor === 'anonymous') return undefined;
  // Signing out closes the session (or every session of the account): use a throw-away one.
  if (op.path.startsWith('/api/auth/logout')) {
    return openSessionDirectly(t.db, managerForLogout.id, t.clock.now());
  }
  return managerSession;
}

function describeRequest(request: InjectOptions): string {
  const payload = typeof request.payload === 'string' ? request.payload : '';
  return `${request.method} ${request.url} [${JSON.stringify(request.headers ?? {}).slice(0, 300)}] ${payload.slice(0, 500)}`;
}

/** Whether the request got past parsing and validation (the answer came from the handler or the policy). */
function passedValidation(response: LightMyRequestResponse): boolean {
  if (response.statusCode < 400) return true;
  if ([413, 414, 415].includes(response.statusCode)) return false;
  const { code, message } = response.json<ErrorBody>().error;
  if (response.statusCode === 400) return code !== 'invalid_input' && code !== 'bad_request';
  return !(response.statusCode === 404 && message === "Cette adresse n'existe pas.");
}

/** Statuses by operation and visitor, printed with FUZZ_STATS=1 to tune the generators. */
const statuses = new Map<string, Map<number, number>>();
function tally(op: Operation, visitor: Visitor, status: number) {
  const key = `${op.key} (${visitor})`;
  const counts = statuses.get(key) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(key, counts);
}
afterAll(() => {
  if (!process.env.FUZZ_STATS) return;
  for (const [key, counts] of statuses) {
    console.log(
      key.padEnd(70),
      [...counts]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' '),
    );
  }
});

beforeEach(() => {
  // The fixed test clock would keep rate-limit windows open for ever: start each test in a new one.
  t.clock.advance(61_000);
});

describe('the OpenAPI document', () => {
  it(`lists at least ${EXPECTED_MIN_OPERATIONS} operations`, () => {
    expect(operations.length).toBeGreaterThanOrEqual(EXPECTED_MIN_OPERATIONS);
  });
});

describe.each(operations.map((op) => [op.key, op] as const))('junk at %s', (_key, op) => {
  it.each(['anonymous', 'manager'] as const)('as %s: never a 5xx, always a French error', async (visitor) => {
    let reached = 0;
    await fc.assert(
      fc.asyncProperty(junkArbitrary(op), async (junk) => {
        const session = await sessionFor(op, visitor);
        const url = fillPath(op.path, junk.pathValues) + (junk.query ? `?${junk.query}` : '');
        const headers: Record<string, string> = { ...junk.extraHeaders, ...session?.headers };
        if (junk.body.contentType !== undefined) headers['content-type'] = junk.body.contentType;
        const request: InjectOptions = { method: op.method, url, headers };
        if (junk.body.payload !== undefined) request.payload = junk.body.payload;
        const response = await t.app.inject(request);
        tally(op, visitor, response.statusCode);
        if (passedValidation(response)) reached += 1;
        const problems = problemsWith(response);
        if (problems.length > 0) {
          throw new Error(
            `${problems.join('; ')}\n  request: ${describeRequest(request)}\n  answer: ${response.statusCode} ${response.body.slice(0, 600)}`,
          );
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
    // Junk that never gets past parsing and validation would test only the validator.
    expect(reached, 'requests that passed validation').toBeGreaterThan(0);
  });
});

describe('regressions found by the fuzz', () => {
  it('refuses a NUL character in stored text with a French 400 naming the field (PostgreSQL answered 500)', async () => {
    const before = await t.db.selectFrom('relais').selectAll().where('id', '=', relais.id).executeTakeFirstOrThrow();
    for (const [method, url, payload, field] of [
      ['PATCH', `/api/relais/${relais.id}`, { address: 'a\u0000b' }, 'address'],
      [
        'POST',
        `/api/relais/${relais.id}/sites`,
        {
          name: 'Salle\u0000',
          kind: 'library',
          inseeCode: '85191',
          address: '',
          capacity: null,
          accessible: true,
          accessibilityNotes: '',
          forActivities: true,
          forPermanences: false,
        },
        'name',
      ],
      ['PATCH', `/api/relais/${relais.id}/accounts/${animator.id}`, { displayName: 'Anim\u0000ateur' }, 'displayName'],
    ] as const) {
      const response = await t.app.inject({ method, url, payload, headers: managerSession.headers });
      expect(problemsWith(response)).toEqual([]);
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error.fields?.[0]?.field).toBe(field);
    }
    const after = await t.db.selectFrom('relais').selectAll().where('id', '=', relais.id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('refuses a website that is not http(s) (a javascript: link on the public page was accepted)', async () => {
    for (const website of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>']) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/relais/${relais.id}`,
        payload: { website },
        headers: managerSession.headers,
      });
      expect(problemsWith(response)).toEqual([]);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<ErrorBody>().error.fields?.[0]?.field).toBe('website');
    }
    const accepted = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}`,
      payload: { website: 'https://www.relais-petite-enfance.fr/contact' },
      headers: managerSession.headers,
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('answers a malformed percent-encoding and an oversized path parameter in French (Fastify answered in English, echoing the URL)', async () => {
    for (const [url, status] of [
      [`/api/relais/%E0%A4%A/sites`, 400],
      [`/api/public/relais/${'a'.repeat(250)}`, 414],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
      expect(problemsWith(response)).toEqual([]);
      expect(response.body).not.toContain('a'.repeat(50));
    }
  });
});
