/**
 * The explorer in a real headless Chromium with every other origin cut off: it loads, runs its
 * default query and a typed one against the API, switches example tabs by mouse, fits a phone's
 * width, reloads from its cache, and needs nothing from the internet to do so.
 * Needs Debian's `chromium` package (or CHROMIUM_PATH); without it this test fails, on purpose.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../src/explorer.js';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../scripts/chromium.js';

// Screenshots go to .cache/ unless UPDATE_SCREENSHOTS=1 asks for the committed copy in docs/ to be renewed.
const SCREENSHOT = new URL(`../${process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.cache/screenshots'}/explorer-first-load.png`, import.meta.url);
const HOST = '127.0.0.1';

let server: Server;
let base: string;
let browser: Browser | undefined;
let page: Page;
/** Requests to any other host, aborted by the route below. */
const blocked: string[] = [];
/** Every request the page made to our own server. */
const local: string[] = [];
/** Errors the page threw or logged. */
const pageErrors: string[] = [];

const api = createApi({ dataset, performance: { responseCache: true } });
/** Every connection to our server, for the bytes it wrote. */
const sockets = new Set<Socket>();
/** Bytes our server has written so far: headers and bodies, as they went over the wire. */
const written = () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0);
/** Each request to our server and the status of its answer, in order. */
const served: { path: string; status: number }[] = [];

/** Starts the API as `npm start` serves it (listener, response cache) on an ephemeral port of 127.0.0.1. */
function listen(): Promise<string> {
  const { listener } = api;
  server = createHttpServer((request, response) => {
    response.on('finish', () => served.push({ path: request.url ?? '', status: response.statusCode }));
    listener(request, response);
  });
  server.on('connection', (socket) => sockets.add(socket));
  return new Promise((resolve) => {
    server.listen(0, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}`));
  });
}

/** The text GraphiQL's result pane shows (the editor renders spaces as no-break spaces), once it contains `text`. */
async function waitForResult(text: string): Promise<string> {
  const pane = page.locator('.graphiql-response').first();
  const shown = async () => (await pane.innerText()).replace(/\u00a0/g, ' ');
  await expect.poll(async () => (await shown()).includes(text), { timeout: 20_000 }).toBe(true);
  return shown();
}

/**
 * Clicks GraphiQL's run button until it sends an operation (not the schema introspection) whose
 * text contains `marker`, and returns the API's JSON answer. (Right after typing, the editor may not have handed the new
 * text to GraphiQL yet, and a click then sends nothing; so it clicks again.)
 */
async function run(marker: string): Promise<any> {
  for (let attempt = 1; ; attempt++) {
    const response = page.waitForResponse(
      (r) => {
        // The explorer sends queries as GETs (see explorerOptions).
        const url = new URL(r.url());
        const query = url.searchParams.get('query') ?? '';
        return url.origin === base && url.pathname === '/graphql' && query.includes(marker) && !query.includes('IntrospectionQuery');
      },
      { timeout: 3_000 },
    );
    await page.locator('.graphiql-execute-button').first().click();
    try {
      return await (await response).json();
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

beforeAll(async () => {
  base = await listen();
  if (!existsSync(CHROMIUM)) return; // the first test reports it
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === HOST) {
      local.push(`${route.request().method()} ${url.pathname}`);
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the explorer in headless Chromium, offline but for its own server', () => {
  it('has a Chromium to run', () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`).toBe(true);
  });

  it('loads GraphiQL and runs the default query against the API', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const response = await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 20_000 });
    const answer = await run('{');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(expect.any(Object));
    await waitForResult('"data"');
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname });
  }, 60_000);

  it('runs a query typed into the editor, and shows the answer', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('{ actor(slug: "kim-jong-un") { name role } }');
    // The editor closes brackets as they are typed: delete what it added after the cursor.
    await page.keyboard.press('ControlOrMeta+Shift+End');
    await page.keyboard.press('Delete');
    const answer = await run('kim-jong-un');
    expect(answer).toEqual({ data: { actor: { name: 'Kim Jong Un', role: 'Leader of North Korea' } } });
    const shown = await waitForResult('Kim Jong Un');
    expect(shown).toContain('Leader of North Korea');
  }, 60_000);

  it('switches example tabs by a real mouse click', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const examples = loadExamples();
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.count()).toBeGreaterThanOrEqual(examples.length);
    for (const index of [2, 1, 3]) {
      const tab = tabs.nth(index);
      await tab.scrollIntoViewIfNeeded();
      const box = (await tab.boundingBox())!;
      // A press, a pause and a release at the tab's centre, as a person clicks (no synthetic click event).
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.down();
      await page.waitForTimeout(80);
      await page.mouse.up();
      await expect.poll(() => tab.getAttribute('class'), { timeout: 5_000 }).toContain('graphiql-tab-active');
      const name = /query (\w+)/.exec(examples[index].source)![1];
      const editorText = async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
      await expect.poll(editorText, { timeout: 5_000 }).toContain(`query ${name}`);
    }
  }, 60_000);

  it('is usable 390 px wide: nothing overflows sideways, and the editor and the answer are each nearly full width', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      editor: document.querySelector('.graphiql-query-editor')!.getBoundingClientRect().width,
      response: document.querySelector('.graphiql-response')!.getBoundingClientRect().width,
    }));
    expect(layout.page).toBeLessThanOrEqual(390);
    expect(layout.editor).toBeGreaterThan(280);
    expect(layout.response).toBeGreaterThan(280);
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('opens a query with its variables from its URL, ready to run (as links from the web client do)', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const query = 'query ActorByUrl($slug: String!) { actor(slug: $slug) { id name } }';
    const variables = JSON.stringify({ slug: 'vladimir-putin' });
    await page.goto(`${base}/graphql?${new URLSearchParams({ query, variables })}`, { waitUntil: 'load' });
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 20_000 });
    const answer = await run('ActorByUrl');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actor.name).toBe('Vladimir Putin');
  }, 60_000);

  it('needed nothing from another origin, and had no errors', () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    expect(local).toContain('GET /graphql');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('(the guard works: a request to another origin is blocked and counted)', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const before = blocked.length;
    const outcome = await page.evaluate(() => fetch('https://example.com/probe').then(() => 'loaded', () => 'failed'));
    expect(outcome).toBe('failed');
    expect(blocked.slice(before)).toEqual(['https://example.com/probe']);
  });
});

