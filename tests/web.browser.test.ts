/**
 * The web client in a real headless Chromium against the real server on 127.0.0.1, with every
 * other origin cut off: each view opens, filters, an actor is clicked, a fact's evidence is
 * highlighted at exactly the API's words; no console errors, no serious accessibility violation
 * (axe-core). Writes a screenshot of each view to docs/ and prints the time to first render.
 * Needs the client built (`npm run web:build`, which `npm test` runs first) and Debian's
 * `chromium` (or CHROMIUM_PATH); without either this test fails, on purpose.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/yoga.js';
import { dataset, globalId, query } from './helpers.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../scripts/chromium.js';

const HOST = '127.0.0.1';
const BUILD = fileURLToPath(new URL('../dist/web', import.meta.url));
// Screenshots go to .cache/ unless UPDATE_SCREENSHOTS=1 asks for the committed copies in docs/ to be renewed.
const DOCS = new URL(`../${process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.cache/screenshots'}/`, import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail the test; minor and moderate findings are printed only. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

let server: Server;
let base: string;
let browser: Browser | undefined;
let page: Page;
/** Requests to any other host, aborted by the route below. */
const blocked: string[] = [];
/** Errors the page threw or logged, with the view they happened in. */
const pageErrors: string[] = [];
/** GraphQL requests the app sent, as parsed bodies. */
const operations: { query: string; variables: Record<string, unknown> }[] = [];

