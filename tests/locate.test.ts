/**
 * `npm run locate`: the selector a curator pastes as evidence, which the loader then resolves to
 * the same offsets; prefix/suffix only when the phrase recurs; a clear refusal when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveSelector } from '../src/data/evidence.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = 'kim-real-war-2025-07';
const BODY = readFileSync(new URL(`../data/articles/${ARTICLE}/body.txt`, import.meta.url), 'utf8');

/** Runs the locate script as `npm run locate -- …` does. */
function locate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/locate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** The selectors (JSON lines) the script printed. */
function selectorsIn(stdout: string): { exact: string; prefix?: string; suffix?: string }[] {
  return stdout.split('\n').filter((line) => line.trim().startsWith('{')).map((line) => JSON.parse(line));
}

describe('npm run locate', () => {
  it('prints the bare quote and its offsets when the phrase occurs once', () => {
    const result = locate(ARTICLE, 'more than 10,000 soldiers');
    expect(result.status).toBe(0);
    expect(selectorsIn(result.stdout)).toEqual([{ exact: 'more than 10,000 soldiers' }]);
    const start = BODY.indexOf('more than 10,000 soldiers');
    expect(result.stdout).toContain(`start ${start}, end ${start + 'more than 10,000 soldiers'.length}`);
  });

  it('prints, for a phrase that recurs, one selector per occurrence that the loader resolves to it alone', () => {
    const result = locate(ARTICLE, 'for real war');
    expect(result.status).toBe(0);
    const selectors = selectorsIn(result.stdout);
    expect(selectors).toHaveLength(3);
    const starts = selectors.map((selector) => {
      expect(selector.prefix ?? selector.suffix).toBeDefined();
      const resolved = resolveSelector(BODY, selector);
      expect(resolved.ok).toBe(true);
      return resolved.ok ? resolved.start : -1;
    });
    expect(new Set(starts).size).toBe(3);
    for (const start of starts) expect(result.stdout).toContain(`start ${start}, end ${start + 'for real war'.length}`);
  });

  it('says clearly, and exits 1, when the phrase is absent', () => {
    const result = locate(ARTICLE, 'ready for peace');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`"ready for peace" does not occur in data/articles/${ARTICLE}/body.txt`);
  });

  it('points to a near match that differs only in case or quote marks', () => {
    const result = locate(ARTICLE, "'real war' threat");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"‘Real War’ threat"');
  });

  it('names the articles there are when the slug is unknown', () => {
    const result = locate('no-such-article', 'Kim');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`No article "no-such-article"`);
    expect(result.stderr).toContain(ARTICLE);
  });

  it('prints its usage when the quote is missing', () => {
    const result = locate(ARTICLE);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^usage: npm run locate -- <article-slug> "<quote>"/);
  });
});
