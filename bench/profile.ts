/**
 * Where the time goes: our server runs under `--cpu-prof` while one operation is hammered, and
 * the profile is summarised as self time by layer and by function.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, type RequestShape } from './load.js';
import { freePort, start, stop, waitForPort } from './processes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
  startTime: number;
}

export interface ProfileSummary {
  operation: string;
  totalMs: number;
  /** Share of self time by layer, largest first. */
  layers: { layer: string; share: number }[];
  /** The functions with the most self time. */
  functions: { name: string; where: string; share: number }[];
}

/** The layer a stack frame belongs to, from its script URL. */
function layerOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return 'idle / VM';
  if (!url) return functionName.endsWith('Handler') ? 'graphql-jit compiled query' : 'V8 built-ins (JSON, RegExp, …)';
  if (url.includes('/src/data/')) return 'our data layer (src/data)';
  if (url.includes('/src/schema/')) return 'our resolvers (src/schema)';
  if (url.includes('/src/')) return 'our plugins (src/*.ts)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (!match) return url.startsWith('node:') ? 'Node.js (http, streams, …)' : 'other';
  const name = match[1];
  if (['pino', 'sonic-boom', 'prom-client', '@graphql-yoga/plugin-prometheus', '@envelop/prometheus'].includes(name)) {
    return 'request log and metrics';
  }
  if (name.startsWith('@escape.tech')) return 'security rules (graphql-armor)';
  if (['graphql-yoga', '@whatwg-node/server', '@whatwg-node/node-fetch', '@whatwg-node/fetch', '@envelop/core'].includes(name)) {
    return 'Yoga, envelop, whatwg-node';
  }
  return name;
}

/** Summarises the last `windowMs` of a V8 CPU profile (the load, not the start-up). */
function summariseProfile(profile: CpuProfile, operation: string, windowMs: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const from = profile.endTime - windowMs * 1000;
  const selfTime = new Map<number, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < from) return;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
    total += delta;
  });
  const layers = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; time: number }>();
  for (const [id, time] of selfTime) {
    const frame = byId.get(id)!.callFrame;
    const layer = layerOf(frame);
    layers.set(layer, (layers.get(layer) ?? 0) + time);
    const where = frame.url ? frame.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/') : layer;
    const key = `${frame.functionName}@${where}`;
    const entry = functions.get(key) ?? { name: frame.functionName || '(anonymous)', where, time: 0 };
    entry.time += time;
    functions.set(key, entry);
  }
  return {
    operation,
    totalMs: total / 1000,
    layers: [...layers].map(([layer, time]) => ({ layer, share: time / total })).sort((a, b) => b.share - a.share),
    functions: [...functions.values()]
      .sort((a, b) => b.time - a.time)
      .slice(0, 15)
      .map(({ name, where, time }) => ({ name, where, share: time / total })),
  };
}

/** Runs our server (src/main.ts) under --cpu-prof while `request` is sent for `seconds` (each one different when `unique`). */
export async function profileOperation(
  operation: string,
  request: RequestShape,
  seconds: number,
  env: Record<string, string>,
  unique = true,
): Promise<ProfileSummary> {
  const dir = `${ROOT}.cache/bench/profile`;
  rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  const server = start(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', `${ROOT}src/main.ts`],
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
  );
  await waitForPort(port, 120_000, server.child);
  await run({ port, request, duration: 1, unique });
  const measured = performance.now();
  await run({ port, request, duration: seconds, unique });
  await stop(server);
  const windowMs = performance.now() - measured;
  // The main thread's profile is the largest; tsx's loader thread writes a small one too.
  const files = readdirSync(dir).map((file) => `${dir}/${file}`);
  const largest = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
  return summariseProfile(JSON.parse(readFileSync(largest, 'utf8')), operation, windowMs);
}
