/** The record of a bench run: rounds summarised into one line per scenario, saved as JSON. */
import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../src/db/database.js';
import { projectRoot } from './child-server.js';
import type { Measurement } from './load.js';
import type { Machine } from './machine.js';
import type { LighthouseResult } from './lighthouse.js';
import type { RawSearchResult } from './raw-sql.js';

export interface RoundResult extends Measurement {
  /** req/s divided by the baseline's req/s of the same round. */
  ratio: number;
  /** Bytes the server wrote to its log per request (null when it logs nothing of it). */
  logBytesPerRequest: number;
}

export interface ScenarioResult {
  scenario: string;
  description: string;
  /** null for the bare Fastify references, which use no database. */
  engine: Engine | null;
  path: string;
  rounds: RoundResult[];
  summary: {
    /** Of the median round (by req/s; the lower middle one for an even count). */
    reqPerSec: number;
    reqPerSecRange: [number, number];
    /** Median of the per-round ratios. */
    ratio: number;
    latencyMs: Measurement['latencyMs'];
    /** Failed requests of all rounds and warm-ups: must be 0. */
    failures: number;
    logBytesPerRequest: number;
  };
}

export interface BenchReport {
  date: string;
  machine: Machine;
  loadAverageAtEnd: number[];
  settings: { engines: Engine[]; duration: number; warmup: number; connections: number; rounds: number };
  dataset: string;
  baseline: string;
  results: ScenarioResult[];
  /** The directory search's SQL run straight on the driver (the limit), when it was measured. */
  raw: RawSearchResult[];
  /** Lighthouse scores of the public pages (empty when skipped). */
  lighthouse: LighthouseResult[];
  failed: boolean;
}

export interface MeasuredRound extends Measurement {
  logBytes: number;
}

export interface MeasuredScenario {
  scenario: string;
  description: string;
  engine: Engine | null;
  path: string;
  rounds: MeasuredRound[];
}

export function summarise(measured: MeasuredScenario[], baselineName: string): ScenarioResult[] {
  const baseline = measured.find((entry) => entry.scenario === baselineName);
  if (!baseline) throw new Error(`the baseline ${baselineName} was not measured`);
  return measured.map((entry) => {
    const rounds = entry.rounds.map(({ logBytes, ...round }, index): RoundResult => {
      const reference = baseline.rounds[index]!.reqPerSec;
      return {
        ...round,
        ratio: reference > 0 ? round.reqPerSec / reference : 0,
        logBytesPerRequest: round.requests > 0 ? logBytes / round.requests : 0,
      };
    });
    const median = lowerMedian(rounds, (round) => round.reqPerSec);
    const speeds = rounds.map((round) => round.reqPerSec);
    return {
      scenario: entry.scenario,
      description: entry.description,
      engine: entry.engine,
      path: entry.path,
      rounds,
      summary: {
        reqPerSec: median.reqPerSec,
        reqPerSecRange: [Math.min(...speeds), Math.max(...speeds)],
        ratio: lowerMedian(rounds, (round) => round.ratio).ratio,
        latencyMs: median.latencyMs,
        failures: rounds.reduce((sum, round) => sum + round.failures.total, 0),
        logBytesPerRequest: median.logBytesPerRequest,
      },
    };
  });
}

function lowerMedian<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export const LATEST_RESULTS = path.join(projectRoot, 'bench/results/latest.json');
export const PROFILES_DIR = path.join(projectRoot, 'bench/results/profiles');

export function writeResults(report: BenchReport, file = LATEST_RESULTS): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
