/**
 * The web client in a real headless Chromium against the real server on 127.0.0.1, with every
 * other origin cut off, at 1440×900 and at 390×844 (one browser, one page per size, reused): each
 * view opens, filters, an actor is clicked, a fact's evidence is highlighted at exactly the API's
 * words and is on screen on arrival; no view scrolls sideways on a phone; the table's download is
 * the API's rows; the map draws every located place; a path between two actors shows its
 * evidence; no console errors, no serious accessibility violation (axe-core). Writes a screenshot
 * of each view at both sizes to docs/ and prints the time to first render.
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
/** The same browser at a phone's size. */
let phone: Page;
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
async function accessibilityViolations(on: Page = page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
  await on.evaluate(AXE_SOURCE);
  const violations = await on.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
  });
  for (const violation of violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact))) {
    console.info(`axe (${violation.impact}): ${violation.id}: ${violation.help}`);
  }
  return violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

async function screenshot(name: string, on: Page = page): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await on.screenshot({ path: fileURLToPath(new URL(name, DOCS)), fullPage: false });
}

/** Whether the first element matching `selector` is inside the viewport of `on`. */
async function inViewport(on: Page, selector: string): Promise<boolean> {
  return on.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
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
  const open = async (viewport: { width: number; height: number }) => {
    const context = await browser!.newContext({ viewport, hasTouch: viewport.width < 600 });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === HOST) return route.continue();
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(`${opened.url()}: ${String(error)}`));
    opened.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${opened.url()}: ${message.text()}`);
    });
    opened.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(JSON.parse(request.postData() ?? '{}'));
    });
    return opened;
  };
  page = await open({ width: 1440, height: 900 });
  phone = await open({ width: 390, height: 844 });
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
    // A sanity bound on a shared machine; the figure itself is printed above.
    expect(timing.content).toBeLessThan(10_000);

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
    await screenshot('web-timeline-desktop.png');

    // Arrowing through the select queries once, for the actor it rests on.
    await page.locator('#filter-actor').focus();
    const before = operations.length;
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
    const rested = await page.locator('#filter-actor').inputValue();
    await page.waitForURL(new RegExp(`actor=${rested}`));
    await expect.poll(() => operations.slice(before).filter((op) => op.query.includes('query Timeline')).length).toBe(1);
    await page.selectOption('#filter-actor', 'kim-jong-un');
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
    expect(await relation.innerText()).toContain(strongest.node.name);
    expect(await relation.innerText()).toContain(`${strongest.weight} pieces of evidence`);
    // Typed links: a legend by kind that filters the graph through the API's `kinds`.
    await page.locator('label', { hasText: 'Relayed' }).click();
    await page.waitForURL(/kind=RELAYS/);
    await expect.poll(() => operations.some((op) => op.query.includes('query Network') && JSON.stringify(op.variables.kinds) === '["RELAYS"]')).toBe(true);
    await page.locator('label', { hasText: 'Relayed' }).click();
    await page.waitForURL((url) => !url.search.includes('kind='));
    expect(await accessibilityViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot('web-network-desktop.png');

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
    await screenshot('web-evidence-desktop.png');
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
    await screenshot('web-search-desktop.png');

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
    expect(alert).toContain('“2025-02-30” (From) is not a day of the calendar.');
    expect(alert).toMatch(/Error code: [A-Z_]+/);
    // The filters stay beside the message, and still work.
    expect(await page.locator('#filter-to').isVisible()).toBe(true);
    await page.fill('#filter-from', '2025-01-01');
    await page.locator('.rows .row').first().waitFor();
    // The browser logs the failed request itself; that is the one console error expected here.
    expect(pageErrors.splice(before).every((error) => /Failed to load resource.*400/.test(error))).toBe(true);

    await open('/app/evidence/statement/no-such-statement', '[role="alert"]');
    expect(await page.locator('[role="alert"]').innerText()).toContain('no statement has the slug “no-such-statement”');
  }, 60_000);


  it('puts the claim, its attribution and the first highlighted span on screen together on arrival, at both sizes', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const { statement } = await query('{ statement(slug: "nuclear-counteraction-posture-indefinitely") { attribution evidence { exact } } }');
    for (const [on, size] of [[page, 'desktop'], [phone, 'mobile']] as const) {
      await on.goto(`${base}/app/evidence/statement/nuclear-counteraction-posture-indefinitely`);
      await on.locator('.article mark').first().waitFor();
      await expect.poll(() => inViewport(on, '.article mark'), { message: `first highlight on screen (${size})` }).toBe(true);
      expect(await inViewport(on, '.claim-panel h1'), `claim on screen (${size})`).toBe(true);
      expect(await inViewport(on, '.claim-panel .attribution'), `attribution on screen (${size})`).toBe(true);
      expect(await on.locator('.claim-panel .attribution').innerText()).toBe(statement.attribution);
      expect(await accessibilityViolations(on)).toEqual([]);
      await screenshot(`web-evidence-${size}.png`, on);

      // A number of an event: its words are scrolled to and the panel says which are marked.
      await on.goto(`${base}/app/evidence/event/troop-deployment-to-russia?quantity=0`);
      await on.locator('.article mark.focus').first().waitFor();
      await expect.poll(() => inViewport(on, '.article mark.focus')).toBe(true);
      expect(await on.locator('.stepper [role="status"]').innerText()).toContain('are marked more strongly');
      // Stepping to another span scrolls to it and names it.
      const spans = await on.locator('.claim-panel .spans li').count();
      expect(spans).toBeGreaterThan(1);
      const status = () => on.locator('.stepper [role="status"]').innerText();
      const shown = Number(/Span (\d+) of/.exec(await status())![1]);
      const step = shown < spans ? 'Next span' : 'Previous span';
      const expected = step === 'Next span' ? shown + 1 : shown - 1;
      await on.locator('.stepper-buttons button', { hasText: step }).click();
      await expect.poll(status).toContain(`Span ${expected} of ${spans} marked`);
      await expect.poll(() => inViewport(on, `.article mark[data-spans~="${expected - 1}"]`)).toBe(true);
      expect(await on.locator(`.article mark[data-spans~="${expected - 1}"]`).first().getAttribute('class')).toContain('current');
    }
    // The image line of the article is shown as its caption; the text of the body stays the article's, offsets exact.
    const { article } = await query('{ article(slug: "kim-real-war-2025-07") { body } }');
    await page.goto(`${base}/app/evidence/article/kim-real-war-2025-07`);
    await page.locator('.article .figure').waitFor();
    expect(await page.locator('.article .figure').innerText()).toMatch(/^North Korean leader Kim Jong Un observes/);
    expect(await page.locator('.article .figure').evaluate((figure) => getComputedStyle(figure, '::before').content)).toBe('"Image: "');
    expect(await page.locator('.article .figure').innerText()).not.toContain('](');
    expect(await page.locator('.article .body').evaluate((body) => body.textContent)).toBe(article.body);
  }, 60_000);

  it('links every entity to its page: actor, event, statement, place, weapon system, article', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await page.goto(`${base}/app/evidence/event/arms-transfer-to-russia`);
    const { event } = await query('{ event(slug: "arms-transfer-to-russia") { weaponSystems { slug } location { slug } participants { actor { slug } } } }');
    await page.locator('.article mark').first().waitFor();
    await page.locator('.more summary').waitFor();
    const hrefs = await page.locator('.claim-panel a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const system of event.weaponSystems) expect(hrefs).toContain(`/app/evidence/weapon-system/${system.slug}`);
    for (const { actor } of event.participants) expect(hrefs).toContain(`/app/evidence/actor/${actor.slug}`);
    if (event.location) expect(hrefs).toContain(`/app/evidence/place/${event.location.slug}`);
    expect(hrefs).toContain('/app/evidence/article/kim-real-war-2025-07');
    for (const [kind, slug, heading] of [
      ['actor', 'kim-jong-un', 'Kim Jong Un'],
      ['place', 'pyongyang', 'Pyongyang'],
      ['weapon-system', event.weaponSystems[0].slug, undefined],
      ['article', 'kim-real-war-2025-07', undefined],
    ] as const) {
      await page.goto(`${base}/app/evidence/${kind}/${slug}`);
      await page.locator('.claim-panel h1').waitFor();
      if (heading) expect(await page.locator('.claim-panel h1').innerText()).toBe(heading);
      expect(await page.locator('.claim-panel .more a').count()).toBeGreaterThan(0);
    }
    // The root of the site leads to the client.
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app');
  }, 60_000);

  it('counts the undated items the timeline leaves off', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/timeline', '.rows .row');
    const data = await query('{ events(first: 100) { edges { node { date { precision } } } } statements(first: 100) { edges { node { saidOn { edtf } } } } }');
    const undated =
      data.events.edges.filter((edge: { node: { date: { precision: string } } }) => edge.node.date.precision === 'UNKNOWN').length +
      data.statements.edges.filter((edge: { node: { saidOn: unknown } }) => edge.node.saidOn === null).length;
    expect(undated).toBeGreaterThan(0);
    expect(await page.locator('.undated summary').innerText()).toBe(`${undated} undated items not drawn`);
  }, 30_000);

  it('tables events with API-sorted columns, cursor pages, a download of exactly these rows and the query in the explorer', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/table?type=WEAPONS_TEST', 'table.data tbody tr');
    const { events } = await query('{ events(first: 100, filter: { types: [WEAPONS_TEST] }) { totalCount edges { node { id slug } } } }');
    const slugs = () => page.locator('table.data tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slug')));
    expect(await slugs()).toEqual(events.edges.map((edge: { node: { slug: string } }) => edge.node.slug));

    await page.locator('th button', { hasText: 'Event' }).click();
    await page.waitForURL(/sort=TITLE/);
    const byTitle = await query('{ events(first: 100, filter: { types: [WEAPONS_TEST] }, orderBy: { field: TITLE }) { edges { node { slug } } } }');
    await expect.poll(slugs).toEqual(byTitle.events.edges.map((edge: { node: { slug: string } }) => edge.node.slug));

    const explorer = new URL((await page.locator('a', { hasText: 'Open in the explorer' }).getAttribute('href'))!, base);
    expect(explorer.pathname).toBe('/graphql');
    expect(explorer.searchParams.get('query')).toContain('query EventTable');
    expect(JSON.parse(explorer.searchParams.get('variables')!)).toMatchObject({ filter: { types: ['WEAPONS_TEST'] }, orderBy: { field: 'TITLE' } });
    // The variables are also the query's defaults, so the query alone answers the table's rows.
    const alone = await query(explorer.searchParams.get('query')!);
    expect(alone.events.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(await slugs());

    // Pages come from the API's cursors: ten rows, then the rest.
    await open('/app/table?size=10', 'table.data tbody tr');
    const firstPage = await query('{ events(first: 10) { pageInfo { endCursor } edges { node { slug } } } }');
    await expect.poll(slugs).toEqual(firstPage.events.edges.map((edge: { node: { slug: string } }) => edge.node.slug));
    const secondPage = await query('query ($after: String) { events(first: 10, after: $after) { edges { node { slug } } } }', { after: firstPage.events.pageInfo.endCursor });
    await page.locator('.pager button', { hasText: 'Next 10' }).click();
    await page.waitForURL(/after=/);
    await expect.poll(slugs).toEqual(secondPage.events.edges.map((edge: { node: { slug: string } }) => edge.node.slug));

    await open('/app/table?type=WEAPONS_TEST&sort=TITLE', 'table.data tbody tr');
    const download = new URL((await page.locator('a', { hasText: 'Download these rows' }).getAttribute('href'))!, base);
    expect(download.pathname).toBe('/export/events.csv');
    expect(download.searchParams.getAll('types')).toEqual(['WEAPONS_TEST']);
    const answer = await fetch(download);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await answer.text();
    // Each row starts with the global id and the slug; the rows are the API's, in its order.
    const [header, ...lines] = csv.split('\n');
    expect(header.startsWith('id,slug,')).toBe(true);
    const rows = lines.flatMap((line) => /^([A-Za-z0-9_-]+),([a-z0-9-]+),/.exec(line)?.slice(1, 3) ?? []);
    const expected = events.edges.flatMap((edge: { node: { id: string; slug: string } }) => [edge.node.id, edge.node.slug]);
    expect(rows).toEqual(expected);
  }, 60_000);

  it('draws every place that has coordinates on the map, and lists a chosen place\'s events', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/map', '.map .country');
    const { places } = await query('{ places(first: 100) { edges { node { slug coordinates { latitude } } } } }');
    const located = places.edges.filter((edge: { node: { coordinates: unknown } }) => edge.node.coordinates).map((edge: { node: { slug: string } }) => edge.node.slug);
    expect(located.length).toBeGreaterThan(0);
    await page.locator('.map-point').first().waitFor();
    expect((await page.locator('.map-point').evaluateAll((points) => points.map((point) => point.getAttribute('data-slug')))).sort()).toEqual([...located].sort());
    await page.locator('.map-point[data-slug="pyongyang"]').click();
    await page.waitForURL(/place=pyongyang/);
    const { place } = await query('{ place(slug: "pyongyang") { events(first: 50) { edges { node { title } } } } }');
    await expect.poll(() => page.locator('aside.panel .facts a').allInnerTexts()).toEqual(place.events.edges.map((edge: { node: { title: string } }) => edge.node.title));
  }, 60_000);

  it('shows how two actors are connected, each link with its kind and evidence, one click from the highlighted words', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    await open('/app/connections?from=north-korea&to=russia', '.path');
    const [from, to] = await Promise.all([globalId('Actor', 'north-korea'), globalId('Actor', 'russia')]);
    const { connections } = await query(
      'query ($from: ID!, $to: ID!) { connections(from: $from, to: $to, first: 25) { totalCount edges { node { links { kind evidence { exact } } } } } }',
      { from, to },
    );
    expect(await page.locator('.path').count()).toBe(connections.edges.length);
    const first = connections.edges[0].node;
    expect(await page.locator('.path').first().locator('.hop').getAttribute('data-kind')).toBe(first.links[0].kind);
    expect(await page.locator('.path').first().locator('.hop-evidence a').allInnerTexts()).toEqual(first.links[0].evidence.map((span: { exact: string }) => `“${span.exact}”`));
    await page.locator('.path').first().locator('.hop-evidence a').first().click();
    await page.waitForURL(/\/app\/evidence\/article\/.*\?span=\d+-\d+/);
    await page.locator('.article mark').first().waitFor();
    expect(await page.locator('.article mark[data-spans~="0"]').allInnerTexts().then((parts) => parts.join(''))).toBe(first.links[0].evidence[0].exact);
    await expect.poll(() => inViewport(page, '.article mark')).toBe(true);
  }, 60_000);

  it('fits every view on a phone without sideways scrolling, brings a tapped actor into view, and passes axe at both sizes', async () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    const views = [
      ['timeline', '/app/timeline', '.rows .row'],
      ['table', '/app/table', 'table.data tbody tr'],
      ['network', '/app/network?actor=north-korea', '.graph canvas'],
      ['connections', '/app/connections?from=kim-jong-un&to=vladimir-putin', '.path'],
      ['map', '/app/map', '.map-point'],
      ['search', '/app/search?q=nuclear', '.results li'],
      ['place', '/app/evidence/place/kursk-province', '.article mark'],
      ['actor', '/app/evidence/actor/kim-jong-un', '.article mark'],
    ] as const;
    for (const [on, size] of [[phone, 'mobile'], [page, 'desktop']] as const) {
      for (const [name, path, ready] of views) {
        await on.goto(`${base}${path}`);
        await on.locator(ready).first().waitFor({ timeout: 20_000 });
        if (size === 'mobile') {
          const width = await on.evaluate(() => document.documentElement.scrollWidth);
          expect(width, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
          // The navigation fits: every link inside the width.
          const right = await on.locator('.site-header nav a').evaluateAll((links) => Math.max(...links.map((link) => link.getBoundingClientRect().right)));
          expect(right).toBeLessThanOrEqual(390);
        }
        // On a desktop the timeline, network and search were checked above.
        if (size === 'mobile' || !['timeline', 'network', 'search'].includes(name)) expect(await accessibilityViolations(on), `${path} at ${size}`).toEqual([]);
        if (!['place', 'actor'].includes(name) && !(name === 'network' && size === 'desktop')) await screenshot(`web-${name}-${size}.png`, on);
      }
    }
    // Tapping an actor on a phone brings its details into view.
    await phone.goto(`${base}/app/network`);
    await phone.locator('.actor-list a').first().waitFor();
    await phone.locator('.actor-list a', { hasText: 'Russia' }).tap();
    await phone.waitForURL(/actor=russia/);
    await expect.poll(() => inViewport(phone, 'aside.panel h2')).toBe(true);
  }, 120_000);

  it('needed nothing from another origin, and had no errors', () => {
    expect(browser, 'Chromium did not start').toBeDefined();
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
