/** bench/RESULTS.md from one run's numbers. */
import type { Cell } from './compare.js';
import type { GrowthRow } from './growth.js';
import type { NewDocumentRow } from './new-documents.js';
import type { Operation } from './operations.js';
import type { ProfileSummary } from './profile.js';
import { summarise, type Machine, type Summary } from './stats.js';

export interface Results {
  date: string;
  minutes: number;
  machine: Machine;
  loadAtEnd: number;
  rounds: number;
  duration: number;
  operations: Operation[];
  /** Column labels of the comparison targets, by name. */
  labels: Record<string, string>;
  cells: Cell[];
  /** The runs through nginx, or why there are none. */
  http: Cell[] | string;
  profile?: ProfileSummary;
  growth: GrowthRow[];
  /** The cost of documents never seen before (absent from runs before it was measured). */
  newDocuments?: NewDocumentRow[];
  /** Answers that differed between servers (empty when all agreed byte for byte). */
  problems: string[];
}

const rate = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (Number.isNaN(value) ? 'no answer' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number) => (Number.isFinite(value) ? `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×` : 'no answer');
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The summary of one (operation, target) pair, if it was measured. */
function lookUp(cells: Cell[], operation: string, target: string): Summary | undefined {
  const cell = cells.find((c) => c.operation === operation && c.target === target);
  return cell && summarise(cell.rounds);
}

/** A Markdown table from a header row and body rows. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '--:'))), ...rows.map(line)].join('\n');
}

function headline(results: Results): string {
  const rows = results.operations.map((op) => {
    const get = (target: string) => lookUp(results.cells, op.name, target)!;
    const ours = get('ours');
    const cached = get('ours-cached');
    return [
      op.name,
      rate(ours.requestsPerSecond),
      ratio(ours.requestsPerSecond / get('baseline').requestsPerSecond),
      ratio(ours.requestsPerSecond / get('mercurius').requestsPerSecond),
      ratio(ours.requestsPerSecond / get('rest').requestsPerSecond),
      ratio(ours.requestsPerSecond / get('raw').requestsPerSecond),
      ms(ours.p99),
      rate(cached.requestsPerSecond),
      ratio(cached.requestsPerSecond / get('baseline').requestsPerSecond),
      ratio(cached.requestsPerSecond / get('raw').requestsPerSecond),
      ms(cached.p99),
    ];
  });
  return table(
    ['operation', 'ours uncached, req/s', '÷ default Yoga', '÷ Mercurius + JIT', '÷ REST', '÷ raw ceiling', 'p99 ms', 'ours cached, req/s', '÷ default Yoga', '÷ raw ceiling', 'p99 ms'],
    rows,
  );
}

function goals(results: Results): string {
  const rows = results.operations.map((op) => {
    const get = (target: string) => lookUp(results.cells, op.name, target)!;
    const ours = get('ours');
    return [
      op.name,
      mark(get('ours-cached').requestsPerSecond >= 0.6 * get('raw').requestsPerSecond),
      mark(ours.requestsPerSecond >= 3 * get('baseline').requestsPerSecond),
      mark(ours.requestsPerSecond > get('mercurius').requestsPerSecond),
      mark(ours.p99 < 10),
    ];
  });
  return table(['operation', 'cache hit ≥ 0.6× raw ceiling', 'uncached ≥ 3× default Yoga', 'uncached ahead of Mercurius + JIT', 'uncached p99 < 10 ms'], rows);
}

/** The new-document measurements, and whether each first sighting and first repeat stays under 5 ms at p50. */
function newDocuments(rows: NewDocumentRow[] | undefined): string {
  if (!rows?.length) return 'Not measured in this run.';
  return table(
    ['operation', 'first sighting p50 ms', 'p99 ms', 'first repeat p50 ms', 'p99 ms', 'both p50 < 5 ms'],
    rows.map((row) => [row.operation, ms(row.first.p50), ms(row.first.p99), ms(row.repeat.p50), ms(row.repeat.p99), mark(row.first.p50 < 5 && row.repeat.p50 < 5)]),
  );
}

