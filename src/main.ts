/**
 * Starts the API: reads the environment, loads and validates the dataset (refusing to start on
 * invalid data), listens, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { DataLoadError, loadDataset } from './data/load.js';
import { createServer } from './yoga.js';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const explorer = process.env.EXPLORER !== 'off';

let dataset;
try {
  dataset = loadDataset(dataDir);
} catch (error) {
  console.error(error instanceof DataLoadError ? error.message : `Could not load the dataset: ${String(error)}`);
  process.exit(1);
}

const yoga = createServer({ dataset, explorer });
const server = createHttpServer(yoga);

server.listen(port, host, () => {
  console.log(`escalation-graph serving http://${host}:${port}${yoga.graphqlEndpoint}`);
});

/** Stops accepting connections, lets in-flight requests finish, then exits. */
function shutDown(signal: string): void {
  console.log(`${signal} received: closing the server`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}

process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));
