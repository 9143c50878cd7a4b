/**
 * Loading data/: the real dataset resolves every evidence span exactly, and deliberately broken
 * copies of it are refused with every problem named by file, JSON path and reason.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/dataset.js';
import { DataLoadError, loadDataset, type DataProblem } from '../src/data/load.js';
import type { TextSpan } from '../src/data/model.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = join(ROOT, 'data');
const ARTICLE_SLUG = 'kim-real-war-2025-07';
const ARTICLE = `articles/${ARTICLE_SLUG}`;

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the real data/ folder in a temp dir, removed after the run. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-loading-'));
  tempDirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites the JSON file `file` (relative to `dir`) through `edit`. */
function editJson(dir: string, file: string, edit: (json: any) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

/** The problems loadDataset reports for `dir`; throws if it loads or fails some other way. */
function problemsOf(dir: string): DataProblem[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DataLoadError) return error.problems;
    throw error;
  }
  throw new Error(`expected the dataset in ${dir} to be refused`);
}

/** Matches a problem at exactly `file` and `path` whose reason matches `reason`. */
function problemAt(file: string, path: string, reason: RegExp) {
  return { file, path, reason: expect.stringMatching(reason) };
}

/** Every resolved span of the dataset, with the entity it belongs to for failure messages. */
function allSpans(dataset: Dataset): { owner: string; span: TextSpan }[] {
  const spans = (owner: string, list: TextSpan[]) => list.map((span) => ({ owner, span }));
  return [
    ...dataset.actors.flatMap((a) => spans(`actor ${a.slug}`, a.mentions)),
    ...dataset.places.flatMap((p) => spans(`place ${p.slug}`, p.mentions)),
    ...dataset.weaponSystems.flatMap((w) => spans(`weapon system ${w.slug}`, w.mentions)),
    ...dataset.events.flatMap((e) => spans(`event ${e.slug}`, e.evidence)),
    ...dataset.statements.flatMap((s) => spans(`statement ${s.slug}`, s.evidence)),
  ];
}

