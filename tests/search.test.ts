/**
 * `search(query:, types:, first:, after:)`: relevance ranking with names above titles above body
 * text, prefixes, typos, accent and case folding, the `types` filter, highlighted HTML-escaped
 * snippets, scores, totalCount, cursor paging, punctuation as plain text, and bad queries.
 */
import { describe, expect, it } from 'vitest';
import { query, request, type GraphQLResponse } from './helpers.js';
import { folded, raw } from './seed.js';

const NODE = `__typename
  ... on Article { slug title }
  ... on Actor { slug name }
  ... on Statement { slug text }
  ... on Event { slug title }
  ... on WeaponSystem { slug name }
  ... on Place { slug name }`;

const SEARCH = `query ($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    edges { cursor score snippet node { ${NODE} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  cursor: string;
  score: number;
  snippet: string;
  node: { __typename: string; slug: string; name?: string; title?: string; text?: string };
}

interface Results {
  totalCount: number;
  edges: Hit[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs a search that must succeed. */
async function search(q: string, options: { types?: string[]; first?: number; after?: string } = {}): Promise<Results> {
  return (await query(SEARCH, { q, first: 100, ...options })).search;
}

/** `Typename:slug` of each hit, for readable comparisons. */
const keys = (hits: Hit[]) => hits.map((h) => `${h.node.__typename}:${h.node.slug}`);

/** The snippet with its <mark> tags removed and its HTML entities decoded. */
const plain = (snippet: string) =>
  snippet
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The marked words of a snippet. */
const marked = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

/** The texts of an entity in the JSON (names, titles, descriptions, evidence) that a snippet may come from. */
function sourcesOf(typename: string, slug: string): string[] {
  const lists: Record<string, any[]> = {
    Actor: raw.actors,
    Place: raw.places,
    WeaponSystem: raw.weaponSystems,
    Event: raw.events,
    Statement: raw.statements,
  };
  if (typename === 'Article') return [raw.article.title, raw.body];
  const record = lists[typename].find((item) => item.slug === slug);
  return [record.name, record.title, record.text, record.summary, record.description, ...(record.aliases ?? []), ...(record.evidence ?? []).map((e: { exact: string }) => e.exact)].filter(
    (text): text is string => typeof text === 'string',
  );
}

/** Asserts a single BAD_USER_INPUT error naming `query`, and no results. */
function expectBadQuery(result: GraphQLResponse) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors![0].extensions?.argumentName).toBe('query');
  expect(result.errors![0].message).toContain('`query`');
  expect(result.data?.search).toBeUndefined();
}

describe('ranking', () => {
  it('"Lavrov": the actor Sergey Lavrov first (a name), then the talks (a title), then texts that mention him', async () => {
    const { edges } = await search('Lavrov');
    expect(keys(edges).slice(0, 2)).toEqual(['Actor:sergey-lavrov', 'Event:kim-lavrov-talks']);
    expect(keys(edges)).toEqual(expect.arrayContaining(['Statement:kim-full-support-for-russia', 'Article:kim-real-war-2025-07']));
  });

  it('"Putin": the actor above the event whose title names him', async () => {
    const found = keys((await search('Putin')).edges);
    expect(found[0]).toBe('Actor:vladimir-putin');
    expect(found.indexOf('Event:putin-visit-to-pyongyang')).toBeGreaterThan(0);
  });

  it.each([
    ['Kim', 'Actor:kim-jong-un'],
    ['KCNA', 'Actor:kcna'],
    ['nuclear forces', 'WeaponSystem:nuclear-weapons'],
    ['Kursk province', 'Place:kursk-province'],
  ])('%j: the entity of that name or alias first (%s)', async (q, first) => {
    expect(keys((await search(q)).edges)[0]).toBe(first);
  });

  it('scores are positive and in descending order; totalCount is the number of hits', async () => {
    for (const q of ['Kim', 'nuclear', 'Kursk', 'real war']) {
      const { edges, totalCount } = await search(q);
      expect(totalCount).toBe(edges.length);
      expect(totalCount).toBeGreaterThan(0);
      for (const [i, hit] of edges.entries()) {
        expect(hit.score).toBeGreaterThan(0);
        if (i > 0) expect(hit.score).toBeLessThanOrEqual(edges[i - 1].score);
      }
    }
  });

  it('every entity whose text contains the word is found ("binoculars" is only in the evidence of the contest and the article)', async () => {
    expect(keys((await search('binoculars')).edges).sort()).toEqual(['Article:kim-real-war-2025-07', 'Event:artillery-firing-contest']);
  });

  it('a word found nowhere gives no results and a zero totalCount', async () => {
    const results = await search('qqqqqqqq');
    expect(results.totalCount).toBe(0);
    expect(results.edges).toEqual([]);
    expect(results.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('matching', () => {
  it('prefix: "pyong" finds Pyongyang, the place first', async () => {
    const found = keys((await search('pyong')).edges);
    expect(found[0]).toBe('Place:pyongyang');
    expect(found).toEqual(expect.arrayContaining(['Actor:north-korea', 'Event:putin-visit-to-pyongyang', 'Actor:pyongyang-state-media']));
  });

  it('one typo: "Lavorv", "Putn", "Kursc" find Lavrov, Putin and Kursk', async () => {
    expect(keys((await search('Lavorv')).edges)[0]).toBe('Actor:sergey-lavrov');
    expect(keys((await search('Lavorv')).edges)).toContain('Event:kim-lavrov-talks');
    expect(keys((await search('Putn')).edges)[0]).toBe('Actor:vladimir-putin');
    expect(keys((await search('Kursc', { types: ['PLACE'] })).edges)[0]).toBe('Place:kursk-province');
  });

  it('two typos in a word of six letters or more: "Sirgei" finds Sergey Lavrov, "Pyongyanq" and "Pjongyanq" find Pyongyang', async () => {
    expect(keys((await search('Sirgei')).edges)[0]).toBe('Actor:sergey-lavrov');
    expect(keys((await search('Pjongyanq', { types: ['PLACE'] })).edges)).toEqual(['Place:pyongyang']);
  });

  it('accent and case folding: "SÉOUL" gives exactly what "seoul" gives, South Korea (its alias) first', async () => {
    const accented = await search('SÉOUL');
    const plainCase = await search('seoul');
    expect(keys(accented.edges)[0]).toBe('Actor:south-korea');
    expect(keys(accented.edges)).toEqual(keys(plainCase.edges));
    expect(accented.edges.map((e) => e.score)).toEqual(plainCase.edges.map((e) => e.score));
    expect(keys(accented.edges)).toContain('Statement:seoul-north-korean-casualties');
  });

  it('curly and straight quotes are the same: "‘real war’" and "\'real war\'" find the same things', async () => {
    expect(keys((await search('‘real war’')).edges)).toEqual(keys((await search("'real war'")).edges));
  });
});

describe('types', () => {
  it('limits results to the types asked for', async () => {
    const events = await search('Kim', { types: ['EVENT'] });
    expect(events.totalCount).toBeGreaterThan(0);
    expect(new Set(events.edges.map((e) => e.node.__typename))).toEqual(new Set(['Event']));
    const mixed = await search('pyong', { types: ['ACTOR', 'PLACE'] });
    expect(new Set(mixed.edges.map((e) => e.node.__typename))).toEqual(new Set(['Actor', 'Place']));
    const all = await search('pyong');
    expect(keys(mixed.edges)).toEqual(keys(all.edges).filter((k) => k.startsWith('Actor:') || k.startsWith('Place:')));
  });

  it('finds weapon systems by alias and statements by their text', async () => {
    expect(keys((await search('ICBM', { types: ['WEAPON_SYSTEM'] })).edges)[0]).toBe('WeaponSystem:solid-fuel-icbm');
    expect(keys((await search('counteraction posture', { types: ['STATEMENT'] })).edges)[0]).toBe(
      'Statement:nuclear-counteraction-posture-indefinitely',
    );
    expect((await search('Lavrov', { types: ['ARTICLE'] })).edges.map((e) => e.node.slug)).toEqual(['kim-real-war-2025-07']);
  });

  it('an empty types list means every type', async () => {
    expect(keys((await search('pyong', { types: [] })).edges)).toEqual(keys((await search('pyong')).edges));
  });
});

describe('snippets', () => {
  it('mark the matched word, even when the query had a typo or a prefix', async () => {
    const [lavrov] = (await search('Lavorv')).edges;
    expect(lavrov.snippet).toContain('<mark>Lavrov</mark>');
    const [pyongyang] = (await search('pyong', { types: ['PLACE'] })).edges;
    expect(pyongyang.snippet).toBe('<mark>Pyongyang</mark>');
  });

  it('mark only the words that matched: "Korea\'s" marks "Korea" and the lone "s", not every word starting with s', async () => {
    const { edges } = await search("Korea's", { types: ['STATEMENT', 'EVENT'] });
    const words = edges.flatMap((e) => marked(e.snippet)).map(folded);
    expect(words).toEqual(expect.arrayContaining(['korea', 's']));
    for (const word of words) expect(word === 's' || word.startsWith('korea'), word).toBe(true);
  });

  it('are HTML-escaped, and apart from the marks are the entity\'s own text or evidence', async () => {
    const { edges } = await search('"real war"');
    expect(edges.length).toBeGreaterThan(3);
    for (const hit of edges) {
      // Only <mark> tags; every quote, apostrophe and ampersand escaped.
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
      expect(hit.snippet.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      expect(marked(hit.snippet).length).toBeGreaterThan(0);
      const text = plain(hit.snippet).replace(/^…|…$/g, '');
      const own = sourcesOf(hit.node.__typename, hit.node.slug).some((source) => source.replace(/\s*\n\s*/g, ' ').includes(text));
      expect(own, `${hit.node.slug}: ${text}`).toBe(true);
    }
    // Where the words stand together, both are marked.
    for (const slug of ['headline-real-war-threat', 'ready-for-real-war', 'caption-ready-for-real-war-at-any-time']) {
      expect(marked(edges.find((e) => e.node.slug === slug)!.snippet).map(folded)).toEqual(expect.arrayContaining(['real', 'war']));
    }
    const ready = edges.find((e) => e.node.slug === 'ready-for-real-war')!;
    expect(ready.snippet).toContain('&quot;for <mark>real</mark> <mark>war</mark>&quot;');
    const headline = edges.find((e) => e.node.slug === 'kim-real-war-2025-07')!;
    expect(headline.snippet).toContain('N. Korea&#39;s Kim');
  });
});

describe('paging', () => {
  it('walking `first: 2` + `after` gives exactly the one big page', async () => {
    const whole = await search('Korea');
    expect(whole.totalCount).toBeGreaterThan(6);
    const walked: string[] = [];
    let after: string | undefined;
    for (let step = 0; step < whole.totalCount; step++) {
      const page = await search('Korea', { first: 2, after });
      expect(page.totalCount).toBe(whole.totalCount);
      walked.push(...keys(page.edges));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(keys(whole.edges));
  });

  it('a cursor of another search is refused', async () => {
    const other = await search('Kim', { first: 1 });
    const result = await request(SEARCH, { q: 'Putin', after: other.pageInfo.endCursor });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the page size is bounded like every list: `first: 101` is BAD_USER_INPUT', async () => {
    const result = await request(SEARCH, { q: 'Kim', first: 101 });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('punctuation and bad queries', () => {
  it.each(['.*', '(', '"real war"', '[KCNA/AFP]', 'Korea\'s "nuclear" forces?', '\\', '$^|+', 'a:b', 'Kim -Jong', '*'])(
    '%s is plain text: no error',
    async (q) => {
      const result = await request(SEARCH, { q, first: 100 });
      expect(result.errors).toBeUndefined();
      expect(result.data.search.totalCount).toBe(result.data.search.edges.length);
    },
  );

  it('quotes and brackets do not change what is found', async () => {
    expect(keys((await search('"real war"')).edges)).toEqual(keys((await search('real war')).edges));
    const kcna = await search('[KCNA/AFP]');
    expect(keys(kcna.edges)).toEqual(keys((await search('KCNA AFP')).edges));
    expect(keys(kcna.edges)).toEqual(expect.arrayContaining(['Actor:kcna', 'Actor:afp']));
  });

  it.each(['', ' ', '   \t\n  '])('an empty or whitespace-only query (%j) is BAD_USER_INPUT', async (q) => {
    expectBadQuery(await request(SEARCH, { q }));
  });

  it('a query of 257 characters is BAD_USER_INPUT; 256 is fine', async () => {
    expectBadQuery(await request(SEARCH, { q: 'Kim '.repeat(64) + 'K' }));
    const ok = await request(SEARCH, { q: 'Kim '.repeat(64) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.search.totalCount).toBeGreaterThan(0);
  });
});
