/**
 * What `npm run bench` measures. A scenario is one URL hit by autocannon; Relais scenarios run on
 * every engine asked for. Add a page here (and a dataset in datasets/ if it needs volume).
 */
import { DEMO_PASSWORD } from '../src/demo/vie-et-boulogne.js';

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
];

/** The staff account authenticated scenarios sign in as (a demo account, `serve --demo`). */
export const STAFF_ACCOUNT = { email: 'responsable@vie-et-boulogne.test', password: DEMO_PASSWORD };

export function resolvePath(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}
