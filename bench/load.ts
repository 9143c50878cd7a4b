/**
 * One bounded load run with autocannon against 127.0.0.1: requests per second, and latency
 * percentiles from every response time (autocannon's own histogram rounds to whole ms).
 */
import autocannon from 'autocannon';

/** What one request of a run looks like. */
export interface RequestShape {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface RunOptions {
  port: number;
  request: RequestShape;
  /** Seconds to run; ignored when `amount` is given. */
  duration: number;
  /** Stop after this many requests instead (smoke runs). */
  amount?: number;
  connections?: number;
  /** Replace `[<id>]` in the body with a fresh number per request, so no two requests are alike. */
  unique?: boolean;
  /** Seconds before a request counts as timed out (default 10). */
  timeout?: number;
}

export interface RunResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, time-outs and non-2xx answers together. */
  failures: number;
  /** Status codes seen, with counts. */
  statuses: Record<string, number>;
}

/** The value at quantile `q` of ascending `sorted`. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs autocannon once and summarises it. */
export function run(options: RunOptions): Promise<RunResult> {
  const { port, request, duration, amount, connections = 10, unique = false, timeout = 10 } = options;
  const times: number[] = [];
  let sequence = 0;
  // autocannon's own idReplacement miscounts Content-Length for ids of other lengths than it expects.
  const fresh = (shape: { body?: string }) => ({ ...shape, body: request.body!.replace('[<id>]', String(sequence++)) });
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${request.path}`,
        method: request.method,
        body: request.body,
        headers: { ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers },
        connections,
        duration,
        amount,
        requests: unique ? [{ setupRequest: fresh }] : undefined,
        timeout,
        // Check for the end every 50 ms rather than every second, so short runs end on time.
        sampleInt: 50,
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = Float64Array.from(times).sort();
        resolve({
          requestsPerSecond: result.requests.total / result.duration,
          p50: quantile(sorted, 0.5),
          p99: quantile(sorted, 0.99),
          requests: result.requests.total,
          failures: result.errors + result.timeouts + result.non2xx,
          statuses,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      times.push(time);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}
