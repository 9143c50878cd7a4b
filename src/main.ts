/**
 * Starts the API: reads the environment, loads and validates the dataset (refusing to start on
 * invalid data), listens (the API on PORT, its metrics on METRICS_PORT, loopback only by
 * default), and shuts down gracefully on SIGTERM/SIGINT.
 */
import './production-mode.js';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { DataLoadError, loadDataset } from './data/load.js';
import { createHttpServer } from './http-server.js';
import { BatchedDestination } from './log-destination.js';
import { metricsListener } from './observability.js';
import { readPersistedOperations } from './performance/index.js';
import { WEB_APP_PATH } from './web-app.js';
import { createApi } from './yoga.js';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
/** Prometheus metrics on a port of their own (`off`: none), on loopback unless METRICS_HOST says otherwise. */
const metricsPort = process.env.METRICS_PORT === 'off' ? undefined : Number(process.env.METRICS_PORT ?? 9464);
const metricsHost = process.env.METRICS_HOST ?? '127.0.0.1';
const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
/**
 * Where a snapshot of the loaded dataset is kept, so that the next start over the very same files
 * reads it instead of validating and indexing again (`off`: no snapshot). Git-ignored by default.
 */
const snapshotDir = process.env.DATASET_SNAPSHOT_DIR === 'off' ? undefined : (process.env.DATASET_SNAPSHOT_DIR ?? fileURLToPath(new URL('../.cache/dataset-snapshot', import.meta.url)));
const explorer = process.env.EXPLORER !== 'off';
/** Origins browsers may read the API from, comma-separated; unset or empty means any origin. */
const corsOrigins = (process.env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
/** Request logs are gathered and written in the background (at least four times a second), never on a request's path. */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, new BatchedDestination(1));
/** The web client's build (`npm run web:build`, run by `npm start`), served under /app. */
const webAppDir = fileURLToPath(new URL('../dist/web', import.meta.url));
/**
 * graphql-jit, the response cache and the fast lane (each on unless set to off), the fixed list
 * of persisted documents, and whether only those run (`PERSISTED_ONLY=on`, trusted documents).
 */
const performanceOptions = {
  jit: process.env.GRAPHQL_JIT !== 'off',
  responseCache: process.env.RESPONSE_CACHE !== 'off',
  fastLane: process.env.FAST_LANE !== 'off',
  persistedOperations: readPersistedOperations(process.env.PERSISTED_OPERATIONS_DIR ?? fileURLToPath(new URL('../examples', import.meta.url))),
  persistedOnly: process.env.PERSISTED_ONLY === 'on',
};
/** How long in-flight requests may take to finish once a shutdown begins. */
const SHUTDOWN_GRACE_MS = 5_000;

let dataset;
try {
  dataset = loadDataset(dataDir, { snapshotDir });
} catch (error) {
  console.error(error instanceof DataLoadError ? error.message : `Could not load the dataset: ${String(error)}`);
  process.exit(1);
}

const { yoga, listener, metrics } = createApi({ dataset, explorer, logger, corsOrigins, webAppDir, performance: performanceOptions });
const server = createHttpServer(listener);
const metricsServer = metricsPort === undefined ? undefined : createServer(metricsListener(metrics.registry));

server.listen(port, host, () => {
  logger.info(`escalation-graph serving http://${host}:${port}${yoga.graphqlEndpoint}`);
  logger.info(`web client at http://${host}:${port}${WEB_APP_PATH}`);
});
metricsServer?.listen(metricsPort, metricsHost, () => logger.info(`metrics at http://${metricsHost}:${metricsPort}/metrics`));
// A metrics port already taken (another replica's) leaves the API serving, without metrics.
metricsServer?.on('error', (error) => logger.error(`metrics not served: ${error.message}`));

/** Requests being answered, by connection: a shutdown closes every other connection at once. */
const inFlight = new Map<Socket, number>();
let shuttingDown = false;
server.on('connection', (socket) => inFlight.set(socket, 0));
server.on('request', (request, response) => {
  const { socket } = request;
  inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
  response.once('close', () => {
    const left = (inFlight.get(socket) ?? 1) - 1;
    inFlight.set(socket, left);
    // Once shutting down, a connection is closed as soon as its last request is answered.
    if (shuttingDown && left === 0) socket.destroySoon();
  });
  if (shuttingDown) response.setHeader('connection', 'close');
});
server.on('connection', (socket) => socket.once('close', () => inFlight.delete(socket)));

/**
 * Stops accepting connections, closes idle ones at once (those that never sent a request too)
 * and each busy one once its requests are answered, then exits 0. Requests still running after
 * the grace period are cut, and the exit code says so (1).
 */
function shutDown(signal: string): void {
  logger.info(`${signal} received: closing the server`);
  shuttingDown = true;
  const exit = (code: number) => logger.flush(() => process.exit(code));
  metricsServer?.close();
  metricsServer?.closeAllConnections();
  server.close(() => exit(0));
  for (const [socket, requests] of inFlight) if (requests === 0) socket.destroy();
  setTimeout(() => {
    const cut = [...inFlight.values()].reduce((sum, requests) => sum + requests, 0);
    if (cut > 0) logger.error(`${cut} requests still running ${SHUTDOWN_GRACE_MS} ms after ${signal}: cutting them`);
    server.closeAllConnections();
    exit(cut > 0 ? 1 : 0);
  }, SHUTDOWN_GRACE_MS).unref();
}

process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
