/**
 * The explorer in a real headless Chromium with every other origin cut off: it loads, runs its
 * default query and a typed one against the API, and needs nothing from the internet to do so.
 * Needs Debian's `chromium` package (or CHROMIUM_PATH); without it this test fails, on purpose.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/yoga.js';
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

/** Starts the API on an ephemeral port of 127.0.0.1 and resolves with its base URL. */
function listen(): Promise<string> {
  server = createHttpServer(createServer({ dataset }));
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
        const body = r.request().postData() ?? '';
        return r.url() === `${base}/graphql` && body.includes(marker) && !body.includes('IntrospectionQuery');
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