function measures(results: Results): string {
  const http = typeof results.http === 'string' ? [] : results.http;
  const rows = results.operations.map((op) => {
    const get = (target: string, cells = results.cells) => lookUp(cells, op.name, target)?.requestsPerSecond;
    const factor = (a?: number, b?: number) => (a && b ? ratio(a / b) : '–');
    return [
      op.name,
      factor(get('ours'), get('ours-nojit')),
      factor(get('ours'), get('ours-nolane')),
      factor(get('yoga-jit'), get('baseline')),
      factor(get('ours-cached'), get('ours')),
      factor(get('nginx-cached', http), get('ours-cached')),
      factor(get('nginx-replicas', http), get('ours')),
    ];
  });
  return table(
    [
      'operation',
      'graphql-jit in ours (÷ ours without it)',
      'front door and fast lane (÷ ours with FAST_LANE=off)',
      'graphql-jit alone (÷ default Yoga)',
      'response cache hit (÷ miss)',
      'nginx cache (÷ our cache hit)',
      'two replicas behind nginx (÷ one)',
    ],
    rows,
  );
}

function everything(results: Results): string {
  return results.operations
    .map((op) => {
      const rows = Object.entries(results.labels).flatMap(([target, label]) => {
        const s = lookUp(results.cells, op.name, target);
        return s ? [[label, rate(s.requestsPerSecond), `${rate(s.low)}–${rate(s.high)}`, ms(s.p50), ms(s.p99)]] : [];
      });
      return `### ${op.title}\n\n${table(['server', 'req/s (median)', 'range over rounds', 'p50 ms', 'p99 ms'], rows)}`;
    })
    .join('\n\n');
}

function httpCaches(results: Results): string {
  if (typeof results.http === 'string') return results.http;
  const http = results.http;
  const rows = results.operations.map((op) => {
    const nginx = lookUp(http, op.name, 'nginx-cached');
    const replicas = lookUp(http, op.name, 'nginx-replicas');
    const raw = lookUp(results.cells, op.name, 'raw')!;
    const ours = lookUp(results.cells, op.name, 'ours')!;
    return [
      op.name,
      nginx ? rate(nginx.requestsPerSecond) : '–',
      nginx ? ratio(nginx.requestsPerSecond / raw.requestsPerSecond) : '–',
      nginx ? ms(nginx.p99) : '–',
      replicas ? rate(replicas.requestsPerSecond) : '–',
      replicas ? ratio(replicas.requestsPerSecond / ours.requestsPerSecond) : '–',
      replicas ? ms(replicas.p99) : '–',
    ];
  });
  return table(
    ['operation', 'nginx cache, persisted GET, req/s', '÷ raw ceiling', 'p99 ms', 'nginx → 2 replicas, uncached POST, req/s', '÷ one replica', 'p99 ms'],
    rows,
  );
}

function profile(summary: ProfileSummary | undefined): string {
  if (!summary) return 'Not profiled in this run.';
  return [
    `Our server under \`node --cpu-prof\`, sent the uncached \`${summary.operation}\` operation (the slowest) at 10 connections; ` +
      `${Math.round(summary.totalMs)} ms of samples, start-up excluded. Self time by layer:`,
    '',
    table(['layer', 'self time'], summary.layers.filter((l) => l.share >= 0.005).map((l) => [l.layer, percent(l.share)])),
    '',
    'The functions with the most self time:',
    '',
    table(['function', 'where', 'self time'], summary.functions.map((f) => [`\`${f.name}\``, f.where, percent(f.share)])),
  ].join('\n');
}

