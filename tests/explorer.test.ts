/**
 * The explorer page: GraphiQL served on GET /graphql to browsers as a small page with long-cached
 * files, opening with queries that run, loading nothing from another origin; not served when the
 * explorer is off; and /health.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';

import { dataset, request, serve, server, type Served } from './helpers.js';

const ORIGIN = 'http://localhost';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** GETs `path` from `server` with the given Accept header. */
const get = (target: Pick<Served, 'fetch'>, path: string, accept = 'text/html') =>
  target.fetch(`${ORIGIN}${path}`, { headers: { accept } });

/** True when `url` (as written in the page) loads from the page's own origin or from inline data. */
function isLocal(url: string): boolean {
  const resolved = new URL(url.trim(), `${ORIGIN}/graphql`);
  return resolved.origin === ORIGIN || resolved.protocol === 'data:' || resolved.protocol === 'blob:';
}

/** The page cut into its markup (with script and style bodies removed), its CSS and its scripts. */
function splitPage(html: string) {
  const css: string[] = [];
  const scripts: string[] = [];
  const markup = html.replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, (_all, tag: string, attrs: string, body: string) => {
    (tag.toLowerCase() === 'style' ? css : scripts).push(body);
    return `<${tag}${attrs}></${tag}>`;
  });
  return { markup, css, scripts };
}

/** Every `name=value` attribute of every tag in `markup`, with the tag's name. */
function attributes(markup: string) {
  const found: { tag: string; name: string; value: string }[] = [];
  for (const [, tag, attrs] of markup.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)) {
    for (const m of attrs.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      found.push({ tag: tag.toLowerCase(), name: m[1].toLowerCase(), value: m[2] ?? m[3] ?? m[4] });
    }
  }
  return found;
}

/** The targets of `url(...)` and `@import` in a piece of CSS. */
function cssTargets(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2]);
  const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((m) => m[2]);
  return [...urls, ...imports];
}

/**
 * Absolute URLs in script text in a position where running the script would load them: CSS it
 * injects (`url(//…)`, `@import "//…"`), HTML it injects (`src=`, `srcset=`, `poster=`, a
 * `<link href=…>`), JSX props (`src:"//…"`), and loader calls (`import()`, `fetch()`,
 * `new Worker()`, `importScripts()`, `EventSource`, `WebSocket`, `sendBeacon`). Bare URLs in
 * strings (documentation links, error-message links, licence headers, XML namespaces) and anchor
 * `href`s (navigations a user chooses, not loads) are not loads, and the bundle has many of them.
 */
function loadsInScript(js: string): string[] {
  const ABSOLUTE = String.raw`(?:[a-z][a-z0-9+.-]*:)?\/\/[^"'\x60)\s\\]+`;
  const patterns = [
    String.raw`url\(\s*\\?["']?\s*(${ABSOLUTE})`,
    String.raw`@import\s+(?:url\()?\s*\\?["']?(${ABSOLUTE})`,
    String.raw`\b(?:src|srcset|poster)\s*[=:]\s*\\?["'\x60]\s*(${ABSOLUTE})`,
    String.raw`<link\b[^>]*?\bhref\s*=\s*\\?["'](${ABSOLUTE})`,
    String.raw`\b(?:import|importScripts|fetch|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*\\?["'\x60](${ABSOLUTE})`,
  ];
  return patterns.flatMap((p) => [...js.matchAll(new RegExp(p, 'gi'))].map((m) => m[1]));
}

/** The options the page passes to GraphiQL (the JSON literal it names `options`). */
function graphiqlOptions(html: string): { defaultQuery?: string; defaultTabs?: { query?: string }[] } {
  const match = /const options = (\{.*\});\n/.exec(html);
  expect(match, 'the page renders GraphiQL with inline options').not.toBeNull();
  return JSON.parse(match![1]);
}

/** The paths of the explorer's own files the page names: stylesheets, script and editor workers. */
function linkedFiles(html: string): string[] {
  return [...html.matchAll(/["'](\/explorer\/[^"']+)["']/g)].map((match) => match[1]);
}

