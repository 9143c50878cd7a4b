/**
 * Starting and stopping the processes the benchmark measures: each server in its own Node
 * process on a free 127.0.0.1 port, stopped by its own pid when the run ends, however it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

const started = new Set<ChildProcess>();

/** Stops every process this run started (by pid; each in its own process group). */
export function stopAll(): void {
  for (const child of started) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  started.clear();
}

process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on `port`, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the process for port ${port} exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Started {
  child: ChildProcess;
  /** What the process wrote to stderr, for the error message when it fails. */
  stderr: () => string;
  /** What it wrote to stdout, when asked to keep it. */
  stdout: () => string;
}

/** Starts `command args` in its own process group; stdout is kept only when `keepStdout`. */
export function start(command: string, args: string[], env: Record<string, string>, keepStdout = false): Started {
  const child = spawn(command, args, {
    // Every server runs as in production (graphql-js, for one, skips its development-time checks).
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  child.stdout?.on('data', (chunk) => {
    stdout = (stdout + String(chunk)).slice(-100_000);
  });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return { child, stderr: () => stderr, stdout: () => stdout };
}

/** Stops one started process and waits for it to exit. */
export function stop({ child }: Started): Promise<void> {
  if (child.exitCode !== null || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}
