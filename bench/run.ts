/**
 * `npm run bench`: starts every server on 127.0.0.1, checks that they answer the same bytes,
 * runs the interleaved comparison, the cost of new documents, the same through nginx, a CPU profile of the slowest
 * operation and the growth measurements, and writes bench/RESULTS.md and bench/growth.svg.
 *
 * `npm run bench -- --smoke` is the CI version (a few seconds): fifty requests per pair, a
 * tiny synthetic dataset through the real loader, no nginx, profile or growth; exits 1 on any
 * error or differing answer. `--rounds`, `--duration` (seconds), `--scales 1,100` and
 * `--no-nginx` / `--no-growth` shorten a full run; `--report` only rewrites the report from the
 * last run's numbers (.cache/bench/results.json).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/data/load.js';
import { synthesize } from '../scripts/synth-data.js';
import { checkAnswers, compare, type Cell } from './compare.js';
import { growthSvg, measureGrowth } from './growth.js';
import { ensureWrk } from './load.js';
import { OPERATIONS } from './operations.js';
import { profileOperation } from './profile.js';
import { freePort, start, stop, stopAll, waitForPort, type Started } from './processes.js';
import { measureNewDocuments } from './new-documents.js';
import { markdown, type Results } from './report.js';
import { currentLoad, machine, summarise } from './stats.js';
import { NGINX_TARGETS, SERVERS, serverCommand, TARGETS, type ServerSpec } from './targets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK_DIR = `${ROOT}.cache/bench`;

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '1' },
    scales: { type: 'string', default: '1,100,1000,10000' },
    'no-nginx': { type: 'boolean', default: false },
    'no-growth': { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});

/** Prints a progress line. */
const log = (line: string) => console.log(line);

/** Our server's settings for the benchmark: it may be sent the benchmark's operations by hash. */
const OURS_ENV = { PERSISTED_OPERATIONS_DIR: `${WORK_DIR}/operations`, METRICS_PORT: 'off' };

/** Writes the operations where our server reads its persisted operations from. */
function writePersistedOperations(): void {
  rmSync(OURS_ENV.PERSISTED_OPERATIONS_DIR, { recursive: true, force: true });
  mkdirSync(OURS_ENV.PERSISTED_OPERATIONS_DIR, { recursive: true });
  for (const op of OPERATIONS) writeFileSync(`${OURS_ENV.PERSISTED_OPERATIONS_DIR}/${op.name}.graphql`, op.query);
}

/** Starts a server on a free port and waits until it listens. */
async function launch(spec: ServerSpec): Promise<Started & { port: number }> {
  const port = await freePort();
  const env = { PORT: String(port), HOST: '127.0.0.1', ...OURS_ENV, ...spec.env };
  const started = start(process.execPath, serverCommand(spec), env);
  try {
    await waitForPort(port, 120_000, started.child);
  } catch (error) {
    throw new Error(`${spec.name} did not start: ${(error as Error).message}\n${started.stderr()}`);
  }
  return { ...started, port };
}

/** Generates a tiny synthetic dataset and loads it with the real loader (the smoke test of data:synth). */
function smokeSyntheticData(): void {
  const out = `${WORK_DIR}/smoke-data`;
  synthesize({ scale: 3, out, seedDir: `${ROOT}data` });
  const dataset = loadDataset(out);
  log(`synthetic data ok: ${dataset.articles.length} articles, ${dataset.events.length} events`);
}

