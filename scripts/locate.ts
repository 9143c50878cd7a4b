/**
 * Prints the evidence selector for a phrase of an article: `npm run locate -- <article-slug>
 * "<quote>" [--dir <data dir>]`. The selector is the quote alone when it occurs once, and with
 * the prefix/suffix that tell each occurrence apart when it occurs more than once. Exits 1,
 * saying why, when the article or the phrase is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveSelector, selectorFor } from '../src/data/evidence.js';

/** The repo's data/ folder, found from this file rather than the working directory. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Characters of context shown around each occurrence. */
const CONTEXT = 30;

const USAGE = 'usage: npm run locate -- <article-slug> "<quote>" [--dir <data dir>]';

/** Quote marks a curator may type differently from the source, folded to their plain forms. */
const QUOTE_FOLDS: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '`': "'" };

/** Folds case and quote marks one character at a time, so offsets in the folded text still hold. */
function fold(text: string): string {
  return [...text].map((c) => QUOTE_FOLDS[c] ?? (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** Every offset at which `quote` starts in `body`. */
function occurrences(body: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The body around `start..end` on one line, with the span in [brackets]. */
function inContext(body: string, start: number, end: number): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const before = body.slice(Math.max(0, start - CONTEXT), start);
  const after = body.slice(end, end + CONTEXT);
  return `…${flat(before)}[${flat(body.slice(start, end))}]${flat(after)}…`;
}

/** The selector for one occurrence, checked by resolving it back, as lines to print. */
function describeOccurrence(body: string, start: number, end: number): string[] {
  const selector = selectorFor(body, start, end);
  const resolved = resolveSelector(body, selector);
  if (!resolved.ok || resolved.start !== start) throw new Error(`internal error: the selector does not resolve back (${JSON.stringify(selector)})`);
  return [
    `  ${JSON.stringify(selector)}`,
    `  resolves to start ${resolved.start}, end ${resolved.end}: ${inContext(body, resolved.start, resolved.end)}`,
  ];
}

/** What to print when the phrase is absent: where a near match (other case or quote marks) is, if any. */
function absent(body: string, quote: string, bodyFile: string): string {
  const near = occurrences(fold(body), fold(quote));
  const lines = [`"${quote}" does not occur in ${bodyFile}.`];
  if (near.length) {
    const [start] = near;
    lines.push(
      `It does occur with other case or quote marks ${near.length === 1 ? 'once' : `${near.length} times`}, first at ${start}: ` +
        `"${body.slice(start, start + quote.length)}". Evidence must copy the source exactly: use those words.`,
    );
  } else {
    lines.push('Copy the words from body.txt exactly, including quote marks and punctuation.');
  }
  return lines.join('\n');
}

/** Runs the look-up and returns the process exit code. */
function main(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { dir: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 2 || !positionals[1]) {
    console.error(USAGE);
    return 1;
  }
  const [articleSlug, quote] = positionals;
  const dataDir = values.dir === undefined ? DEFAULT_DATA_DIR : resolve(values.dir);
  const bodyFile = join('articles', articleSlug, 'body.txt');
  if (!existsSync(join(dataDir, bodyFile))) {
    const known = existsSync(join(dataDir, 'articles')) ? readdirSync(join(dataDir, 'articles')).join(', ') : 'none';
    console.error(`No article "${articleSlug}": there is no ${join('data', bodyFile)}. Articles: ${known}.`);
    return 1;
  }
  const body = readFileSync(join(dataDir, bodyFile), 'utf8');
  const starts = occurrences(body, quote);
  if (starts.length === 0) {
    console.error(absent(body, quote, join('data', bodyFile)));
    return 1;
  }
  if (starts.length === 1) {
    console.log(`"${quote}" occurs once in ${articleSlug}; paste into "evidence":`);
    console.log(describeOccurrence(body, starts[0], starts[0] + quote.length).join('\n'));
    return 0;
  }
  console.log(`"${quote}" occurs ${starts.length} times in ${articleSlug}; paste the selector of the one you mean:`);
  starts.forEach((start, i) => console.log([`#${i + 1}`, ...describeOccurrence(body, start, start + quote.length)].join('\n')));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
