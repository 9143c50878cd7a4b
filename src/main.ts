/**
 * Starts the API: reads the environment, loads and validates the dataset (refusing to start on
 * invalid data), listens, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { DataLoadError, loadDataset } from './data/load.js';
import { readPersistedOperations } from './performance/index.js';
import { WEB_APP_PATH } from './web-app.js';
import { createApi } from './yoga.js';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const explorer = process.env.EXPLORER !== 'off';
/** Origins browsers may read the API from, comma-separated; unset or empty means any origin. */
const corsOrigins = (process.env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
/** Request logs are buffered and written in the background (at least every second), never on a request's path. */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }));
/** The web client's build (`npm run web:build`, run by `npm start`), served under /app. */
const webAppDir = fileURLToPath(new URL('../dist/web', import.meta.url));
/**
 * graphql-jit and the response cache (each on unless set to off), the fixed list of persisted
 * documents, and whether only those run (`PERSISTED_ONLY=on`, trusted documents).
 */
const performanceOptions = {
  jit: process.env.GRAPHQL_JIT !== 'off',
  responseCache: process.env.RESPONSE_CACHE !== 'off',
  persistedOperations: readPersistedOperations(process.env.PERSISTED_OPERATIONS_DIR ?? fileURLToPath(new URL('../examples', import.meta.url))),
  persistedOnly: process.env.PERSISTED_ONLY === 'on',
};

let dataset;
try {
  dataset = loadDataset(dataDir);
} catch (error) {
  console.error(error instanceof DataLoadError ? error.message : `Could not load the dataset: ${String(error)}`);
  process.exit(1);
}

const { yoga, listener } = createApi({ dataset, explorer, logger, corsOrigins, webAppDir, performance: performanceOptions });
const server = createHttpServer(listener);

server.listen(port, host, () => {
  logger.info(`escalation-graph serving http://${host}:${port}${yoga.graphqlEndpoint}`);
  logger.info(`web client at http://${host}:${port}${WEB_APP_PATH}`);
});

/** Stops accepting connections, lets in-flight requests finish, then exits. */
function shutDown(signal: string): void {
  logger.info(`${signal} received: closing the server`);
  const exit = () => logger.flush(() => process.exit(0));
  server.close(exit);
  server.closeIdleConnections();
  setTimeout(exit, 5000).unref();
}

process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));
