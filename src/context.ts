/**
 * The per-request context. Pothos's dataloader plugin keys its DataLoaders on this object, so a
 * fresh context per request gives every request its own batching and cache: nothing a request
 * loads can leak into another, and nothing is cached across requests.
 */
import type { Dataset } from './data/dataset.js';

export interface Context {
  dataset: Dataset;
  /** How many batched look-ups this request made against the dataset (observability, N+1 tests). */
  stats: { batches: number };
}

/** Creates the context for one request over the given dataset. */
export function createContext(dataset: Dataset): Context {
  return { dataset, stats: { batches: 0 } };
}
