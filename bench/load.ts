/** One measurement with autocannon: a warm-up that is not counted, then the measured run. */
import autocannon, { type Result } from 'autocannon';

export interface LoadSettings {
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds; 0 for none. */
  warmup: number;
}

export interface Failures {
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  resets: number;
}

export interface Measurement {
  /** Completed requests of the measured run. */
  requests: number;
  /** Mean of the per-second samples, as autocannon reports it. */
  reqPerSec: number;
  /**
   * Milliseconds. Percentiles from autocannon (it gives p2_5, p50, p75, p90, p97_5, p99), 2xx
   * responses only, truncated to whole milliseconds: 0 means under 1 ms. `mean` is connections ÷
   * req/s (Little's law for a closed loop), exact below 1 ms too. `p95` (which autocannon does
   * not report) is computed here from every response time of the measured run, with fractions.
   */
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number; p95: number };
  bytesPerSec: number;
  /** Failed requests of the measured run and of the warm-up: any is a failed bench. */
  failures: Failures & { total: number };
  durationSeconds: number;
}

export async function measure(
  url: string,
  headers: Record<string, string>,
  settings: LoadSettings,
  /** Called between the warm-up and the measured run. */
  beforeMeasuring?: () => void,
): Promise<Measurement> {
  const base = { url, headers, connections: settings.connections, pipelining: 1, timeout: 10 };
  const warmup = settings.warmup > 0 ? await autocannon({ ...base, duration: settings.warmup }) : undefined;
  beforeMeasuring?.();
  const times: number[] = [];
  const result = await autocannon({ ...base, duration: settings.duration }).on('response', (_c, status, _b, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
  });
  const failures = addFailures(failuresOf(result), warmup ? failuresOf(warmup) : undefined);
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    latencyMs: {
      mean: result.requests.average > 0 ? (settings.connections / result.requests.average) * 1000 : 0,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      p95: percentile(times, 0.95),
    },
    bytesPerSec: result.throughput.average,
    failures: { ...failures, total: Object.values(failures).reduce((sum, n) => sum + n, 0) },
    durationSeconds: result.duration,
  };
}

function failuresOf(result: Result): Failures {
  const { errors, timeouts, non2xx, mismatches, resets } = result;
  return { errors, timeouts, non2xx, mismatches, resets };
}

function addFailures(a: Failures, b: Failures | undefined): Failures {
  if (!b) return a;
  return {
    errors: a.errors + b.errors,
    timeouts: a.timeouts + b.timeouts,
    non2xx: a.non2xx + b.non2xx,
    mismatches: a.mismatches + b.mismatches,
    resets: a.resets + b.resets,
  };
}

/** The value below which a fraction `q` of the samples fall (nearest rank), 0 without samples. */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
