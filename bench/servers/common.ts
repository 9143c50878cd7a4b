/** What every benchmark server shares: its port and the dataset it serves, from the environment. */
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/data/load.js';

export const port = Number(process.env.PORT ?? 4000);
export const host = '127.0.0.1';
export const dataset = loadDataset(process.env.DATA_DIR ?? fileURLToPath(new URL('../../data', import.meta.url)));
