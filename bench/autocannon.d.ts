// autocannon 9 ships no type declarations: the part of its programmatic API the bench uses.
declare module 'autocannon' {
  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    pipelining?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** The sequence each connection loops over; `setupRequest` may rewrite each request before it is sent. */
    requests?: {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) => {
        method?: string;
        path?: string;
        headers?: Record<string, string>;
        body?: string;
      };
    }[];
  }

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p2_5: number;
    p50: number;
    p75: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    /** Milliseconds, 2xx responses only. */
    latency: Histogram;
    /** Requests per second, sampled every second. */
    requests: Histogram & { sent: number };
    /** Bytes per second, sampled every second. */
    throughput: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    /** Seconds. */
    duration: number;
    start: Date;
    finish: Date;
    '2xx': number;
  }

  /** The running load: a promise of its result, and an emitter of each response. */
  export interface Instance extends Promise<Result> {
    /** `responseTime` in milliseconds, with fractions. */
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
