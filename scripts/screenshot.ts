/**
 * Takes docs/explorer.png: the explorer in headless Chromium, with its example tabs, the
 * GraphiQL Explorer plugin open and the first tab run. Every request to another origin is
 * blocked and reported, so the picture also proves the explorer works offline.
 * `npm run docs:screenshot [-- --chromium /usr/bin/chromium]`
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadDataset } from '../src/data/load.js';
import { createServer } from '../src/yoga.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const OUTPUT = fileURLToPath(new URL('../docs/explorer.png', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Serves the API on an ephemeral port of 127.0.0.1 and returns its origin and a way to stop it. */
async function serve(): Promise<{ origin: string; close: () => void }> {
  const server = createHttpServer(createServer({ dataset: loadDataset(DATA_DIR) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Takes the screenshot and returns the process exit code. */
async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { chromium: { type: 'string', default: CHROMIUM_PATH } } });
  const { origin, close } = await serve();
  const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_ARGS });
  const blocked: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor();
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-execute-button').first().click();
    await page.locator('.graphiql-response').getByText('totalCount').first().waitFor({ timeout: 20_000 });
    // The plugin scrolls to the fields the query selects; show the root fields instead.
    await page.locator('.graphiql-plugin').evaluate((panel) => panel.scrollTo(0, 0));
    await page.screenshot({ path: OUTPUT });
    console.log(`wrote ${OUTPUT} (${await page.locator('.graphiql-tab').count()} tabs)`);
  } finally {
    await browser.close();
    close();
  }
  if (blocked.length) {
    console.error(`the explorer tried to load from another origin:\n${blocked.join('\n')}`);
    return 1;
  }
  console.log('no request left 127.0.0.1');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
