/**
 * What the scripted benches (appointments, job offers, activities) share: a timed JSON call to the
 * running server, and autocannon with the answers counted by status.
 */
import autocannon from 'autocannon';
import { percentile } from './load.js';
import type { Login } from './session.js';

/** One JSON request, signed in or not; throws on a non-2xx answer. Returns the body and its time. */
export async function call<T>(
  baseUrl: string,
  who: Login | null,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ body: T; ms: number }> {
  const started = performance.now();
  const response = await fetch(baseUrl + url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return { body: JSON.parse(text) as T, ms };
}

export interface Load {
  requests: number;
  reqPerSec: number;
  statuses: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  failures: number;
}

/** autocannon for `duration` seconds on `connections`; latencies of the 2xx answers only. */
export async function load(
  options: Parameters<typeof autocannon>[0],
  duration: number,
  connections: number,
): Promise<Load> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await autocannon({ ...options, connections, duration, timeout: 10 }).on(
    'response',
    (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) times.push(ms);
    },
  );
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    statuses,
    latencyMs: {
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      p99: percentile(times, 0.99),
      max: times.length ? Math.max(...times) : 0,
    },
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export interface Timing {
  /** How many samples. */
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of sequential measurements (ms). */
export function timing(samples: number[]): Timing {
  return {
    count: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
    max: Math.max(...samples),
  };
}
