/**
 * Our server for the growth measurements: the options src/main.ts uses with its response cache
 * off (request log at info level, here into /dev/null; the fast lane in front of Yoga), and
 * before it listens, one JSON line on stdout with how long loading and indexing took and the
 * heap it keeps (after a full GC). With DATASET_SNAPSHOT_DIR, the dataset loads through a
 * snapshot kept there (written by the first start, read by the next ones).
 */
import { createServer as createHttpServer } from 'node:http';
import pino from 'pino';
import { loadDataset } from '../../src/data/load.js';
import { createApi } from '../../src/yoga.js';

const started = performance.now();
const dataset = loadDataset(process.env.DATA_DIR!, { snapshotDir: process.env.DATASET_SNAPSHOT_DIR });
const loadSeconds = (performance.now() - started) / 1000;
(globalThis as { gc?: () => void }).gc?.();
const { heapUsed, rss } = process.memoryUsage();
const logger = pino({ level: 'info' }, pino.destination('/dev/null'));
const { listener } = createApi({ dataset, logger });
console.log(
  JSON.stringify({
    loadSeconds,
    heapMB: heapUsed / 2 ** 20,
    rssMB: rss / 2 ** 20,
    articles: dataset.articles.length,
    entities: Object.values(dataset.maps).reduce((sum, map) => sum + map.size, 0),
  }),
);
createHttpServer(listener).listen(Number(process.env.PORT), '127.0.0.1');