describe('GET /graphql from a browser', () => {
  let status: number;
  let contentType: string | null;
  let html: string;
  /** The page's CSS and scripts, inline and in the files it links to. */
  let css: string[];
  let scripts: string[];
  beforeAll(async () => {
    const response = await get(server, '/graphql', BROWSER_ACCEPT);
    status = response.status;
    contentType = response.headers.get('content-type');
    html = await response.text();
    ({ css, scripts } = splitPage(html));
    for (const path of linkedFiles(html)) {
      const file = await get(server, path, '*/*');
      if (path.endsWith('.css')) css.push(await file.text());
      if (path.endsWith('.js')) scripts.push(await file.text());
    }
  });

  it('serves the GraphiQL page', () => {
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/html/);
    expect(html).toMatch(/^\s*<!doctype html>/i);
    expect(html).toContain('<title>escalation-graph explorer</title>');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL(');
    expect(html).toContain('<div id="root">');
  });

  it('opens with default queries that run against the API without errors', async () => {
    const options = graphiqlOptions(html);
    const queries = [options.defaultQuery, ...(options.defaultTabs ?? []).map((t) => t.query)].filter(
      (q): q is string => typeof q === 'string' && q.trim() !== '',
    );
    expect(queries.length).toBeGreaterThan(0);
    for (const source of queries) {
      const result = await request(source);
      expect(result.errors, source).toBeUndefined();
      expect(result.data, source).toEqual(expect.any(Object));
    }
  });

  it('has no tag attribute that loads from another origin', () => {
    const { markup } = splitPage(html);
    const URL_ATTRIBUTES = new Set(['src', 'href', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'manifest']);
    const urls = attributes(markup).filter((a) => URL_ATTRIBUTES.has(a.name) || a.name === 'style');
    expect(urls.some((a) => a.tag === 'link'), 'the favicon <link> is found').toBe(true);
    const external = urls.flatMap((a) => {
      const targets = a.name === 'style' ? cssTargets(a.value) : a.name === 'srcset' ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [a.value];
      return targets.filter((t) => !isLocal(t)).map((t) => `<${a.tag} ${a.name}="${t}">`);
    });
    expect(external).toEqual([]);
  });

  it('has no <link> or <script> that needs another origin, whatever its rel', () => {
    const { markup } = splitPage(html);
    const tags = attributes(markup).filter((a) => (a.tag === 'link' && a.name === 'href') || (a.tag === 'script' && a.name === 'src'));
    expect(tags.filter((a) => !isLocal(a.value))).toEqual([]);
  });

  it('has no CSS url() or @import that loads from another origin', () => {
    expect(css.join('').length).toBeGreaterThan(10_000); // GraphiQL's styles
    expect(css.flatMap(cssTargets).filter((t) => !isLocal(t))).toEqual([]);
  });

  it('has no script code that loads from another origin', () => {
    const js = scripts.join('\n');
    expect(js.length).toBeGreaterThan(1_000_000); // GraphiQL's bundle and its editor workers
    expect(js).toMatch(/https:\/\/github\.com\//); // bare links exist, and are deliberately allowed
    expect(loadsInScript(js)).toEqual([]);
  });

  it('the script check does catch loads, in each form it looks for', () => {
    const samples = [
      'el.innerHTML = "<img src=\\"https://cdn.example/x.png\\">"',
      'style.textContent = "@import url(https://fonts.example/css)"',
      'h("img", { src: "//cdn.example/a.png" })',
      'await import("https://esm.example/mod.js")',
      'new Worker(`https://cdn.example/worker.js`)',
      'head.innerHTML += \'<link rel="stylesheet" href="https://cdn.example/a.css">\'',
    ];
    for (const sample of samples) expect(loadsInScript(sample), sample).not.toEqual([]);
    expect(loadsInScript('h("a", { href: "https://github.com/graphql/graphiql" }); "see https://react.dev/errors/1"')).toEqual([]);
  });
});

describe('the explorer\'s caching', () => {
  it('is a small page, revalidated by ETag (304 when unchanged)', async () => {
    const page = await get(server, '/graphql', BROWSER_ACCEPT);
    const html = await page.text();
    expect(html.length).toBeLessThan(50_000);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+(?:-(?:br|gzip))?"$/);
    const again = await server.fetch(`${ORIGIN}/graphql`, { headers: { accept: BROWSER_ACCEPT, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('links GraphiQL\'s files under names holding their hash, each cached for a year as immutable', async () => {
    const paths = linkedFiles(await (await get(server, '/graphql', BROWSER_ACCEPT)).text());
    expect(paths.filter((path) => path.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
    expect(paths.filter((path) => path.endsWith('.js')).length).toBe(4); // GraphiQL and three editor workers
    for (const path of paths) {
      const file = await get(server, path, '*/*');
      expect(file.status, path).toBe(200);
      expect(file.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      const [, hash] = /\.([0-9a-f]{16})\.\w+$/.exec(path) ?? [];
      expect(hash, path).toBeDefined();
      expect(createHash('sha256').update(Buffer.from(await file.arrayBuffer())).digest('hex').startsWith(hash), path).toBe(true);
    }
  });

  it('answers an unknown file under /explorer/ with a 404, and a POST there with a 405', async () => {
    expect((await get(server, '/explorer/graphiql.0000000000000000.js', '*/*')).status).toBe(404);
    expect((await server.fetch(`${ORIGIN}/explorer/x.js`, { method: 'POST' })).status).toBe(405);
  });
});

describe('with the explorer off', () => {
  const off = serve({ dataset, explorer: false });

  it.each([['text/html'], [BROWSER_ACCEPT]])('GET /graphql with Accept %s serves no GraphiQL', async (accept) => {
    const response = await get(off, '/graphql', accept);
    const body = await response.text();
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(body).not.toMatch(/graphiql/i);
    expect(body).not.toMatch(/<html/i);
  });

  it('still answers GraphQL', async () => {
    const response = await off.fetch(`${ORIGIN}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(slug: "kim-jong-un") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { actor: { name: 'Kim Jong Un' } } });
  });
});

describe('GET /health', () => {
  it('answers 200', async () => {
    const response = await get(server, '/health', '*/*');
    expect(response.status).toBe(200);
  });
});
