/**
 * A compact full-text index that answers as MiniSearch does (its tokenizer, its radix tree for
 * prefix and fuzzy terms, its BM25+ scoring, its order of operations, so scores and ties are the
 * same to the last bit), with postings in typed arrays instead of a Map per term and field.
 * Ranking is left to `Ranking`, so a common word costs one pass over its postings, not a sort.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { LRUCache } from 'lru-cache';
import { IntList } from './growable.js';
import { Ranking } from './ranking.js';

/** MiniSearch's tokenizer: runs of spaces, line breaks and punctuation separate words. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** The most query terms whose expansion into index words is kept. */
const MAX_EXPANSIONS = 10_000;
/** The most documents, over all query words, whose full ranking is kept (12 bytes each). */
const MAX_RANKED_DOCUMENTS = 4_000_000;

/** MiniSearch's BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One word of a query and how it may match. */
export interface QueryTerm {
  term: string;
  /** Also match longer words that start with it. */
  prefix: boolean;
  /** Also match words this many edits away (0 for none). */
  fuzzy: number;
}

export interface QueryOptions {
  /** Boost of each field, in field order. */
  boosts: readonly number[];
  /** Weights of prefix and fuzzy matches relative to exact ones. */
  weights: { prefix: number; fuzzy: number };
  /** Only documents for which this holds are kept (scores are not affected). */
  accept?: (doc: number) => boolean;
}

/** A word of the index that a query word matches, with the weight of that match. */
interface DerivedTerm {
  id: number;
  weight: number;
}

/** The documents a query matched, ranked lazily. */
export interface Matches {
  ranking: Ranking;
  /** Matched documents, in the order they were first matched (the ranking's candidate order). */
  docs: Int32Array;
  /** The index words a document matched, for marking them in a snippet. */
  termsOf(doc: number): string[];
}

/** What an index is made of, apart from its word tree (rebuilt from `terms`): what a snapshot keeps. */
export interface InvertedIndexState {
  /** Index words by id, in first-seen order. */
  terms: string[];
  documentCount: number;
  /** `fieldLength[doc * fields + field]`: distinct words of the field, as MiniSearch counts them. */
  fieldLength: Int32Array;
  averageFieldLength: number[];
  /** Postings of term `t` in field `f` are `offsets[t * fields + f]` up to the next offset. */
  offsets: Int32Array;
  postingDocs: Int32Array;
  postingFrequencies: Int32Array;
}

/** Every document one query word matches, best first: its postings ordered by impact. */
export interface RankedWord {
  /** Matched documents in rank order. */
  docs: Int32Array;
  /** Their scores, in the same order. */
  scores: Float64Array;
  /** The index words a document matched, for marking them in a snippet. */
  termsOf(doc: number): string[];
}

export class InvertedIndex {
  private words?: SearchableMap<number>;
  private readonly terms: string[];
  private readonly documentCount: number;
  private readonly fieldLength: Int32Array;
  private readonly averageFieldLength: number[];
  private readonly offsets: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingFrequencies: Int32Array;
  /** Per-query scratch space, one slot per document, reused across queries. */
  private readonly scratch: { stamp: Int32Array; querySpec: Int32Array; specScore: Float64Array; total: Float64Array; quality: Int32Array };
  private generation = 0;
  /** Query terms already expanded into index words (see `derive`). */
  private readonly expansions = new LRUCache<string, readonly DerivedTerm[]>({ max: MAX_EXPANSIONS });
  /** Query words already ranked in full (see `rankWord`), kept by how many documents they hold. */
  private readonly rankedWords = new LRUCache<string, RankedWord>({
    maxSize: MAX_RANKED_DOCUMENTS,
    sizeCalculation: (ranked) => Math.max(1, ranked.docs.length),
  });

  /** An index over `state`, as `build` or a snapshot gives it; `fields` and `processTerm` as `build` took them. */
  constructor(
    state: InvertedIndexState,
    private readonly fields: number,
    private readonly processTerm: (term: string) => string,
  ) {
    ({
      terms: this.terms,
      documentCount: this.documentCount,
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      offsets: this.offsets,
      postingDocs: this.postingDocs,
      postingFrequencies: this.postingFrequencies,
    } = state);
    const n = this.documentCount;
    this.scratch = {
      stamp: new Int32Array(n),
      querySpec: new Int32Array(n),
      specScore: new Float64Array(n),
      total: new Float64Array(n),
      quality: new Int32Array(n),
    };
  }

  /**
   * The index words as a radix tree, for prefix and fuzzy look-ups; made at the first search.
   * Insertion in first-seen order builds the same tree as MiniSearch, so look-ups list their
   * words in the same order.
   */
  private get dictionary(): SearchableMap<number> {
    if (!this.words) {
      this.words = new SearchableMap<number>();
      this.terms.forEach((term, id) => this.words!.set(term, id));
    }
    return this.words;
  }

  /** What the index is made of (see InvertedIndexState). */
  get state(): InvertedIndexState {
    const { terms, documentCount, fieldLength, averageFieldLength, offsets, postingDocs, postingFrequencies } = this;
    return { terms, documentCount, fieldLength, averageFieldLength, offsets, postingDocs, postingFrequencies };
  }

