/**
 * The word index (src/data/inverted-index.ts) stands in for MiniSearch's own index, which took
 * half the heap at 10,000× the seed and scored and sorted every hit. It must rank exactly as
 * MiniSearch does with the options search used: the same hits, in the same order, with the
 * same scores, for exact words, prefixes, typos, several words and words it does not know.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../src/data/inverted-index.js';
import { fold } from '../src/data/text.js';
import { dataset } from './helpers.js';

/** The seed's texts as documents of three fields, as search weighs them: names, titles, bodies. */
const documents = [
  ...dataset.articles.map((a) => [a.title, a.subtitle ?? '', a.body]),
  ...dataset.actors.map((a) => [[a.name, ...a.aliases].join(' \n '), a.role ?? '', `${a.description ?? ''} \n ${a.mentions.map((m) => m.exact).join(' \n ')}`]),
  ...dataset.events.map((e) => ['', e.title, `${e.summary} \n ${e.evidence.map((s) => s.exact).join(' \n ')}`]),
  ...dataset.statements.map((s) => ['', s.text, s.evidence.map((e) => e.exact).join(' \n ')]),
];

const typosFor = (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0);
const WEIGHTS = { fuzzy: 0.45, prefix: 0.75 };

const reference = new MiniSearch<{ id: number; name: string; title: string; body: string }>({
  fields: ['name', 'title', 'body'],
  processTerm: fold,
  searchOptions: {
    boost: { name: 4, title: 2, body: 1 },
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
    fuzzy: typosFor,
    weights: WEIGHTS,
  },
});
reference.addAll(documents.map(([name, title, body], id) => ({ id, name, title, body })));

const index = InvertedIndex.build(documents.length, (doc) => documents[doc], 3, fold);

/** Every hit of `query` in rank order, with its score. */
function ranked(query: string): [number, number][] {
  const terms = index.queryTerms(query);
  const { ranking, docs } = index.search(
    terms.map((term, i) => ({ term, prefix: i === terms.length - 1 && term.length >= 3, fuzzy: typosFor(term) })),
    { boosts: [4, 2, 1], weights: WEIGHTS },
  );
  return Array.from({ length: docs.length }, (_, rank) => {
    const candidate = ranking.candidateAt(rank);
    return [docs[candidate], ranking.scoreOf(candidate)];
  });
}

const QUERIES = [
  'artillery',
  'Kim Jong Un',
  'kursk',
  'pyong',
  'Lavorv',
  'nuclear weapons',
  'real war',
  'missile test',
  'Rüssia',
  'soldiers',
  'the',
  'zzzz-not-a-word',
  'hwasong ICBM 5,500',
];

describe('the word index', () => {
  it.each(QUERIES)('ranks "%s" exactly as MiniSearch does', (query) => {
    const expected = reference.search(query).map((result) => [result.id, result.score]);
    expect(ranked(query)).toEqual(expected);
  });

  it.each(QUERIES.filter((query) => index.queryTerms(query).length === 1))('ranks the one word "%s" in full as MiniSearch does, once and from then on', (query) => {
    const [term] = index.queryTerms(query);
    const spec = { term, prefix: term.length >= 3, fuzzy: typosFor(term) };
    const expected = reference.search(query).map((result) => [result.id, result.score]);
    for (let time = 0; time < 2; time++) {
      const { docs, scores } = index.rankWord(spec, { boosts: [4, 2, 1], weights: WEIGHTS });
      expect(Array.from(docs, (doc, rank) => [doc, scores[rank]])).toEqual(expected);
    }
  });

  it('finds something for most of the queries above (the comparison is not between two empty lists)', () => {
    expect(QUERIES.filter((query) => ranked(query).length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 2);
  });
});
