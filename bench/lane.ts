/**
 * `npx tsx bench/lane.ts`: the front door and the fast lane measured against Yoga's own path,
 * same machine, same moment: processes of src/main.ts (FAST_LANE on and off, response cache off)
 * take turns under wrk, round after round, for every operation; medians of req/s and p99 are
 * printed. The servers log at info level, as shipped.
 * `BEFORE=<dir>` adds the src/main.ts of another checkout (an earlier commit, say) to the turns.
 */
import { OPERATIONS, graphqlBody } from './operations.js';
import { ensureWrk, run } from './load.js';
import { freePort, start, stop, waitForPort, type Started } from './processes.js';
import { serverCommand } from './targets.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 2);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

ensureWrk();
const variants: { name: string; env: Record<string, string>; script?: string }[] = [
  { name: 'lane on', env: { FAST_LANE: 'on' } },
  { name: 'lane off', env: { FAST_LANE: 'off' } },
];
if (process.env.BEFORE) variants.push({ name: 'before', env: {}, script: `${process.env.BEFORE}/src/main.ts` });
const servers: { name: string; port: number; started: Started }[] = [];
for (const variant of variants) {
  const port = await freePort();
  const command = variant.script ? ['--import', 'tsx', variant.script] : serverCommand({ name: variant.name, script: 'src/main.ts' });
  const env = { PORT: String(port), METRICS_PORT: 'off', HOST: '127.0.0.1', RESPONSE_CACHE: 'off', ...variant.env };
  const started = start(process.execPath, command, env);
  await waitForPort(port, 120_000, started.child);
  servers.push({ ...variant, port, started });
}
try {
  for (const operation of OPERATIONS) {
    const request = { method: 'POST' as const, path: '/graphql', body: graphqlBody(operation) };
    const results = new Map<string, { rps: number[]; p99: number[] }>(servers.map((s) => [s.name, { rps: [], p99: [] }]));
    for (const server of servers) await run({ port: server.port, request, duration: 1 }); // warm-up: the document is seen, admitted, compiled
    for (let round = 0; round < ROUNDS; round++) {
      const order = servers.map((_, i) => servers[(i + round) % servers.length]);
      for (const server of order) {
        const result = await run({ port: server.port, request, duration: SECONDS });
        results.get(server.name)!.rps.push(result.requestsPerSecond);
        results.get(server.name)!.p99.push(result.p99);
      }
    }
    const line = [...results].map(([name, r]) => `${name}: ${Math.round(median(r.rps))} req/s, p99 ${median(r.p99).toFixed(1)} ms`).join(' | ');
    console.log(`${operation.name.padEnd(10)} ${line}`);
  }
} finally {
  for (const server of servers) await stop(server.started);
}
