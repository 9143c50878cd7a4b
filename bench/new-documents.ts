/**
 * The cost of a document never seen before: each operation's document made new (an alias no
 * request has used) and sent to a running server one at a time over a kept-alive connection;
 * the time to the whole answer of its first sighting (parse, validate, execute, no compile) and
 * of its first repeat (when it is compiled and admitted to the lane).
 */
import { Agent, request } from 'node:http';
import type { Operation } from './operations.js';
import { quantile } from './stats.js';

export interface NewDocumentRow {
  operation: string;
  /** Milliseconds to the answer of each new document's first sighting, then of its first repeat. */
  first: { p50: number; p99: number };
  repeat: { p50: number; p99: number };
}

/** Sends one JSON POST and resolves with the milliseconds to the end of its answer (rejects unless 200). */
function timedPost(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (answer) => {
        answer.resume();
        answer.on('end', () => (answer.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${answer.statusCode}`))));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The 50th and 99th percentiles of `times`. */
function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
}

/** `count` new documents per operation, each sent twice, against the server on `port`. */
export async function measureNewDocuments(port: number, operations: Operation[], count: number): Promise<NewDocumentRow[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const rows: NewDocumentRow[] = [];
  try {
    for (const operation of operations) {
      const first: number[] = [];
      const repeat: number[] = [];
      for (let i = 0; i < count; i++) {
        // An alias in the operation's own selection makes a document no server has seen.
        const query = operation.query.replace('{', `{ new${i}_${Date.now().toString(36)}: __typename `);
        const body = JSON.stringify({ query, variables: operation.variables ?? {} });
        first.push(await timedPost(agent, port, body));
        repeat.push(await timedPost(agent, port, body));
      }
      rows.push({ operation: operation.name, first: percentiles(first), repeat: percentiles(repeat) });
    }
  } finally {
    agent.destroy();
  }
  return rows;
}
