/**
 * Per-request work without HTTP: each benchmark operation's document executed against the schema
 * with a fresh context over a loaded dataset, many times, reported as p50/p99 in µs.
 *
 *   node --expose-gc --import tsx bench/in-process.ts [--data <dir>] [--snapshots <dir>] [--iterations 2000] [--only search,events]
 *
 * Without `--data`, the seed in data/; with `--snapshots`, loads through a snapshot kept there.
 * Run it at 1× and 10,000× to see whether work stays flat.
 */
import { execute, parse, validate } from 'graphql';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { loadDataset } from '../src/data/load.js';
import { schema } from '../src/schema/index.js';
import { OPERATIONS } from './operations.js';
import { quantile } from './stats.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: fileURLToPath(new URL('../data', import.meta.url)) },
    iterations: { type: 'string', default: '2000' },
    snapshots: { type: 'string' },
    only: { type: 'string' },
  },
});
const iterations = Number(values.iterations);
const only = values.only ? new Set(values.only.split(',')) : null;

const started = performance.now();
const dataset = loadDataset(values.data, { snapshotDir: values.snapshots });
const loadSeconds = (performance.now() - started) / 1000;
// With --expose-gc, the heap the dataset keeps once loaded, as bench/servers/growth.ts measures it.
(globalThis as { gc?: () => void }).gc?.();
const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`loaded ${dataset.articles.length} articles in ${loadSeconds.toFixed(2)} s; heap ${heapMB.toFixed(0)} MB`);

for (const operation of OPERATIONS) {
  if (only && !only.has(operation.name)) continue;
  const document = parse(operation.query);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`${operation.name}: ${errors.map((e) => e.message).join('; ')}`);
  const once = async () => {
    const result = await execute({ schema, document, variableValues: operation.variables, contextValue: createContext(dataset) });
    if (result.errors?.length) throw new Error(`${operation.name}: ${result.errors.map((e) => e.message).join('; ')}`);
  };
  // The first run builds what is built on first use (indexes, a word's ranking): shown apart.
  const first = performance.now();
  await once();
  const firstMs = performance.now() - first;
  for (let i = 0; i < Math.min(200, iterations); i++) await once();
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const at = performance.now();
    await once();
    times[i] = (performance.now() - at) * 1000;
  }
  times.sort();
  console.log(
    `${operation.name.padEnd(10)} p50 ${quantile(times, 0.5).toFixed(0).padStart(7)} µs   p99 ${quantile(times, 0.99).toFixed(0).padStart(7)} µs   first ${firstMs.toFixed(1).padStart(8)} ms`,
  );
}

// Indexes built on first use are now built: the heap a serving process keeps.
(globalThis as { gc?: () => void }).gc?.();
console.log(`heap after the operations ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
