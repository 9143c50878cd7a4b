/**
 * Validates the dataset: `npm run data:check [-- --dir <path>]`. Prints a one-line summary and
 * exits 0, or prints every problem as `file: path: reason` on stderr and exits 1.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset } from '../src/data/dataset.js';
import { ENTITY_LIST, nounOf } from '../src/data/entities.js';
import { loadDataset } from '../src/data/load.js';

/** The repo's data/ folder, found from this file rather than the working directory. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** The folder to check: `--dir <path>` (relative to the working directory) or the repo's data/. */
function dataDir(args: string[]): string {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' } } });
  return values.dir === undefined ? DEFAULT_DATA_DIR : resolve(values.dir);
}

/** How many evidence spans the dataset resolved: every mention and every piece of evidence. */
function evidenceSpanCount(dataset: Dataset): number {
  let total = 0;
  for (const entry of ENTITY_LIST) for (const entity of dataset.listOf(entry.collection)) total += entry.spans(entity).length;
  return total;
}

/** The one-line summary printed when the dataset is valid. */
function summary(dataset: Dataset): string {
  const counts = ENTITY_LIST.map((entry) => `${dataset.listOf(entry.collection).length} ${nounOf(entry.typename)}s`);
  return `data ok: ${counts.join(', ')}; ${evidenceSpanCount(dataset)} evidence spans`;
}

/** Runs the check and returns the process exit code. */
function main(args: string[]): number {
  try {
    console.log(summary(loadDataset(dataDir(args))));
    return 0;
  } catch (error) {
    // A DataLoadError's message already lists every problem as `file: path: reason`; other
    // errors (an unreadable folder, a bad argument) are reported by their message alone.
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