function growth(results: Results): string {
  const rows = results.growth;
  if (!rows.length) return 'Not measured in this run.';
  const names = Object.keys(rows[0].operations);
  const body = rows.map((row) => [
    `${row.scale.toLocaleString('en-US')}×`,
    rate(row.articles),
    rate(row.entities),
    row.loadSeconds.toFixed(1),
    rate(row.heapMB),
    ...names.map((name) => ms(row.operations[name].p99)),
  ]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const checks = [
    `- load and index at ${last.scale.toLocaleString('en-US')}× under 10 s: ${mark(last.loadSeconds < 10)} (${last.loadSeconds.toFixed(1)} s)`,
    `- heap at ${last.scale.toLocaleString('en-US')}× under 1.5 GB: ${mark(last.heapMB < 1536)} (${rate(last.heapMB)} MB)`,
    ...names.map((name) => {
      const growthFactor = last.operations[name].p99 / first.operations[name].p99;
      return `- \`${name}\` p99 within 1.5× of its ${first.scale}× value: ${mark(growthFactor <= 1.5)} (${ratio(growthFactor)})`;
    }),
  ];
  return [
    table(['size', 'articles', 'entities', 'load + index s', 'heap MB', ...names.map((n) => `${n} p99 ms`)], body),
    '',
    ...checks,
    '',
    '![p99 per operation, load time and heap against dataset size](growth.svg)',
  ].join('\n');
}

/** The whole report. */
export function markdown(results: Results): string {
  const m = results.machine;
  // The run itself keeps about two processes busy, so only the load before it shows other work.
  const busy = m.loadAtStart > 1;
  return `# Benchmark results

Written by \`npm run bench\` on ${results.date} (${results.minutes.toFixed(1)} minutes); every number below comes from that one run.

- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}.
- **Load average** (1 min) ${m.loadAtStart.toFixed(1)} when the run started and ${results.loadAtEnd.toFixed(1)} at its end${
    busy ? ': **other work was using the CPUs**, so absolute rates are low and noisy; the ratios, from interleaved rounds, are the comparable part' : ''
  }.
- **Method:** wrk (one thread), 10 connections, 127.0.0.1 only; ${results.rounds} interleaved rounds of ${results.duration} s per pair (each round visits the servers in a rotated order), medians shown. Latency percentiles come from wrk's histogram of every response time. Each server is its own process over the seed dataset; the load generator has the other core.
- **Same answers:** ${
    results.problems.length ? `**${results.problems.length} answers differed**:\n${results.problems.map((p) => `  - ${p}`).join('\n')}` : 'before measuring, every server answered every operation with status 200 and the very same bytes.'
  }

The servers: **ours** is \`src/main.ts\` as shipped (the front door before Yoga, the fast lane, graphql-jit, response cache, persisted operations, request log, metrics, security rules); *uncached* is the same with \`RESPONSE_CACHE=off\`, so every request executes, *cached* is ours as shipped answering from its response cache; *without graphql-jit* is the uncached one with \`GRAPHQL_JIT=off\` as well. Every GraphQL server is sent the same request over and over (none of the others caches responses). **Default Yoga** serves the same Pothos schema with no options, and once more with \`@envelop/graphql-jit\` as its only plugin. **Mercurius + JIT** is Fastify with \`jit: 1\` over the same executable schema. **REST** is \`node:http\` building the same response object from the in-memory dataset per request and \`JSON.stringify\`-ing it; the **raw ceiling** is \`node:http\` sending those bytes precomputed.

## Headline: ours against the others

${headline(results)}

Goals of the issue, per operation:

${goals(results)}

## A document never seen before

Each operation's document made new by an alias no request has used, sent to ours (as shipped) one request at a time over a kept-alive connection, 200 times; each is sent a second time at once (its first repeat, when it is compiled and admitted to the lane). Times are to the end of the answer, as the client sees them.

${newDocuments(results.newDocuments)}

## What each measure buys

Each column divides the req/s of two servers from the same run.

${measures(results)}

## Every server, every operation

${everything(results)}

## HTTP caches in front: nginx and two replicas

\`deploy/serve.sh\` runs two of our processes behind nginx (\`deploy/nginx.conf\`): GETs of persisted operations are cached by nginx for the \`max-age\` our \`Cache-Control\` allows, everything else is proxied round-robin.

${httpCaches(results)}

## Where the time goes

${profile(results.profile)}

## Growth: the synthetic dataset from 1× to ${(results.growth.at(-1)?.scale ?? 1).toLocaleString('en-US')}×

\`npm run data:synth -- --scale N\` writes N copies of every seed article, each with its own cast, names and dates (see scripts/synth-data.ts); our server (the options of \`src/main.ts\`) loads it, and each operation runs uncached at 10 connections for ${results.duration} s (longer at the largest sizes: ${Math.max(results.duration, (results.growth.at(-1)?.scale ?? 1) / 2000)} s at ${(results.growth.at(-1)?.scale ?? 1).toLocaleString('en-US')}×, so that a full garbage collection does not fill the whole run). "No answer" means no request completed within the run.

${growth(results)}
`;
}
