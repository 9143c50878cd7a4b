/**
 * Dataset snapshots: a snapshot is written after a full load, read back only for byte-identical
 * files, and gives the same dataset; stale, damaged or foreign snapshots fall back to a full
 * load, and invalid data is refused as before.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/dataset.js';
import { DataLoadError, digestOf, loadDataset } from '../src/data/load.js';

const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const BODY = 'articles/kim-real-war-2025-07/body.txt';
const EVENTS = 'articles/kim-real-war-2025-07/events.json';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-snapshot-'));
  tempDirs.push(dir);
  return dir;
}

function copyOfData(): string {
  const dir = tempDir();
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

const snapshotsIn = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.snapshot'));

/** What a dataset answers from its indexes, in a form that compares whole. */
function answers(dataset: Dataset) {
  return {
    maps: dataset.maps,
    external: dataset.external,
    timeline: dataset.timeline.map((item) => item.slug),
    links: dataset.links.links,
    search: ['artillery', 'kim missle', 'pyong'].map((query) =>
      dataset.search.search(query).map((hit) => ({ slug: hit.entity.slug, score: hit.score, snippet: hit.snippet })),
    ),
  };
}

describe('a dataset snapshot', () => {
  const full = loadDataset(DATA_DIR);

  it('is keyed by the digest the loader computes, which digestOf computes without parsing', () => {
    expect(digestOf(DATA_DIR)).toBe(full.digest);
  });

  it('is written on the first load and read on the next, giving the same dataset', () => {
    const snapshots = tempDir();
    const first = loadDataset(DATA_DIR, { snapshotDir: snapshots });
    expect(snapshotsIn(snapshots)).toHaveLength(1);
    const second = loadDataset(DATA_DIR, { snapshotDir: snapshots });
    expect(second).not.toBe(first);
    expect(second.digest).toBe(full.digest);
    expect(answers(second)).toStrictEqual(answers(full));
    expect(answers(first)).toStrictEqual(answers(full));
  });

  it('is not used once a byte of the data changes, and is replaced by one for the new data', () => {
    const data = copyOfData();
    const snapshots = tempDir();
    loadDataset(data, { snapshotDir: snapshots });
    const [before] = snapshotsIn(snapshots);
    const body = join(data, BODY);
    const text = readFileSync(body, 'utf8');
    writeFileSync(body, `${text}\n`);
    const changed = loadDataset(data, { snapshotDir: snapshots });
    expect(changed.get('Article', 'kim-real-war-2025-07')!.body).toBe(`${text}\n`);
    expect(changed.digest).not.toBe(full.digest);
    expect(snapshotsIn(snapshots)).toHaveLength(1);
    expect(snapshotsIn(snapshots)[0]).not.toBe(before);
  });

  it('falls back to a full load when the snapshot is damaged', () => {
    const snapshots = tempDir();
    loadDataset(DATA_DIR, { snapshotDir: snapshots });
    const [file] = snapshotsIn(snapshots);
    const bytes = readFileSync(join(snapshots, file));
    writeFileSync(join(snapshots, file), bytes.subarray(0, bytes.length - 100));
    expect(answers(loadDataset(DATA_DIR, { snapshotDir: snapshots }))).toStrictEqual(answers(full));
    writeFileSync(join(snapshots, file), 'not a snapshot');
    expect(answers(loadDataset(DATA_DIR, { snapshotDir: snapshots }))).toStrictEqual(answers(full));
  });

  it('never lets invalid data load: the problems are reported as without a snapshot', () => {
    const data = copyOfData();
    const snapshots = tempDir();
    loadDataset(data, { snapshotDir: snapshots });
    const events = join(data, EVENTS);
    const json = JSON.parse(readFileSync(events, 'utf8'));
    json.events[0].type = 'PICNIC';
    writeFileSync(events, JSON.stringify(json, null, 2));
    const problems = (dir: string, options = {}) => {
      try {
        loadDataset(dir, options);
      } catch (error) {
        if (error instanceof DataLoadError) return error.problems;
      }
      return [];
    };
    expect(problems(data, { snapshotDir: snapshots })).toEqual(problems(data));
    expect(problems(data)).toContainEqual(expect.objectContaining({ file: EVENTS, path: '$.events[0].type' }));
  });
});
