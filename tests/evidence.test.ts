/**
 * Evidence through the API: every span of every statement, event and mention is the exact text
 * at its UTF-16 offsets in the article body the API serves, with up to 32 characters of context,
 * and that body is the file on disk, byte for byte, under its sha256 digest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, query } from './helpers.js';

const ARTICLE = 'kim-real-war-2025-07';
const BODY_FILE = join(DATA_DIR, 'articles', ARTICLE, 'body.txt');

const SPAN = 'start end exact prefix suffix article { slug body bodyDigest }';

interface Span {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  article: { slug: string; body: string; bodyDigest: string };
}

/** Every entity of a root list with its spans (`field` is `evidence` or `mentions`). */
async function spansOf(list: string, field: 'evidence' | 'mentions') {
  const data = await query(`{ ${list}(first: 100) { totalCount edges { node { slug ${field} { ${SPAN} } } } } }`);
  const nodes = data[list].edges.map((e: any) => e.node) as { slug: string; [key: string]: any }[];
  expect(nodes).toHaveLength(data[list].totalCount);
  return nodes.map((node) => ({ owner: `${list} ${node.slug}`, spans: node[field] as Span[] }));
}

/** Asserts `span` is `body.slice(start, end)` with the ≤32 characters either side as context. */
function expectExact(owner: string, span: Span) {
  const body = span.article.body;
  expect(span.start, owner).toBeGreaterThanOrEqual(0);
  expect(span.start, owner).toBeLessThan(span.end);
  expect(span.end, owner).toBeLessThanOrEqual(body.length);
  expect(span.exact, owner).toBe(body.slice(span.start, span.end));
  expect(span.prefix, owner).toBe(body.slice(Math.max(0, span.start - 32), span.start));
  expect(span.suffix, owner).toBe(body.slice(span.end, span.end + 32));
  expect(span.prefix.length, owner).toBe(Math.min(32, span.start));
  expect(span.suffix.length, owner).toBe(Math.min(32, body.length - span.end));
}

describe.each([
  ['statements', 'evidence'],
  ['events', 'evidence'],
  ['actors', 'mentions'],
  ['weaponSystems', 'mentions'],
  ['places', 'mentions'],
] as const)('%s: every span of `%s`', (list, field) => {
  it('is the exact text at its offsets, with its prefix and suffix', async () => {
    const owners = await spansOf(list, field);
    expect(owners.length).toBeGreaterThan(0);
    for (const { owner, spans } of owners) for (const span of spans) expectExact(owner, span);
  });

  if (field === 'evidence') {
    it('exists: each one has at least one span', async () => {
      for (const { owner, spans } of await spansOf(list, field)) expect(spans.length, owner).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('offsets', () => {
  it('are UTF-16 code units: some spans lie after non-ASCII characters, where byte offsets would differ', async () => {
    const owners = [...(await spansOf('statements', 'evidence')), ...(await spansOf('events', 'evidence'))];
    const spans = owners.flatMap((o) => o.spans);
    const afterNonAscii = spans.filter((s) => /[^\x00-\x7f]/.test(s.article.body.slice(0, s.start)));
    expect(afterNonAscii.length).toBeGreaterThan(0);
    for (const span of afterNonAscii) {
      const byteStart = Buffer.byteLength(span.article.body.slice(0, span.start), 'utf8');
      expect(byteStart).not.toBe(span.start);
    }
  });
});

describe('the article body', () => {
  const fileBytes = readFileSync(BODY_FILE);

  it('is body.txt byte for byte, and bodyDigest is the sha256 hex of it', async () => {
    const { article } = await query(`{ article(slug: "${ARTICLE}") { body bodyDigest } }`);
    expect(Buffer.from(article.body, 'utf8').equals(fileBytes)).toBe(true);
    expect(article.bodyDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(article.bodyDigest).toBe(createHash('sha256').update(article.body, 'utf8').digest('hex'));
    expect(article.bodyDigest).toBe(createHash('sha256').update(fileBytes).digest('hex'));
  });

  it('is the same text, under the same digest, when reached through a span', async () => {
    const { article } = await query(`{ article(slug: "${ARTICLE}") { body bodyDigest } }`);
    const [first] = (await spansOf('statements', 'evidence'))[0].spans;
    expect(first.article).toEqual({ slug: ARTICLE, body: article.body, bodyDigest: article.bodyDigest });
  });
});
