/**
 * Growth: the synthetic dataset at each scale (generated once under .cache/synth/ and reused),
 * our server's load-and-index time and kept heap over it, and each operation's latency. The
 * server keeps a snapshot of each scale under .cache/snapshots/: the first run at a scale (or
 * after the data layer changes) loads in full, later ones read the snapshot.
 */
import { fileURLToPath } from 'node:url';
import { isSynthesized, synthesize } from '../scripts/synth-data.js';
import { run } from './load.js';
import type { Operation } from './operations.js';
import { freePort, start, stop, waitForPort } from './processes.js';
import { summarise, type Summary } from './stats.js';
import { TARGETS } from './targets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_DIR = `${ROOT}data`;

export interface GrowthRow {
  scale: number;
  articles: number;
  entities: number;
  loadSeconds: number;
  heapMB: number;
  rssMB: number;
  /** Uncached latency and throughput of each operation, by operation name. */
  operations: Record<string, Summary>;
}

export interface GrowthOptions {
  scales: number[];
  operations: Operation[];
  duration: number;
  log: (line: string) => void;
}

/** The directory of the synthetic dataset at `scale`, generated when missing or stale. */
function syntheticData(scale: number, log: (line: string) => void): string {
  const out = `${ROOT}.cache/synth/scale-${scale}`;
  if (!isSynthesized({ scale, out, seedDir: SEED_DIR })) {
    const started = performance.now();
    synthesize({ scale, out, seedDir: SEED_DIR });
    log(`  generated ${scale}× in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return out;
}

/** Waits until the server has answered what was queued: one trivial request, sent last. */
async function drain(port: number): Promise<void> {
  await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

/** Measures one scale: starts the growth server over its data, then runs each operation. */
async function measureScale(scale: number, options: GrowthOptions): Promise<GrowthRow> {
  const dataDir = syntheticData(scale, options.log);
  const port = await freePort();
  const server = start(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', `${ROOT}bench/servers/growth.ts`],
    { PORT: String(port), DATA_DIR: dataDir, DATASET_SNAPSHOT_DIR: `${ROOT}.cache/snapshots/scale-${scale}` },
    true,
  );
  try {
    await waitForPort(port, 600_000, server.child);
    const loaded = JSON.parse(server.stdout().trim().split('\n').pop()!);
    const uncached = TARGETS.find((target) => target.name === 'ours')!;
    // A full GC of a multi-GB heap pauses for seconds: large sizes get runs long enough to see past one.
    const duration = Math.max(options.duration, scale / 2000);
    const operations: Record<string, Summary> = {};
    for (const operation of options.operations) {
      const request = uncached.request(operation);
      // Slow operations at large sizes queue up: long time-outs, and the queue drains before the next run.
      await run({ port, request, duration: Math.min(1, options.duration / 2), timeout: 60 });
      await drain(port);
      operations[operation.name] = summarise([await run({ port, request, duration, timeout: 60 })]);
      await drain(port);
    }
    const row = { scale, ...loaded, operations };
    options.log(
      `  ${scale}×: ${row.articles} articles, ${row.entities} entities, loaded in ${row.loadSeconds.toFixed(1)} s, ` +
        `heap ${Math.round(row.heapMB)} MB; p99 ` +
        Object.entries(operations).map(([name, s]) => `${name} ${s.p99.toFixed(1)}`).join(', ') + ' ms',
    );
    return row;
  } catch (error) {
    throw new Error(`growth at ${scale}×: ${(error as Error).message}\n${server.stderr()}`);
  } finally {
    await stop(server);
  }
}

/** Measures every scale, smallest first. */
export async function measureGrowth(options: GrowthOptions): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const scale of options.scales) rows.push(await measureScale(scale, options));
  return rows;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

/** `value` on a log10 axis from `low` to `high`, as a pixel offset of `size`. */
const logScale = (value: number, low: number, high: number, size: number) =>
  (Math.log10(value / low) / Math.log10(high / low)) * size;

/** Powers of ten from `low` to `high`. */
function decades(low: number, high: number): number[] {
  const ticks = [];
  for (let tick = low; tick <= high * 1.0001; tick *= 10) ticks.push(tick);
  return ticks;
}

/** Rounds `value` out to a power of ten, down or up. */
const toDecade = (value: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(value)) : Math.floor(Math.log10(value)));

/** A short label for an axis value. */
const tickLabel = (value: number) => (value >= 1000 ? `${value / 1000}k` : String(value));

interface Series {
  name: string;
  colour: string;
  points: [number, number][];
}

/** One log-log panel with its axes, decade grid, series and legend. */
function panel(x0: number, title: string, yLabel: string, series: Series[]): string {
  const width = 380;
  const height = 260;
  const top = 40;
  const xs = series.flatMap((s) => s.points.map(([x]) => x));
  const ys = series.flatMap((s) => s.points.map(([, y]) => y)).filter((y) => Number.isFinite(y) && y > 0);
  const [xLow, xHigh] = [Math.min(...xs), Math.max(...xs)];
  const [yLow, yHigh] = [toDecade(Math.min(...ys), false), toDecade(Math.max(...ys), true)];
  const px = (x: number) => x0 + (xHigh > xLow ? logScale(x, xLow, xHigh, width) : width / 2);
  const py = (y: number) => top + height - logScale(Math.max(y, yLow), yLow, yHigh === yLow ? yLow * 10 : yHigh, height);
  const parts = [`<text x="${x0}" y="24" font-weight="bold">${title}</text>`];
  for (const tick of decades(yLow, yHigh)) {
    parts.push(`<line x1="${x0}" x2="${x0 + width}" y1="${py(tick)}" y2="${py(tick)}" stroke="#ddd"/>`);
    parts.push(`<text x="${x0 - 6}" y="${py(tick) + 4}" text-anchor="end">${tickLabel(tick)}</text>`);
  }
  for (const tick of xs.filter((x, i) => xs.indexOf(x) === i)) {
    parts.push(`<line x1="${px(tick)}" x2="${px(tick)}" y1="${top}" y2="${top + height}" stroke="#eee"/>`);
    parts.push(`<text x="${px(tick)}" y="${top + height + 16}" text-anchor="middle">${tickLabel(tick)}×</text>`);
  }
  parts.push(`<rect x="${x0}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#888"/>`);
  parts.push(`<text x="${x0 + width / 2}" y="${top + height + 34}" text-anchor="middle">dataset size (× the seed)</text>`);
  parts.push(`<text transform="translate(${x0 - 44} ${top + height / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>`);
  series.forEach((s, index) => {
    const answered = s.points.filter(([, y]) => Number.isFinite(y));
    const path = answered.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const [x, y] of answered) parts.push(`<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${s.colour}"/>`);
    // No request answered within the run: a triangle on the top edge.
    const unanswered = s.points.filter(([, y]) => !Number.isFinite(y));
    for (const [x] of unanswered) {
      parts.push(`<path d="M${px(x) - 5},${top + 9} L${px(x) + 5},${top + 9} L${px(x)},${top} Z" fill="${s.colour}"/>`);
    }
    const ly = top + 14 + index * 16;
    parts.push(`<line x1="${x0 + 10}" x2="${x0 + 28}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"/>`);
    parts.push(`<text x="${x0 + 32}" y="${ly}">${s.name}${unanswered.length ? ' (▲ no answer in the run)' : ''}</text>`);
  });
  return parts.join('\n');
}

/** The growth plot: p99 per operation, and load time and heap, against dataset size (log-log). */
export function growthSvg(rows: GrowthRow[]): string {
  const names = Object.keys(rows[0]?.operations ?? {});
  const latency = names.map((name, index) => ({
    name,
    colour: COLOURS[index % COLOURS.length],
    points: rows.map((row) => [row.scale, row.operations[name].p99 ?? NaN] as [number, number]),
  }));
  const cost = [
    { name: 'load + index (s)', colour: COLOURS[0], points: rows.map((row) => [row.scale, row.loadSeconds] as [number, number]) },
    { name: 'heap kept (MB)', colour: COLOURS[1], points: rows.map((row) => [row.scale, row.heapMB] as [number, number]) },
  ];
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="940" height="360" font-family="sans-serif" font-size="12">',
    '<rect width="940" height="360" fill="#fff"/>',
    panel(60, 'p99 latency per operation (ms), uncached, 10 connections', 'ms', latency),
    panel(520, 'load + index time (s) and heap (MB)', 's / MB', cost),
    '</svg>',
    '',
  ].join('\n');
}