function listen(): Promise<string> {
  server = createHttpServer(createServer({ dataset, explorer: false, webAppDir: BUILD }));
  return new Promise((resolve) => {
    server.listen(0, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}`));
  });
}

/**
 * Opens `path` and waits for `ready` to show; returns the time to first contentful paint and
 * to the view's content, from the start of navigation, as the browser measured them.
 */
async function open(path: string, ready: string): Promise<{ firstPaint: number; content: number }> {
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  return page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    content: performance.now(),
  }));
}

/** Runs axe-core on the page as it is and returns the serious and critical violations. */
async function accessibilityViolations(): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
  });
  for (const violation of violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact))) {
    console.info(`axe (${violation.impact}): ${violation.id}: ${violation.help}`);
  }
  return violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

async function screenshot(name: string): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(name, DOCS)), fullPage: true });
}

/** The slugs of the items on the timeline, from the links of its rows. */
const rowSlugs = async () => (await page.locator('.rows .row-label').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).map((href) => href?.split('/').pop());

/** Waits until the app has sent a timeline request whose variables satisfy `check`. */
async function timelineRequest(check: (variables: Record<string, unknown>) => boolean): Promise<void> {
  await expect.poll(() => operations.some((op) => op.query.includes('query Timeline') && check(op.variables)), { timeout: 10_000 }).toBe(true);
}

beforeAll(async () => {
  base = await listen();
  if (!existsSync(CHROMIUM) || !existsSync(`${BUILD}/index.html`)) return; // the first tests report it
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === HOST) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(JSON.parse(request.postData() ?? '{}'));
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the web client in headless Chromium, offline but for its own server', () => {
  it('has a Chromium to run and a build to serve', () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`).toBe(true);
    expect(existsSync(`${BUILD}/index.html`), 'the web client is not built: run `npm run web:build`').toBe(true);
  });

  it('draws the timeline, fuzzy dates as what they are, and filters it through the API', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const timing = await open('/app/timeline', '.rows .row');
    console.info(`time to first render of /app/timeline: first contentful paint ${timing.firstPaint.toFixed(0)} ms, timeline drawn ${timing.content.toFixed(0)} ms`);
    expect(timing.content).toBeLessThan(5_000);

    const all = await query('{ timeline(first: 100) { totalCount } }');
    expect(await page.locator('.rows .row').count()).toBe(all.timeline.totalCount);
    // "January 25" is a day, "last year" a band, "broadcast on July 24" opens into the past.
    expect(await page.locator('.row', { hasText: 'sea-to-surface' }).locator('.mark.point').count()).toBe(1);
    expect(await page.locator('.row', { hasText: 'Putin makes a rare visit' }).locator('.mark.band:not([data-open])').count()).toBe(1);
    expect(await page.locator('.row', { hasText: 'live-fire artillery contest' }).locator('.mark.band[data-open="start"]').count()).toBe(1);
    const row = page.locator('.row', { hasText: 'Putin makes a rare visit' });
    await row.locator('.track').hover();
    await expect.poll(() => row.locator('.tip').isVisible()).toBe(true);
    expect(await row.locator('.tip').innerText()).toContain('“last year” — some time in 2024');
    expect(await accessibilityViolations()).toEqual([]);
    await screenshot('web-timeline.png');

    await page.selectOption('#filter-actor', { label: 'Kim Jong Un' });
    await page.waitForURL(/actor=kim-jong-un/);
    const kim = await globalId('Actor', 'kim-jong-un');
    await timelineRequest((variables) => JSON.stringify(variables.actorIds) === JSON.stringify([kim]));
    const kims = await query('query ($ids: [ID!]) { timeline(actorIds: $ids, first: 100) { edges { node { __typename } } } }', { ids: [kim] });
    await expect.poll(() => page.locator('.rows .row').count()).toBe(kims.timeline.edges.length);

    await page.locator('label', { hasText: 'Inspection' }).click();
    await page.fill('#filter-from', '2025-01-01');
    await page.fill('#filter-to', '2025-06-30');
    await page.waitForURL(/type=INSPECTION.*from=2025-01-01.*to=2025-06-30/);
    await timelineRequest((variables) => JSON.stringify(variables.types) === '["INSPECTION"]' && variables.from === '2025-01-01' && variables.to === '2025-06-30');
    // The inspection, and what Kim said at it: the API's answer, row for row.
    const inWindow = await query(
      'query ($ids: [ID!]) { timeline(actorIds: $ids, types: [INSPECTION], from: "2025-01-01", to: "2025-06-30", first: 100) { edges { node { ... on Event { slug } ... on Statement { slug } } } } }',
      { ids: [kim] },
    );
    const expected = inWindow.timeline.edges.map((edge: { node: { slug: string } }) => edge.node.slug);
    expect(expected).toContain('nuclear-facility-tour');
    await expect.poll(rowSlugs).toEqual(expected);

    // The filtered timeline is a URL: reloaded, it shows the same.
    await page.reload();
    await page.locator('.rows .row').first().waitFor();
    expect(await rowSlugs()).toEqual(expected);
    expect(await page.locator('#filter-actor').inputValue()).toBe('kim-jong-un');
  }, 60_000);

  it('draws the actor network; clicking an actor shows whom it is connected to, and what it said', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/network', '.graph canvas');
    // Cytoscape keeps its instance on its container; the test reads where it drew North Korea.
    const point = await page.evaluate(() => {
      const container = document.querySelector('.graph') as HTMLElement & { _cyreg: { cy: { getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } } } } };
      const box = container.getBoundingClientRect();
      const position = container._cyreg.cy.getElementById('north-korea').renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/network\?actor=north-korea$/);
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('North Korea');

    const { actor } = await query('{ actor(slug: "north-korea") { relations(first: 10) { edges { weight node { name } } } } }');
    const strongest = actor.relations.edges[0];
    const relation = panel.locator('.relations > li').first();
    expect(await relation.innerText()).toContain(`${strongest.node.name} — ${strongest.weight} shared events`);
    expect(await accessibilityViolations()).toEqual([]);
    await screenshot('web-network.png');

    // The list of actors is the keyboard's way in: focus Kim Jong Un's link and press Enter.
    await page.locator('.actor-list a', { hasText: 'Kim Jong Un' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/actor=kim-jong-un$/);
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Kim Jong Un');
    expect(await panel.locator('.facts a', { hasText: 'nuclear counteraction posture' }).count()).toBe(1);
  }, 60_000);

  it('opens a statement with its evidence highlighted at the offsets of the API and its attribution spelled out', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await page.locator('aside.panel .facts a', { hasText: 'nuclear counteraction posture' }).click();
    await page.waitForURL(/\/app\/evidence\/statement\/nuclear-counteraction-posture-indefinitely$/);
    await page.locator('.article mark').first().waitFor();

    const { statement } = await query('{ statement(slug: "nuclear-counteraction-posture-indefinitely") { attribution evidence { exact } } }');
    expect(statement.attribution).toBe('Kim Jong Un — reported by Korean Central News Agency — according to AFP and Global Watch');
    expect(await page.locator('.attribution').innerText()).toBe(statement.attribution);
    for (const [index, span] of statement.evidence.entries()) {
      const highlighted = await page.locator(`.article mark[data-spans~="${index}"]`).allInnerTexts();
      expect(highlighted.join('')).toBe(span.exact);
    }
    expect(await page.locator('.article mark').count()).toBeGreaterThanOrEqual(statement.evidence.length);
    expect(await accessibilityViolations()).toEqual([]);
    await screenshot('web-evidence.png');
  }, 60_000);

  it('opens an event from a shared URL, and marks the words of one of its numbers inside the evidence', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/evidence/event/troop-deployment-to-russia?quantity=0', '.article mark');
    const { event } = await query('{ event(slug: "troop-deployment-to-russia") { quantities { text } evidence { exact } claims { attribution } } }');
    for (const [index, span] of event.evidence.entries()) {
      expect((await page.locator(`.article mark[data-spans~="${index}"]`).allInnerTexts()).join('')).toBe(span.exact);
    }
    expect(await page.locator('.article mark.focus').allInnerTexts()).toEqual([event.quantities[0].text]);
    expect(await page.locator('.claims .attribution').allInnerTexts()).toEqual(event.claims.map((claim: { attribution: string }) => claim.attribution));
    expect(await accessibilityViolations()).toEqual([]);
  }, 60_000);

  it('searches with the API ranking, renders the escaped snippets safely, and opens a result', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/search', '#search-query');
    await page.fill('#search-query', 'nuclear');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\?q=nuclear$/);
    await page.locator('.results li').first().waitFor();

    const { search } = await query('{ search(query: "nuclear", first: 25) { totalCount edges { snippet } } }');
    expect(await page.locator('.results li').count()).toBe(search.edges.length);
    const first = page.locator('.results .snippet').first();
    // `North Korea&#39;s <mark>nuclear</mark> forces`: an apostrophe and one highlighted word.
    expect(search.edges[0].snippet).toContain('&#39;');
    expect(await first.innerText()).toBe(search.edges[0].snippet.replace(/<\/?mark>/g, '').replaceAll('&#39;', "'"));
    expect(await first.locator('mark').allInnerTexts()).toEqual(['nuclear']);
    expect(await accessibilityViolations()).toEqual([]);
    await screenshot('web-search.png');

    await page.selectOption('#search-type', 'STATEMENT');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/q=nuclear&type=STATEMENT$/);
    await expect.poll(async () => (await page.locator('.results .eyebrow').allInnerTexts()).every((kind) => kind.toLowerCase() === 'statement')).toBe(true);
    await page.locator('.results .result-title').first().click();
    await page.waitForURL(/\/app\/evidence\/statement\//);
    await page.locator('.article mark').first().waitFor();
  }, 60_000);

  it('shows an API error with its message and code, and an unknown slug as not found', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const before = pageErrors.length;
    await open('/app/timeline?from=2025-02-30', '[role="alert"]');
    const alert = await page.locator('[role="alert"]').innerText();
    expect(alert).toContain('Could not load the timeline.');
    expect(alert).toMatch(/Error code: [A-Z_]+/);
    // The browser logs the failed request itself; that is the one console error expected here.
    expect(pageErrors.splice(before).every((error) => /Failed to load resource.*400/.test(error))).toBe(true);

    await open('/app/evidence/statement/no-such-statement', '[role="alert"]');
    expect(await page.locator('[role="alert"]').innerText()).toContain('no statement has the slug “no-such-statement”');
  }, 60_000);

  it('needed nothing from another origin, and had no errors', () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
