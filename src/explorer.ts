/**
 * The explorer: GraphiQL as Yoga bundles it (with its explorer plugin for point-and-click
 * queries), opening with one ready tab per example operation in `examples/*.graphql`. Everything
 * it loads comes from this server (explorer-page.ts), so it works with no internet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphiQLOptions } from 'graphql-yoga';

/** The repo's examples/ folder, found from this file rather than the working directory. */
const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));

/** One example operation: its file, the question its leading comment says it answers, its text. */
export interface Example {
  file: string;
  question: string;
  source: string;
}

/** A small inline favicon, so the explorer page needs nothing from another origin. */
const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#7a1f1f"/><path d="M3 12 L8 3 L13 12 Z" fill="#fff"/></svg>',
  );

/** The leading `#` comment block of a GraphQL document, as one line of text ('' when none). */
function leadingComment(source: string): string {
  const lines = [];
  for (const line of source.split('\n')) {
    const match = /^\s*#\s?(.*)$/.exec(line);
    if (!match) break;
    lines.push(match[1].trim());
  }
  return lines.join(' ').trim();
}

/** Reads every `*.graphql` in `dir`, in file-name order (the numeric prefixes set the tab order). */
export function loadExamples(dir: string = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return { file, question: leadingComment(source), source };
    });
}

/** GraphiQL's options: the examples as its default tabs, our title and favicon. */
export function explorerOptions(examples: Example[]): GraphiQLOptions {
  return {
    title: 'escalation-graph explorer',
    favicon: FAVICON,
    defaultTabs: examples.map((example) => ({ query: example.source })),
    // Queries as GETs: HTTP caches may keep their answers, and a POST to the page's own URL would
    // evict the page from the browser's cache (RFC 9111 §4.4), so a reload could not revalidate it.
    useGETForQueries: true,
  };
}
