/**
 * Which documents have been seen before. Compiling a document (graphql-jit) and admitting it to
 * the fast lane cost memory and time that only pay off when it comes again, so both wait for
 * its second sighting: a one-off document costs a hash to remember. Persisted documents count
 * as seen from the start.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/** Documents seen once, by hash (about 150 bytes each with the cache's bookkeeping: 15 MB at most). */
const MAX_SEEN_ONCE = 100_000;
/** Characters of the documents seen more than once, kept by text for a quick look-up. */
const REPEATED_CHARACTERS = 8 * 2 ** 20;

export class Sightings {
  private readonly seenOnce = new LRUCache<string, true>({ max: MAX_SEEN_ONCE });
  private readonly repeated = new LRUCache<string, true>({ maxSize: REPEATED_CHARACTERS, sizeCalculation: (_value, query) => Math.max(1, query.length) });

  /** `known`: documents persisted in advance. */
  constructor(private readonly known: ReadonlySet<string> = new Set()) {}

  /** Notes a sighting of `query`, once per request. */
  sight(query: string): void {
    if (this.isRepeated(query)) return;
    const key = createHash('sha256').update(query).digest('base64');
    if (this.seenOnce.has(key)) this.repeated.set(query, true);
    else this.seenOnce.set(key, true);
  }

  /** Whether `query` is persisted or has been seen on more than one request. */
  isRepeated(query: string): boolean {
    return this.known.has(query) || this.repeated.has(query);
  }

  /** The plugin that notes every request's document once its parameters are read. */
  plugin(): Plugin {
    return {
      onParams: ({ params }) => {
        if (typeof params.query === 'string') this.sight(params.query);
      },
    };
  }
}
