/**
 * The latency of `connections` (paths between two actors) at a given size, through the server as
 * shipped (bench/servers/growth.ts: production options, fast lane in front of Yoga), driven by wrk
 * on 127.0.0.1: `npm run bench:connections -- --scale 10000 [--duration 10]`. Each pair is run
 * at the default `maxHops` (3) and at the largest (4); the pairs lie in the seed's copy, in the
 * last synthetic copy, and in two different copies (no path: the search must end fast too).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isSynthesized, synthesize } from '../scripts/synth-data.js';
import { run } from './load.js';
import { freePort, start, stopAll, waitForPort } from './processes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, duration: { type: 'string', default: '10' } } });
const scale = Number(values.scale);
const duration = Number(values.duration);

const id = (slug: string) => Buffer.from(`Actor:${slug}`).toString('base64url');
const copy = (slug: string, k: number) => (k === 0 ? slug : `${slug}-s${k}`);
const last = scale - 1;
const PAIRS: [string, string, string][] = [
  ['North Korea ↔ Russia (seed)', 'north-korea', 'russia'],
  ['Kim Jong Un ↔ Vladimir Putin (seed)', 'kim-jong-un', 'vladimir-putin'],
  [`North Korea ↔ Russia (copy ${last})`, copy('north-korea', last), copy('russia', last)],
  ...(scale > 1 ? [['no path: two copies', 'north-korea', copy('russia', last)] as [string, string, string]] : []),
];
const QUERY = `query Connections($from: ID!, $to: ID!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: 20) {
    totalCount
    edges { node { length actors { slug } links { kind event { slug } statement { slug } evidence { exact start end } } } }
  }
}`;

const dataDir = scale === 1 ? `${ROOT}data` : `${ROOT}.cache/synth/scale-${scale}`;
if (scale > 1 && !isSynthesized({ scale, out: dataDir, seedDir: `${ROOT}data` })) synthesize({ scale, out: dataDir, seedDir: `${ROOT}data` });
const port = await freePort();
const server = start(process.execPath, ['--expose-gc', '--import', 'tsx', `${ROOT}bench/servers/growth.ts`], { PORT: String(port), DATA_DIR: dataDir }, true);
try {
  await waitForPort(port, 900_000, server.child);
  const loaded = JSON.parse(server.stdout().trim().split('\n').pop()!);
  console.log(`${scale}×: ${loaded.entities} entities, loaded in ${loaded.loadSeconds.toFixed(1)} s, heap ${Math.round(loaded.heapMB)} MB`);
  console.log('| pair | maxHops | paths | requests/s | p50 ms | p99 ms | failures |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, from, to] of PAIRS) {
    for (const maxHops of [3, 4]) {
      const body = JSON.stringify({ query: QUERY, variables: { from: id(from), to: id(to), maxHops } });
      const answer = await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
      if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
      const request = { method: 'POST' as const, path: '/graphql', body };
      await run({ port, request, duration: 1, connections: 4 }); // warm-up
      const result = await run({ port, request, duration, connections: 4 });
      const ms = (value: number) => value.toFixed(2);
      console.log(`| ${name} | ${maxHops} | ${answer.data.connections.totalCount} | ${Math.round(result.requestsPerSecond)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.failures} |`);
    }
  }
} finally {
  stopAll();
}
