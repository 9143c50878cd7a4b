/**
 * The explorer's tabs: GraphiQL opens with one ready tab per example in examples/, in order,
 * has its explorer plugin for point-and-click queries, and loads nothing from another origin.
 */
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../src/explorer.js';
import { server } from './helpers.js';

/** The explorer page as a browser gets it. */
async function explorerPage(): Promise<string> {
  const response = await server.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The options object the page hands to GraphiQL. */
function graphiqlOptions(html: string): { title?: string; defaultTabs?: { query: string }[] } {
  const match = /const options = (\{.*\});\n/.exec(html);
  if (!match) throw new Error('the page does not render GraphiQL');
  return JSON.parse(match[1]);
}

/** What the page loads through tag attributes, CSS url()/@import and literal import()/fetch()/Worker() calls. */
function loadedResources(html: string): string[] {
  const patterns = [
    /<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?\b(?:src|href|data|srcset)\s*=\s*["']?([^"'\s>]+)/gi,
    /url\(\s*["']?([^"')]+)["']?\s*\)/gi,
    /@import\s+["']([^"']+)["']/gi,
    /\b(?:import|importScripts|fetch|Worker|SharedWorker)\(\s*["'`]([^"'`]+)["'`]/g,
  ];
  return patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match[1]));
}

/** True for an absolute or protocol-relative URL: one that can leave the page's origin. */
const isExternal = (reference: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(reference.trim());

describe('the explorer at GET /graphql', () => {
  it('opens with every example of examples/ as a ready tab, in order', async () => {
    const tabs = graphiqlOptions(await explorerPage()).defaultTabs ?? [];
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(tabs.map((tab) => tab.query)).toEqual(examples.map((example) => example.source));
  });

  it('carries the GraphiQL Explorer plugin for point-and-click query building', async () => {
    const [script] = /\/explorer\/graphiql\.[0-9a-f]+\.js/.exec(await explorerPage()) ?? [];
    expect(script).toBeDefined();
    expect(await (await server.fetch(`http://localhost${script}`)).text()).toContain('graphiql-explorer');
  });

  it('references no external origin for any resource it loads', async () => {
    const resources = loadedResources(await explorerPage());
    expect(resources.length).toBeGreaterThan(0); // at least the inline favicon
    expect(resources.filter(isExternal)).toEqual([]);
  });

  it('would notice an external resource (the check above can fail)', () => {
    const page = '<script src="https://cdn.example/x.js"></script><style>@import "//fonts.example/a.css"; b { background: url(http://img.example/i.png) }</style>';
    expect(loadedResources(page).filter(isExternal)).toHaveLength(3);
  });
});
