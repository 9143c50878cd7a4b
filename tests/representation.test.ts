/**
 * What every response goes out as (src/performance/representation.ts), over a real listener:
 * compressed as `Accept-Encoding` prefers when large enough to matter (GraphQL answers, the
 * explorer, the web client's files), with `Vary` naming what it was chosen by, and the same
 * compressed bytes again for a static answer. Raw `node:http` reads the bytes as sent (fetch
 * would decompress them).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from './helpers.js';

const build = mkdtempSync(join(tmpdir(), 'web-build-'));
mkdirSync(join(build, 'assets'));
writeFileSync(join(build, 'index.html'), '<!doctype html><title>app</title><script src="/app/assets/app-1.js"></script>');
const SCRIPT = `export const views = ${JSON.stringify(Array.from({ length: 2_000 }, (_, i) => ({ view: `view-${i}`, title: `A view ${i}` })))};\n`;
writeFileSync(join(build, 'assets', 'app-1.js'), SCRIPT);

const served = serve({ webAppDir: build });
afterAll(async () => {
  await served.close();
  rmSync(build, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GETs `path` over raw HTTP and returns the bytes as sent. */
async function raw(path: string, headers: Record<string, string>): Promise<Raw> {
  const { origin } = await served.listening;
  return new Promise((resolve, reject) => {
    httpGet(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The body as it was before compression. */
function decoded({ headers, body }: Raw): string {
  const encoding = headers['content-encoding'];
  return (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');
}

const BIG = `/graphql?query=${encodeURIComponent('{ events(first: 16) { edges { node { title summary evidence { exact } } } } }')}`;
const SMALL = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
const GRAPHQL = { accept: 'application/graphql-response+json' };

describe('compression', () => {
  it('sends large GraphQL answers in br or gzip as Accept-Encoding prefers, the same answer once decoded', async () => {
    const plain = await raw(BIG, { ...GRAPHQL, 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4_000);
    for (const [accepted, chosen] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0.5, gzip', 'gzip'], ['gzip;q=0, br;q=0', undefined]] as const) {
      const answer = await raw(BIG, { ...GRAPHQL, 'accept-encoding': accepted });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding'], accepted).toBe(chosen);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(decoded(answer)).toBe(plain.body.toString('utf8'));
      if (chosen) expect(answer.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it('leaves small answers as they are', async () => {
    const answer = await raw(SMALL, { ...GRAPHQL, 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  it('gives each encoding its own ETag, and revalidates each', async () => {
    const compressed = await raw(BIG, { ...GRAPHQL, 'accept-encoding': 'br' });
    const plain = await raw(BIG, GRAPHQL);
    expect(compressed.headers.etag).toMatch(/-br"$/);
    expect(compressed.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw(BIG, { ...GRAPHQL, 'accept-encoding': 'br', 'if-none-match': compressed.headers.etag as string })).status).toBe(304);
    expect((await raw(BIG, { ...GRAPHQL, 'if-none-match': plain.headers.etag as string })).status).toBe(304);
    expect((await raw(BIG, { ...GRAPHQL, 'accept-encoding': 'br', 'if-none-match': plain.headers.etag as string })).status).toBe(200);
  });

  it('compresses the explorer page, and sends the same bytes again without compressing them anew', async () => {
    const headers = { accept: 'text/html', 'accept-encoding': 'br, gzip' };
    const first = await raw('/graphql', headers);
    const start = performance.now();
    const second = await raw('/graphql', headers);
    const ms = performance.now() - start;
    expect(first.headers['content-encoding']).toBe('br');
    expect(decoded(first)).toMatch(/<!DOCTYPE html>/i);
    expect(second.body.equals(first.body)).toBe(true);
    console.log(`explorer page: ${first.body.length} bytes compressed, again in ${ms.toFixed(0)} ms`);
  });

  it("compresses the web client's files", async () => {
    const answer = await raw('/app/assets/app-1.js', { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(answer.headers['cache-control']).toMatch(/immutable/);
    expect(decoded(answer)).toBe(SCRIPT);
  });
});

describe('Vary', () => {
  it('names Accept on every answer of the GraphQL endpoint (JSON or the explorer page), and Accept-Encoding where compression may apply', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', 'text/html']) {
      const answer = await raw(accept === 'text/html' ? '/graphql' : SMALL, { accept });
      const vary = String(answer.headers.vary).split(/,\s*/);
      expect(vary, accept).toEqual(expect.arrayContaining(['Accept', 'Accept-Encoding']));
    }
  });

  it('gives the same answer in two media types two ETags', async () => {
    const json = await raw(SMALL, { accept: 'application/json' });
    const graphql = await raw(SMALL, GRAPHQL);
    expect(json.headers['content-type']).not.toBe(graphql.headers['content-type']);
    expect(json.headers.etag).not.toBe(graphql.headers.etag);
  });
});