describe('what the explorer costs over the wire', () => {
  /** Budgets: the first load once compressed, and a reload. */
  const FIRST_LOAD_COMPRESSED = 2_500_000;
  const RELOAD = 100_000;

  it(`loads within ${FIRST_LOAD_COMPRESSED / 1e6} MB gzip-compressed, and reloads within ${RELOAD / 1e3} kB (304 and immutable files)`, async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    // A context without request interception: with it, Chromium would bypass its HTTP cache.
    const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
    const fresh = await context.newPage();
    /** Loads or reloads the explorer until its editor shows; the requests served and the bytes written meanwhile. */
    const measure = async (go: () => Promise<unknown>) => {
      served.length = 0;
      const before = written();
      await go();
      await fresh.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
      return { requests: served.splice(0), bytes: written() - before };
    };
    const first = await measure(async () => {
      await fresh.goto(`${base}/graphql`, { waitUntil: 'networkidle' });
      // The editors start their three workers (editor, JSON, GraphQL) once they render.
      await expect.poll(() => served.filter((r) => r.path.includes('.worker.')).length, { timeout: 20_000 }).toBe(3);
      // The browser writes its cache after a body arrives: wait until every file is there, asking the cache alone.
      const files = served.filter((r) => r.path.startsWith('/explorer/')).map((r) => r.path);
      const cached = () => fresh.evaluate((paths) => Promise.all(paths.map((path) => fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).then((r) => r.ok, () => false))), files);
      await expect.poll(async () => (await cached()).every(Boolean), { timeout: 10_000 }).toBe(true);
    });
    // What the first load weighs compressed: each answer again, through gzip (fonts are compressed already).
    let compressed = 0;
    for (const { path } of first.requests) {
      const response = await api.yoga.fetch(`http://localhost${path}`, { headers: { accept: path === '/graphql' ? 'text/html' : '*/*' } });
      const body = Buffer.from(await response.arrayBuffer());
      compressed += (response.headers.get('content-type') ?? '').startsWith('font/') ? body.length : gzipSync(body).length;
    }
    // When GraphiQL starts its editor worker twice at once on the first visit, Chromium may fetch it
    // twice and keep neither copy; one reload settles the cache, and the next is what a return visit costs.
    await measure(() => fresh.reload({ waitUntil: 'networkidle' }));
    const reload = await measure(() => fresh.reload({ waitUntil: 'networkidle' }));
    console.info(`explorer: first load ${first.requests.length} requests, ${first.bytes} B uncompressed, ${compressed} B gzip-compressed; reload ${reload.requests.length} request(s), ${reload.bytes} B`);
    await context.close();
    expect(first.requests.map((r) => r.path)).toContainEqual(expect.stringMatching(/^\/explorer\/graphiql\.[0-9a-f]+\.js$/));
    expect(compressed).toBeLessThanOrEqual(FIRST_LOAD_COMPRESSED);
    expect(reload.requests).toEqual([{ path: '/graphql', status: 304 }]);
    expect(reload.bytes).toBeLessThanOrEqual(RELOAD);
  }, 90_000);
});
