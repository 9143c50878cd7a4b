/**
 * The comparison: every target answers every operation, in interleaved rounds (each round visits
 * the targets in a rotated order), after a check that all of them answer with the same bytes.
 */
import { run, type RequestShape, type RunResult } from './load.js';
import type { Operation } from './operations.js';
import type { Target } from './targets.js';

export interface Cell {
  operation: string;
  target: string;
  rounds: RunResult[];
}

export interface CompareOptions {
  operations: Operation[];
  targets: Target[];
  /** The port each target's server listens on. */
  portOf: (target: Target) => number;
  rounds: number;
  duration: number;
  /** Requests per run instead of a duration (smoke runs). */
  amount?: number;
  log: (line: string) => void;
}

/** Sends one request and returns its status and body. */
async function fetchOnce(port: number, shape: RequestShape): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${shape.path.replace('[<id>]', 'check')}`, {
    method: shape.method,
    headers: { ...(shape.body ? { 'content-type': 'application/json' } : {}), ...shape.headers },
    body: shape.body?.replace('[<id>]', 'check'),
  });
  return { status: response.status, body: await response.text() };
}

/**
 * Checks that every target answers every operation with status 200, no GraphQL errors, and the
 * very bytes of `expected` (by default, of the first target); returns the problems found and the
 * answers it compared against.
 */
export async function checkAnswers(
  options: Pick<CompareOptions, 'operations' | 'targets' | 'portOf'>,
  expected = new Map<string, string>(),
): Promise<{ problems: string[]; answers: Map<string, string> }> {
  const problems: string[] = [];
  for (const operation of options.operations) {
    for (const target of options.targets) {
      const { status, body } = await fetchOnce(options.portOf(target), target.request(operation));
      const where = `${target.name} / ${operation.name}`;
      if (status !== 200) problems.push(`${where}: HTTP ${status}: ${body.slice(0, 300)}`);
      else if (body.includes('"errors"')) problems.push(`${where}: GraphQL errors: ${body.slice(0, 300)}`);
      else if (!expected.has(operation.name)) expected.set(operation.name, body);
      else if (body !== expected.get(operation.name)) problems.push(`${where}: answers other bytes than the others`);
    }
  }
  return { problems, answers: expected };
}

/** Runs every (operation, target) pair for the given rounds, interleaved. */
export async function compare(options: CompareOptions): Promise<Cell[]> {
  const cells = new Map<string, Cell>();
  for (let round = 0; round < options.rounds; round++) {
    for (const operation of options.operations) {
      const shift = round % options.targets.length;
      const order = [...options.targets.slice(shift), ...options.targets.slice(0, shift)];
      for (const target of order) {
        const result = await run({
          port: options.portOf(target),
          request: target.request(operation),
          duration: options.duration,
          amount: options.amount,
          unique: target.unique,
        });
        const key = `${operation.name}\u0000${target.name}`;
        const cell = cells.get(key) ?? { operation: operation.name, target: target.name, rounds: [] };
        cell.rounds.push(result);
        cells.set(key, cell);
        options.log(
          `  round ${round + 1} ${operation.name.padEnd(10)} ${target.name.padEnd(16)} ` +
            `${Math.round(result.requestsPerSecond).toString().padStart(7)} req/s  p99 ${result.p99.toFixed(2)} ms` +
            (result.failures ? `  ${result.failures} FAILED ${JSON.stringify(result.errors)}` : ''),
        );
      }
    }
  }
  return [...cells.values()];
}
