/**
 * Full-text search over every entity and the article texts: BM25+ ranking with prefix and fuzzy
 * matching, as MiniSearch ranks (see inverted-index.ts). The index is built once, when the
 * dataset is loaded; a query ranks only as many hits as are read.
 */
import { entityTypeOf } from './entities.js';
import { IntList } from './growable.js';
import { InvertedIndex, type InvertedIndexState, type RankedWord } from './inverted-index.js';
import { lazyList } from './lazy-list.js';
import type { Entity, EntityTypename } from './model.js';
import { fold } from './text.js';

/** Field weights, in field order (name, title, body): names and aliases above titles above body text. */
const FIELD_BOOSTS = [4, 2, 1];
/** Weights of prefix and typo matches relative to exact ones. */
const MATCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.75 };
/** Characters of context on each side of the first match in a snippet. */
const SNIPPET_CONTEXT = 70;

export interface SearchHit {
  entity: Entity;
  score: number;
  /** HTML-escaped text with each matched word wrapped in `<mark>`…`</mark>`. */
  snippet: string;
}

/**
 * Folds `text` and keeps, for each folded character, the index of its source character. Runs of
 * ASCII are folded (lower-cased) whole; only the other characters are folded one by one.
 */
function foldWithMap(text: string): { folded: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let index = 0;
  while (index < text.length) {
    let end = index;
    while (end < text.length && text.charCodeAt(end) < 0x80) end++;
    if (end > index) {
      parts.push(text.slice(index, end).toLowerCase());
      for (; index < end; index++) map.push(index);
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const piece = fold(char);
    parts.push(piece);
    for (let i = 0; i < piece.length; i++) map.push(index);
    index += char.length;
  }
  map.push(index);
  return { folded: parts.join(''), map };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Source ranges where any of the (folded) terms occurs as a whole word. The terms are the
 * document's own matched words (MiniSearch's `terms`, after prefix and typo expansion), so a
 * word that merely starts with one ("s" of "Korea's" in "soldiers") did not match and is not marked.
 */
function findTerms(text: string, terms: string[]): [number, number][] {
  const { folded, map } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (at > 0 && WORD_CHAR.test(folded[at - 1])) continue;
      const end = at + term.length;
      if (end < folded.length && WORD_CHAR.test(folded[end])) continue;
      ranges.push([map[at], map[end]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((range, i) => i === 0 || range[0] >= ranges[i - 1][1]);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A window of `text` around its first match, matches marked, the rest HTML-escaped. */
function snippetOf(text: string, ranges: [number, number][]): string {
  let from = Math.max(0, ranges[0][0] - SNIPPET_CONTEXT);
  let to = Math.min(text.length, ranges[0][1] + SNIPPET_CONTEXT * 2);
  while (from > 0 && WORD_CHAR.test(text[from - 1])) from--;
  while (to < text.length && WORD_CHAR.test(text[to])) to++;
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of ranges) {
    if (start < from || end > to) continue;
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  out += escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
  return out.replace(/\s*\n\s*/g, ' ');
}

/** Allowed typos per query term: none for short words, one from 4 letters, two from 6. */
function typosFor(term: string): number {
  return term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0;
}

/** A search hit; its snippet is cut when first read, so a page of ten cuts ten snippets. */
class Hit implements SearchHit {
  private cut?: string;

  constructor(
    readonly entity: Entity,
    readonly score: number,
    private readonly matchedTerms: () => string[],
  ) {}

  get snippet(): string {
    return (this.cut ??= snippetFor(this.entity, this.matchedTerms()));
  }
}

export class SearchIndex {
  private readonly index: InvertedIndex;
  /** Every indexed entity, by document number. */
  private readonly entities: Entity[];
  /** Each ranked word's hits by entity type, counted when a search by type first needs them. */
  private readonly typeCounts = new WeakMap<RankedWord, Map<string, number>>();

  /**
   * @param entities every entity, in registry order: a document's number is its place here.
   * @param state the index built before over these same entities (from a snapshot), if any.
   */
  constructor(entities: Entity[], state?: InvertedIndexState) {
    this.entities = entities;
    this.index = state
      ? new InvertedIndex(state, FIELD_BOOSTS.length, fold)
      : InvertedIndex.build(
          this.entities.length,
          (doc) => {
            const entity = this.entities[doc];
            const { name, title, body } = entityTypeOf(entity).document(entity);
            return [name, title, body];
          },
          FIELD_BOOSTS.length,
          fold,
        );
  }

  /**
   * The hits of a one-word query, from the word's full ranking: those of the `wanted` types
   * (all when null) in the same order. A page reads the ranking only as far as its last hit.
   */
  private wordHits(ranked: RankedWord, wanted: ReadonlySet<string> | null): readonly SearchHit[] {
    const hitAt = (at: number) => new Hit(this.entities[ranked.docs[at]], ranked.scores[at], () => ranked.termsOf(ranked.docs[at]));
    if (!wanted) return lazyList(ranked.docs.length, hitAt);
    let counts = this.typeCounts.get(ranked);
    if (!counts) this.typeCounts.set(ranked, (counts = countsByType(ranked, this.entities)));
    const length = [...wanted].reduce((sum, typename) => sum + (counts.get(typename) ?? 0), 0);
    // The places in the ranking of the wanted hits found so far.
    const kept = new IntList(16);
    let scanned = 0;
    return lazyList(length, (rank) => {
      for (; kept.length <= rank; scanned++) {
        if (wanted.has(this.entities[ranked.docs[scanned]].typename)) kept.push(scanned);
      }
      return hitAt(kept.at(rank));
    });
  }

  /** What the word index is made of, for a snapshot. */
  get state(): InvertedIndexState {
    return this.index.state;
  }

  /**
   * Ranked hits for `query`, optionally only of some entity types, best first. The list is
   * ranked as far as it is read: its length is the number of hits, and reading hit `i` ranks
   * only the best `i + 1` or so.
   */
  search(query: string, types?: EntityTypename[]): readonly SearchHit[] {
    const wanted = types?.length ? new Set<string>(types) : null;
    const terms = this.index.queryTerms(query);
    const specs = terms.map((term, index) => ({
      term,
      // Only the last word is read as a prefix, as in type-ahead: "real war" should not match "warheads".
      prefix: index === terms.length - 1 && term.length >= 3,
      fuzzy: typosFor(term),
    }));
    if (specs.length === 1) return this.wordHits(this.index.rankWord(specs[0], { boosts: FIELD_BOOSTS, weights: MATCH_WEIGHTS }), wanted);
    const matches = this.index.search(specs, {
      boosts: FIELD_BOOSTS,
      weights: MATCH_WEIGHTS,
      accept: wanted ? (doc) => wanted.has(this.entities[doc].typename) : undefined,
    });
    return lazyList(matches.docs.length, (rank) => {
      const candidate = matches.ranking.candidateAt(rank);
      const doc = matches.docs[candidate];
      return new Hit(this.entities[doc], matches.ranking.scoreOf(candidate), () => matches.termsOf(doc));
    });
  }
}

/** How many of a ranked word's documents are of each entity type. */
function countsByType(ranked: RankedWord, entities: readonly Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of ranked.docs) counts.set(entities[doc].typename, (counts.get(entities[doc].typename) ?? 0) + 1);
  return counts;
}

/** The snippet of a hit: around the first of its matched terms in the entity's texts. */
function snippetFor(entity: Entity, matched: string[]): string {
  const terms = [...new Set(matched)].sort((a, b) => b.length - a.length);
  const sources = entityTypeOf(entity).snippetSources(entity);
  for (const text of sources) {
    const ranges = findTerms(text, terms);
    if (ranges.length) return snippetOf(text, ranges);
  }
  return escapeHtml(sources[0].slice(0, 160));
}
