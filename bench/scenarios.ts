/**
 * What `npm run bench` measures. A scenario is one URL hit by autocannon; Relais scenarios run on
 * every engine asked for. Add a page here (and a dataset in datasets/ if it needs volume).
 */
import { DEMO_PASSWORD, DEMO_SLUG } from '../src/demo/vie-et-boulogne.js';

/** Which server answers: Relais, or the bare Fastify reference with or without a logger. */
export type Target = 'relais' | 'fastify-bare' | 'fastify-logged';

export interface Scenario {
  name: string;
  description: string;
  target: Target;
  /** May contain `{relaisId}`, the relais of the signed-in account. */
  path: string;
  /** Sends the session cookie of the signed-in staff account. */
  auth: boolean;
}

/**
 * The family's need the directory scenarios search for (and the raw SQL measurement repeats): a
 * one-year-old, Monday, Tuesday, Thursday and Friday from 08:30 to 17:30, within 15 km, from today.
 */
export const DIRECTORY_NEED = { radiusKm: 15, ageMonths: 12, days: [1, 2, 4, 5], from: '08:30', to: '17:30' };
const DIRECTORY_QUERY = `radiusKm=${DIRECTORY_NEED.radiusKm}&ageMonths=${DIRECTORY_NEED.ageMonths}&days=${DIRECTORY_NEED.days.join(',')}&from=${DIRECTORY_NEED.from}&to=${DIRECTORY_NEED.to}`;

/** The scenario every other is divided by: the figure that counts is the ratio to it. */
export const BASELINE_SCENARIO = 'fastify-bare';

export const SCENARIOS: Scenario[] = [
  {
    name: BASELINE_SCENARIO,
    description: 'bare Fastify, one route returning {status:"ok"}, no logger',
    target: 'fastify-bare',
    path: '/',
    auth: false,
  },
  {
    name: 'fastify-logged',
    description: 'the same route with pino at info, as Relais logs in production',
    target: 'fastify-logged',
    path: '/',
    auth: false,
  },
  {
    name: 'health',
    description: 'GET /api/health: `select 1`, Zod-serialised answer, all plugins and hooks',
    target: 'relais',
    path: '/api/health',
    auth: false,
  },
  {
    name: 'staff-sites',
    description: 'GET /api/relais/:id/sites as the manager: session lookup, policy, communes and sites queries',
    target: 'relais',
    path: '/api/relais/{relaisId}/sites',
    auth: true,
  },
  {
    name: 'directory-search',
    description: 'public directory search of a typical relais: childminders with a matching place, MAM, facilities',
    target: 'relais',
    path: `/api/public/relais/{slug}/directory?commune={commune}&${DIRECTORY_QUERY}`,
    auth: false,
  },
  {
    name: 'directory-search-largest',
    description: 'the same search in the relais with the most childminders of the dataset',
    target: 'relais',
    path: `/api/public/relais/{largestSlug}/directory?commune={largestCommune}&${DIRECTORY_QUERY}`,
    auth: false,
  },
  {
    name: 'appointment-slots',
    description:
      'free slots of the demo’s first appointment reason for 35 days (its permanences, closures, held cells)',
    target: 'relais',
    path: '/api/public/relais/{appointmentSlug}/appointment-slots?reasonId={reasonId}',
    auth: false,
  },
];

/**
 * Vars found on the running server: the demo's first reason of appointments (its id is drawn when
 * the demo is loaded). Booking under load has its own script, bench/appointments.ts.
 */
export async function appointmentVars(baseUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/public/relais/${DEMO_SLUG}/appointment-reasons`);
  if (!response.ok) return {};
  const first = ((await response.json()) as { reasons: { id: string }[] }).reasons[0];
  return first ? { appointmentSlug: DEMO_SLUG, reasonId: first.id } : {};
}

/** The staff account authenticated scenarios sign in as (a demo account, `serve --demo`). */
export const STAFF_ACCOUNT = { email: 'responsable@vie-et-boulogne.test', password: DEMO_PASSWORD };

/** Whether every `{var}` of the path has a value (a scenario is skipped on datasets without it). */
export function canResolve(template: string, vars: Record<string, string>): boolean {
  return [...template.matchAll(/\{(\w+)\}/g)].every(([, name]) => vars[name!] !== undefined);
}

export function resolvePath(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}
