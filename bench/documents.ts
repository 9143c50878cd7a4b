/**
 * `npx tsx bench/documents.ts [count] [times]`: how much a server's memory grows with distinct
 * documents. Starts src/main.ts as shipped on 127.0.0.1, sends `count` (default 5,000) distinct
 * documents, each `times` times (default 1; with 2, each is also compiled and admitted to the
 * fast lane), ten at a time, and prints the process's resident memory (RSS) before and after.
 * SERVER_NODE_OPTIONS passes Node options to the server (`--max-old-space-size=192`, say).
 */
import { readFileSync } from 'node:fs';
import { freePort, start, stop, waitForPort } from './processes.js';
import { serverCommand } from './targets.js';

const COUNT = Number(process.argv[2] ?? 5_000);
const TIMES = Number(process.argv[3] ?? 1);
const CONCURRENCY = 10;

/** Resident memory of process `pid`, in MB (Linux). */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** A distinct, valid document of realistic size: a few fields and an alias named after `i`. */
const documentFor = (i: number) =>
  `query Distinct${i} { a${i}: actors(first: ${1 + (i % 20)}) { totalCount edges { node { name role statements(first: 2) { edges { node { text } } } } } } }`;

const port = await freePort();
const server = start(process.execPath, serverCommand({ name: 'ours', script: 'src/main.ts' }), { PORT: String(port), HOST: '127.0.0.1', METRICS_PORT: 'off', LOG_LEVEL: 'warn', ...(process.env.SERVER_NODE_OPTIONS && { NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS }) });
try {
  await waitForPort(port, 120_000, server.child);
  const post = async (query: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < 50; i++) await post(documentFor(-1 - (i % 5))); // warm up
  const before = rssMb(server.child.pid!);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < COUNT; i = next++) {
        for (let time = 0; time < TIMES; time++) await post(documentFor(i));
      }
    }),
  );
  const after = rssMb(server.child.pid!);
  console.log(`${COUNT} distinct documents (each sent ${TIMES} times) in ${((performance.now() - started) / 1000).toFixed(1)} s: RSS ${before.toFixed(0)} MB → ${after.toFixed(0)} MB (+${(after - before).toFixed(0)} MB)`);
} finally {
  await stop(server);
}