  /**
   * Indexes `documentCount` documents numbered from 0, each given by `textsOf` as its field texts
   * in field order (asked once per document, so no document needs to outlive its indexing).
   * Words are split as MiniSearch splits them and kept as `processTerm` returns them (dropped
   * when it returns an empty string).
   */
  static build(
    documentCount: number,
    textsOf: (doc: number) => readonly string[],
    fields: number,
    processTerm: (term: string) => string,
  ): InvertedIndex {
    const fieldLength = new Int32Array(documentCount * fields);
    const averageFieldLength = new Array<number>(fields).fill(0);
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    // Each distinct raw word is folded once; `rawTerm` is its term id, or -1 when it folds to nothing.
    const rawIds = new Map<string, number>();
    const rawTerm = new IntList();
    const rawSeen = new IntList();
    const termSeen = new IntList();
    const termFrequency = new IntList();
    // Postings in the order found: (term and field, frequency) pairs, and where each document's pairs begin.
    const found = { key: new IntList(1 << 16), frequency: new IntList(1 << 16), docStart: new Int32Array(documentCount + 1) };
    const touched: number[] = [];
    let stamp = 0;
    for (let doc = 0; doc < documentCount; doc++) {
      const texts = textsOf(doc);
      found.docStart[doc] = found.key.length;
      for (let field = 0; field < fields; field++) {
        stamp++;
        let distinct = 0;
        touched.length = 0;
        for (const token of texts[field].split(SPACE_OR_PUNCTUATION)) {
          let raw = rawIds.get(token);
          if (raw === undefined) {
            raw = rawIds.size;
            rawIds.set(token, raw);
            rawSeen.push(0);
            const term = processTerm(token);
            let id = term ? termIds.get(term) : -1;
            if (id === undefined) {
              id = terms.length;
              termIds.set(term, id);
              terms.push(term);
              termSeen.push(0);
              termFrequency.push(0);
            }
            rawTerm.push(id);
          }
          if (rawSeen.at(raw) !== stamp) {
            rawSeen.set(raw, stamp);
            distinct++;
          }
          const id = rawTerm.at(raw);
          if (id < 0) continue;
          if (termSeen.at(id) !== stamp) {
            termSeen.set(id, stamp);
            termFrequency.set(id, 0);
            touched.push(id);
          }
          termFrequency.set(id, termFrequency.at(id) + 1);
        }
        fieldLength[doc * fields + field] = distinct;
        // MiniSearch's running average, operation for operation.
        averageFieldLength[field] = (averageFieldLength[field] * doc + distinct) / (doc + 1);
        for (const id of touched) {
          found.key.push(id * fields + field);
          found.frequency.push(termFrequency.at(id));
        }
      }
    }
    found.docStart[documentCount] = found.key.length;

    // Counting sort of the postings by term and field; each list stays in document order.
    const offsets = new Int32Array(terms.length * fields + 1);
    for (let i = 0; i < found.key.length; i++) offsets[found.key.at(i) + 1]++;
    for (let i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
    const next = offsets.slice(0, -1);
    const postingDocs = new Int32Array(found.key.length);
    const postingFrequencies = new Int32Array(found.key.length);
    for (let doc = 0; doc < documentCount; doc++) {
      for (let i = found.docStart[doc]; i < found.docStart[doc + 1]; i++) {
        const at = next[found.key.at(i)]++;
        postingDocs[at] = doc;
        postingFrequencies[at] = found.frequency.at(i);
      }
    }
    const state = { terms, documentCount, fieldLength, averageFieldLength, offsets, postingDocs, postingFrequencies };
    return new InvertedIndex(state, fields, processTerm);
  }

  /** The words of a query, split and processed as the indexed texts were. */
  queryTerms(query: string): string[] {
    return query
      .split(SPACE_OR_PUNCTUATION)
      .map((term) => this.processTerm(term))
      .filter((term) => !!term);
  }

  /**
   * Documents matching any of the query terms, scored as MiniSearch scores an OR query: per
   * term, the BM25+ score of every index word it matches (exact, then prefix, then fuzzy) in
   * every field, weighted; summed over terms; times the number of distinct terms matched.
   */
  search(query: readonly QueryTerm[], options: QueryOptions): Matches {
    const { stamp, querySpec, specScore, total, quality } = this.scratch;
    const generation = ++this.generation;
    const derived = query.map((spec) => this.derive(spec, options.weights));
    // A document's quality counts distinct words. Repeats of a word match a subset of what its
    // last occurrence matches (only the last word of a query is a prefix), so the last counts.
    const counted = query.map((spec, i) => !query.some((other, j) => j > i && other.term === spec.term));
    const matched = new IntList();
    const inSpec = new IntList();
    derived.forEach((terms, spec) => {
      inSpec.length = 0;
      for (const { id, weight } of terms) {
        for (let field = 0; field < this.fields; field++) {
          const from = this.offsets[id * this.fields + field];
          const to = this.offsets[id * this.fields + field + 1];
          if (from === to) continue;
          const factor = weight * options.boosts[field];
          const average = this.averageFieldLength[field];
          const matching = to - from;
          const inverseFrequency = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
          const { k, b, d } = BM25;
          for (let at = from; at < to; at++) {
            const doc = this.postingDocs[at];
            const frequency = this.postingFrequencies[at];
            const length = this.fieldLength[doc * this.fields + field];
            const score = factor * (inverseFrequency * (d + frequency * (k + 1) / (frequency + k * (1 - b + b * length / average))));
            if (stamp[doc] !== generation) {
              stamp[doc] = generation;
              total[doc] = 0;
              quality[doc] = 0;
              querySpec[doc] = -1;
              matched.push(doc);
            }
            if (querySpec[doc] !== spec) {
              querySpec[doc] = spec;
              specScore[doc] = score;
              inSpec.push(doc);
            } else {
              specScore[doc] += score;
            }
          }
        }
      }
      // Terms combine as MiniSearch's OR does: the running sum plus this term's sum.
      for (let i = 0; i < inSpec.length; i++) {
        const doc = inSpec.at(i);
        total[doc] = total[doc] + specScore[doc];
        if (counted[spec]) quality[doc]++;
      }
    });
    const accepted = new IntList();
    for (let i = 0; i < matched.length; i++) {
      const doc = matched.at(i);
      if (!options.accept || options.accept(doc)) accepted.push(doc);
    }
    const docs = accepted.toArray();
    const scores = new Float64Array(docs.length);
    docs.forEach((doc, i) => (scores[i] = total[doc] * (quality[doc] || 1)));
    const allTerms = derived.flat();
    return {
      ranking: new Ranking(scores),
      docs,
      termsOf: (doc) => [...new Set(allTerms.filter(({ id }) => this.contains(id, doc)).map(({ id }) => this.terms[id]))],
    };
  }

  /**
   * The documents a one-word query matches, ranked in full (score, then the order in which
   * `search` first matches them, as `Ranking` orders them). A word's ranking never changes, so
   * it is made once, on first use, and kept: a page of a common word then costs its length, not
   * a pass over the word's postings.
   */
  rankWord(spec: QueryTerm, options: Omit<QueryOptions, 'accept'>): RankedWord {
    const key = `${spec.term}\u0000${spec.prefix}\u0000${spec.fuzzy}\u0000${options.weights.prefix}\u0000${options.weights.fuzzy}\u0000${options.boosts.join()}`;
    let ranked = this.rankedWords.get(key);
    if (!ranked) {
      const matches = this.search([spec], options);
      const order = matches.ranking.order();
      ranked = {
        docs: Int32Array.from(order, (candidate) => matches.docs[candidate]),
        scores: Float64Array.from(order, (candidate) => matches.ranking.scoreOf(candidate)),
        termsOf: matches.termsOf,
      };
      this.rankedWords.set(key, ranked);
    }
    return ranked;
  }

  /**
   * The index words a query term matches, in MiniSearch's order, with their weights. The words
   * never change, so each expansion (a walk of the word tree, costly with two typos) is kept.
   */
  private derive(spec: QueryTerm, weights: QueryOptions['weights']): readonly DerivedTerm[] {
    const key = `${spec.term}\u0000${spec.prefix}\u0000${spec.fuzzy}\u0000${weights.prefix}\u0000${weights.fuzzy}`;
    let derived = this.expansions.get(key);
    if (!derived) this.expansions.set(key, (derived = this.expand(spec, weights)));
    return derived;
  }

  private expand(spec: QueryTerm, weights: QueryOptions['weights']): DerivedTerm[] {
    const derived: DerivedTerm[] = [];
    const exact = this.dictionary.get(spec.term);
    if (exact !== undefined) derived.push({ id: exact, weight: 1 });
    const fuzzy = spec.fuzzy ? this.dictionary.fuzzyGet(spec.term, spec.fuzzy) : undefined;
    if (spec.prefix) {
      for (const [term, id] of this.dictionary.atPrefix(spec.term)) {
        const distance = term.length - spec.term.length;
        if (!distance) continue;
        // A word found both ways counts as a prefix match.
        fuzzy?.delete(term);
        derived.push({ id, weight: (weights.prefix * term.length) / (term.length + 0.3 * distance) });
      }
    }
    for (const [term, [id, distance]] of fuzzy ?? []) {
      if (distance) derived.push({ id, weight: (weights.fuzzy * term.length) / (term.length + distance) });
    }
    return derived;
  }

  /** True when document `doc` has term `id` in any field (postings are in document order). */
  private contains(id: number, doc: number): boolean {
    for (let field = 0; field < this.fields; field++) {
      let low = this.offsets[id * this.fields + field];
      let high = this.offsets[id * this.fields + field + 1];
      while (low < high) {
        const middle = (low + high) >> 1;
        if (this.postingDocs[middle] < doc) low = middle + 1;
        else high = middle;
      }
      if (low < this.offsets[id * this.fields + field + 1] && this.postingDocs[low] === doc) return true;
    }
    return false;
  }
}