/** The nginx runs: two of our processes behind deploy/serve.sh; a reason string when it cannot run. */
async function throughNginx(answers: Map<string, string>, problems: string[], rounds: number, duration: number): Promise<Cell[] | string> {
  const [nginxPort, first, second] = [await freePort(), await freePort(), await freePort()];
  // nginx keeps its cache on disk: a run starts from an empty one, not from the last run's answers.
  rmSync(`${WORK_DIR}/nginx`, { recursive: true, force: true });
  const serve = start('bash', [`${ROOT}deploy/serve.sh`], {
    ...OURS_ENV,
    NGINX_PORT: String(nginxPort),
    API_PORTS: `${first} ${second}`,
    STATE_DIR: `${WORK_DIR}/nginx`,
  });
  try {
    for (const port of [first, second, nginxPort]) await waitForPort(port, 300_000, serve.child);
    const portOf = () => nginxPort;
    const check = await checkAnswers({ operations: OPERATIONS, targets: NGINX_TARGETS, portOf }, answers);
    problems.push(...check.problems);
    return await compare({ operations: OPERATIONS, targets: NGINX_TARGETS, portOf, rounds, duration, log });
  } catch (error) {
    return `Not measured: deploy/serve.sh failed (${(error as Error).message.split('\n')[0]}). ${serve.stderr().slice(-500)}`;
  } finally {
    await stop(serve);
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const smoke = args.smoke;
  const rounds = smoke ? 1 : Number(args.rounds);
  const duration = Number(args.duration);
  const results: Results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    minutes: 0,
    machine: machine(),
    loadAtEnd: 0,
    rounds,
    duration,
    operations: OPERATIONS,
    labels: Object.fromEntries(TARGETS.map((t) => [t.name, t.label])),
    cells: [],
    http: 'Not measured in this run.',
    growth: [],
    newDocuments: [],
    problems: [],
  };
  ensureWrk();
  writePersistedOperations();
  if (smoke) smokeSyntheticData();

  const targets = TARGETS.filter((target) => !smoke || !target.variant);
  const specs = SERVERS.filter((spec) => targets.some((target) => target.server === spec.name));
  const servers = await Promise.all(specs.map(launch));
  const portOf = (target: { server: string }) => servers[specs.findIndex((s) => s.name === target.server)].port;
  log(`servers up: ${specs.map((s, i) => `${s.name}:${servers[i].port}`).join(' ')}`);
  const { problems, answers } = await checkAnswers({ operations: OPERATIONS, targets, portOf });
  results.problems.push(...problems);
  if (!smoke) {
    log('warming up');
    await compare({ operations: OPERATIONS, targets, portOf, rounds: 1, duration: 0.5, log: () => {} });
  }
  log('comparing');
  results.cells = await compare({ operations: OPERATIONS, targets, portOf, rounds, duration, amount: smoke ? 50 : undefined, log });
  log('new documents');
  results.newDocuments = await measureNewDocuments(portOf({ server: 'ours' }), OPERATIONS, smoke ? 3 : 200);
  await Promise.all(servers.map(stop));

  if (!smoke && !args['no-nginx']) {
    log('through nginx');
    results.http = await throughNginx(answers, results.problems, rounds, duration);
  }
  if (!smoke) {
    const ours = TARGETS.find((t) => t.name === 'ours')!;
    const slowest = [...OPERATIONS].sort(
      (a, b) => summarise(lookUpRounds(results.cells, a.name)).requestsPerSecond - summarise(lookUpRounds(results.cells, b.name)).requestsPerSecond,
    )[0];
    log(`profiling ${slowest.name}`);
    const server = SERVERS.find((spec) => spec.name === ours.server)!;
    results.profile = await profileOperation(slowest.name, ours.request(slowest), 5, { ...OURS_ENV, ...server.env }, ours.unique);
  }
  if (!smoke && !args['no-growth']) {
    log('growth');
    results.growth = await measureGrowth({ scales: args.scales.split(',').map(Number), operations: OPERATIONS, duration, log });
  }

  results.loadAtEnd = currentLoad();
  results.minutes = (performance.now() - started) / 60_000;
  const failed = [...results.cells, ...(typeof results.http === 'string' ? [] : results.http)].filter((cell) =>
    cell.rounds.some((r) => r.failures > 0),
  );
  for (const cell of failed) log(`FAILED requests: ${cell.target} / ${cell.operation}`);
  for (const problem of results.problems) log(`DIFFERENT ANSWER: ${problem}`);
  if (!smoke) {
    mkdirSync(WORK_DIR, { recursive: true });
    writeFileSync(`${WORK_DIR}/results.json`, JSON.stringify(results, null, 2));
    writeReport(results);
    log(`wrote bench/RESULTS.md in ${results.minutes.toFixed(1)} minutes`);
  }
  const code = results.problems.length || failed.length ? 1 : 0;
  if (smoke) log(code ? 'smoke FAILED' : 'smoke ok');
  return code;
}

/** Writes bench/RESULTS.md and the growth plot. */
function writeReport(results: Results): void {
  writeFileSync(`${ROOT}bench/RESULTS.md`, markdown(results));
  if (results.growth.length) writeFileSync(`${ROOT}bench/growth.svg`, growthSvg(results.growth));
}

/** The last run's results, with the latencies of runs that got no answer (saved as null) back to NaN. */
function lastResults(): Results {
  return JSON.parse(readFileSync(`${WORK_DIR}/results.json`, 'utf8'), (key, value) =>
    value === null && (key === 'p50' || key === 'p99') ? NaN : value,
  );
}

/** The rounds of the uncached `ours` runs of one operation. */
function lookUpRounds(cells: Cell[], operation: string) {
  return cells.find((cell) => cell.operation === operation && cell.target === 'ours')!.rounds;
}

(args.report ? Promise.resolve(writeReport(lastResults())).then(() => 0) : main())
  .then((code) => {
    stopAll();
    process.exit(code);
  })
  .catch((error) => {
    console.error(error);
    stopAll();
    process.exit(1);
  });
