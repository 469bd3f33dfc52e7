// @ts-nocheck
// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  namespace autocannon {
    interface RequestSpec {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    }
    interface Options {
      url: string;
      connections?: number;
      amount?: number;
      duration?: number;
      timeout?: number;
      requests?: RequestSpec[];
    }
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      max: number;
    }
    interface RequestCounts extends Histogram {
      /** Responses received in the run. */
      total: number;
    }
    interface Result {
      requests: RequestCounts;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  export = autocannon;
}
