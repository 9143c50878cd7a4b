/**
 * One bounded load run against 127.0.0.1 with wrk (Debian's package, installed when missing):
 * requests per second, and latency percentiles from wrk's histogram of every response time.
 * wrk is written in C, so at the rates measured here it leaves far more of the machine to the
 * server than a load generator in JavaScript would.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('wrk.lua', import.meta.url));

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
  /** Seconds to run (whole seconds, at least one); with `amount`, the most it may take. */
  duration: number;
  /** Stop after this many answers instead (smoke runs). */
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
  /** Connection errors, time-outs and 4xx/5xx answers together. */
  failures: number;
  /** The failures by kind, for the log. */
  errors: Record<string, number>;
}

/** Installs Debian's wrk when it is not on the machine yet. */
export function ensureWrk(): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk prints its usage and exits 1 for --version: found. Only a missing binary throws ENOENT.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return;
    console.log("installing Debian's wrk");
    const install = () => execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      install();
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      install();
    }
  }
}

/** Runs wrk (one thread, `connections` connections) with the request and bounds of `options`. */
export function run(options: RunOptions): Promise<RunResult> {
  const { port, request, duration, amount, connections = 10, unique = false, timeout = 10 } = options;
  const headers = { ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers };
  const args = ['-t1', `-c${connections}`, `-d${Math.max(1, Math.round(duration))}s`, `--timeout`, `${timeout}s`, '-s', SCRIPT, `http://127.0.0.1:${port}${request.path}`];
  const env = {
    ...process.env,
    WRK_METHOD: request.method,
    WRK_BODY: request.body ?? '',
    WRK_HEADERS: Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n'),
    WRK_UNIQUE: unique ? '1' : '0',
    WRK_AMOUNT: String(amount ?? 0),
  };
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`wrk failed (exit ${code}): ${stderr.slice(-500) || stdout.slice(-500)}`));
      const { requests, seconds, p50, p99, ...errors } = JSON.parse(line) as { requests: number; seconds: number; p50: number; p99: number } & Record<string, number>;
      const failures = Object.values(errors).reduce((sum, count) => sum + count, 0);
      resolve({ requestsPerSecond: requests / seconds, p50: requests ? p50 : NaN, p99: requests ? p99 : NaN, requests, failures, errors });
    });
  });
}