describe('the real dataset', () => {
  const bodyBytes = readFileSync(join(DATA_DIR, ARTICLE, 'body.txt'));
  let dataset: Dataset;
  beforeAll(() => {
    dataset = loadDataset(DATA_DIR);
  });

  it('loads every collection', () => {
    expect(dataset.articles.map((a) => a.slug)).toEqual([ARTICLE_SLUG]);
    for (const list of [dataset.actors, dataset.places, dataset.weaponSystems, dataset.events, dataset.statements]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('keeps the article body byte for byte and digests it with sha256', () => {
    const article = dataset.get('Article', ARTICLE_SLUG)!;
    expect(Buffer.from(article.body, 'utf8').equals(bodyBytes)).toBe(true);
    expect(article.bodyDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(article.bodyDigest).toBe(createHash('sha256').update(bodyBytes).digest('hex'));
  });

  it('resolves every span to the exact words at its offsets, with up to 32 characters of context', () => {
    const spans = allSpans(dataset);
    expect(spans.length).toBeGreaterThan(0);
    for (const { owner, span } of spans) {
      const body = dataset.get('Article', span.articleSlug)!.body;
      expect(span.start, owner).toBeLessThan(span.end);
      expect(span.exact, owner).toBe(body.slice(span.start, span.end));
      expect(span.prefix, owner).toBe(body.slice(Math.max(0, span.start - 32), span.start));
      expect(span.suffix, owner).toBe(body.slice(span.end, span.end + 32));
    }
  });
});

interface Breakage {
  name: string;
  /** Damages a copy of data/ in `dir`. */
  apply: (dir: string) => void;
  /** The problem the loader must report for it. */
  expected: ReturnType<typeof problemAt>;
}

const EVENTS = `${ARTICLE}/events.json`;
const STATEMENTS = `${ARTICLE}/statements.json`;
const ACTORS = `${ARTICLE}/actors.json`;

/** Breakages that touch different records, so they can also be applied all at once. */
const COMPOSABLE: Breakage[] = [
  {
    name: 'a quote that is not in the body',
    apply: (dir) => editJson(dir, EVENTS, (json) => (json.events[0].evidence[0] = { exact: 'Kim declared peace.' })),
    expected: problemAt(EVENTS, '$.events[0].evidence[0]', /quote not found in the article body: "Kim declared peace\."/),
  },
  {
    name: 'an ambiguous quote (it occurs twice and has no prefix or suffix)',
    apply: (dir) =>
      editJson(dir, EVENTS, (json) => (json.events[1].evidence[0] = { exact: "the North's deployment of troops" })),
    expected: problemAt(EVENTS, '$.events[1].evidence[0]', /ambiguous: it occurs 2 times/),
  },
  {
    name: 'a reference to a slug that does not exist',
    apply: (dir) => editJson(dir, EVENTS, (json) => (json.events[2].participants[0].actor = 'nobody')),
    expected: problemAt(EVENTS, '$.events[2].participants[0].actor', /unknown actor "nobody"/),
  },
  {
    name: 'a reference to an entity of the wrong type',
    apply: (dir) => editJson(dir, STATEMENTS, (json) => (json.statements[0].speaker = 'kursk-province')),
    expected: problemAt(STATEMENTS, '$.statements[0].speaker', /"kursk-province" is a place, but an actor is expected/),
  },
  {
    name: 'a date whose start is after its end',
    apply: (dir) =>
      editJson(dir, EVENTS, (json) => {
        json.events[3].date = { start: '2025-07-25', end: '2025-07-24', precision: 'DAY', edtf: '2025-07-25/2025-07-24', text: 'July 24' };
      }),
    expected: problemAt(EVENTS, '$.events[3].date', /start 2025-07-25 is after end 2025-07-24/),
  },
  {
    name: 'an EDTF string that disagrees with start and end',
    apply: (dir) => editJson(dir, EVENTS, (json) => (json.events[13].date.edtf = '2025-01-26')),
    expected: problemAt(EVENTS, '$.events[13].date', /edtf "2025-01-26" means start 2025-01-26, but start is 2025-01-25/),
  },
  {
    name: 'a precision finer than its phrase',
    apply: (dir) =>
      editJson(dir, EVENTS, (json) => {
        json.events[4].date = { start: '2024-05-01', end: '2024-05-01', precision: 'DAY', edtf: '2024-05-01', text: 'last year' };
      }),
    expected: problemAt(EVENTS, '$.events[4].date', /precision DAY is finer than the phrase "last year"/),
  },
  {
    name: 'a duplicate slug',
    apply: (dir) => editJson(dir, ACTORS, (json) => json.actors.push(json.actors[0])),
    expected: problemAt(ACTORS, '$.actors[20].slug', /duplicate actor slug "kim-jong-un" \(first defined in .*actors\.json\)/),
  },
  {
    name: 'a file that is not valid JSON',
    apply: (dir) => writeFileSync(join(dir, ARTICLE, 'weapon-systems.json'), '{ "weaponSystems": [ '),
    expected: problemAt(`${ARTICLE}/weapon-systems.json`, '$', /not valid JSON/),
  },
  {
    name: 'an article folder without body.txt',
    apply: (dir) => {
      mkdirSync(join(dir, 'articles/no-body'));
      cpSync(join(dir, ARTICLE, 'article.json'), join(dir, 'articles/no-body/article.json'));
    },
    expected: problemAt('articles/no-body/body.txt', '$', /missing/),
  },
];

/** A schema error drops its whole file, so this one would hide the event checks above. */
const BAD_ENUM: Breakage = {
  name: 'an enum value that does not exist',
  apply: (dir) => editJson(dir, EVENTS, (json) => (json.events[0].type = 'PARADE')),
  expected: problemAt(EVENTS, '$.events[0].type', /Invalid option: expected one of .*"MILITARY_EXERCISE"/),
};

describe('a broken dataset is refused', () => {
  it.each([...COMPOSABLE, BAD_ENUM].map((b) => [b.name, b] as const))('%s', (_name, breakage) => {
    const dir = copyOfData();
    breakage.apply(dir);
    expect(problemsOf(dir)).toContainEqual(breakage.expected);
  });

  it('when its body.txt is deleted', () => {
    const dir = copyOfData();
    rmSync(join(dir, ARTICLE, 'body.txt'));
    expect(problemsOf(dir)).toEqual([problemAt(`${ARTICLE}/body.txt`, '$', /missing/)]);
  });

  it('reporting every problem together when several breakages are applied at once', () => {
    const dir = copyOfData();
    for (const breakage of COMPOSABLE) breakage.apply(dir);
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThanOrEqual(COMPOSABLE.length);
    for (const breakage of COMPOSABLE) expect(problems, breakage.name).toContainEqual(breakage.expected);
  });
});

/** Runs `npx tsx scripts/data-check.ts` with `args` from the repo root. */
function runDataCheck(args: string[] = []) {
  return spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run data:check', () => {
  it('passes on the real dataset and prints a summary', () => {
    const result = runDataCheck();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\b1 articles, \d+ actors, .* \d+ evidence spans\n$/);
  }, 30_000);

  it('fails on a broken dataset with one `file: path: reason` line per problem', () => {
    const dir = copyOfData();
    const breakages = COMPOSABLE.slice(0, 4);
    for (const breakage of breakages) breakage.apply(dir);
    const result = runDataCheck(['--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => /^\s+articles\/\S+: \$\S*: /.test(line));
    expect(lines).toHaveLength(problemsOf(dir).length);
    expect(result.stderr).toContain(`${EVENTS}: $.events[0].evidence[0]: quote not found in the article body`);
    expect(result.stderr).toContain(`${STATEMENTS}: $.statements[0].speaker: "kursk-province" is a place`);
  }, 30_000);
});
