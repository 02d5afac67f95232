/** The command line of `npm run bench -- …`. */
import { parseArgs } from 'node:util';
import type { Engine } from '../src/db/database.js';

export interface BenchOptions {
  engines: Engine[];
  /** Seconds measured per scenario and round. */
  duration: number;
  /** Seconds of load before each measurement, not counted. */
  warmup: number;
  connections: number;
  /** Each round runs every scenario once; the report keeps the median round (one round is too noisy). */
  rounds: number;
  dataset: string;
  /** Scenario names to run (the bare Fastify baseline always runs); empty: all. */
  scenarios: string[];
  /** Relais servers write V8 CPU profiles to bench/results/profiles/ when they stop. */
  cpuProf: boolean;
  /** Lighthouse on the public pages (runs unless skipped). */
  lighthouse: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --engine sqlite|postgresql|all   database engine(s) of the Relais server (default sqlite)
  --duration <s>                   measured seconds per scenario and round (default 10)
  --warmup <s>                     load before each measurement, not counted (default 2)
  --connections <n>                concurrent connections of autocannon (default 10)
  --rounds <n>                     repeat every scenario n times, interleaved; median kept (default 3)
  --dataset <name>                 data of the Relais server (default demo)
  --scenario <name>                run only this scenario (repeatable; the baseline always runs)
  --cpu-prof                       profile the Relais server(s): bench/results/profiles/<engine>/*.cpuprofile
  --skip-lighthouse                do not run Lighthouse on the public pages (it takes about a minute)
  --help`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      engine: { type: 'string', default: 'sqlite' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      dataset: { type: 'string', default: 'demo' },
      scenario: { type: 'string', multiple: true, default: [] },
      'cpu-prof': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    engines: parseEngines(values.engine),
    duration: positive('duration', values.duration, { integer: false }),
    warmup: positive('warmup', values.warmup, { integer: false, zero: true }),
    connections: positive('connections', values.connections, { integer: true }),
    rounds: positive('rounds', values.rounds, { integer: true }),
    dataset: values.dataset,
    scenarios: values.scenario,
    cpuProf: values['cpu-prof'],
    lighthouse: !values['skip-lighthouse'],
    help: values.help,
  };
}

function parseEngines(value: string): Engine[] {
  if (value === 'all') return ['sqlite', 'postgresql'];
  if (value === 'sqlite' || value === 'postgresql') return [value];
  throw new Error(`--engine: expected sqlite, postgresql or all, got "${value}"`);
}

function positive(name: string, value: string, rule: { integer: boolean; zero?: boolean }): number {
  const number = Number(value);
  const valid = Number.isFinite(number) && (rule.zero ? number >= 0 : number > 0);
  if (!valid || (rule.integer && !Number.isInteger(number))) {
    throw new Error(
      `--${name}: expected a ${rule.integer ? 'whole ' : ''}number${rule.zero ? '' : ' above 0'}, got "${value}"`,
    );
  }
  return number;
}
