/**
 * Schema change control: `npm run schema:check [-- --base <git ref>] [--schema <file>]
 * [--changelog <file>]`. Compares schema/schema.graphql with its version at the last release (the
 * last git tag, or else main's merge base) using GraphQL Inspector, prints every breaking and
 * dangerous change, and exits 1 when a breaking change is not recorded in CHANGELOG.md: its
 * schema coordinate (`Actor.role`, `Query.events.first`) in backticks under "## Unreleased".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_PATH = 'schema/schema.graphql';

/** Runs git in the repo; its trimmed output, or undefined when it fails. */
function git(args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The last release to compare with: the latest tag reachable from HEAD, else main's merge base. */
function lastRelease(): { ref: string; label: string } {
  const tag = git(['describe', '--tags', '--abbrev=0']);
  if (tag) return { ref: tag, label: `release tag ${tag}` };
  for (const main of ['main', 'origin/main']) {
    const base = git(['merge-base', 'HEAD', main]);
    if (base) return { ref: base, label: `${main}'s merge base ${base.slice(0, 12)}` };
  }
  throw new Error('no release to compare with: no git tag, and no main branch to take a merge base with (pass --base <ref>)');
}

/** The schema coordinates the "## Unreleased" section of the changelog names in backticks. */
function recordedCoordinates(changelog: string): Set<string> {
  const section = /^##\s*\[?Unreleased\]?[^\n]*\n([\s\S]*?)(?=^##\s|(?![\s\S]))/im.exec(changelog)?.[1] ?? '';
  return new Set([...section.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]));
}

/** One change as a printed line. */
function line(mark: string, change: Change, note = ''): string {
  const reason = change.criticality.reason ? ` (${change.criticality.reason})` : '';
  return `  ${mark} ${change.path ?? '(schema)'}: ${change.message}${reason}${note}`;
}

/** Runs the check and returns the process exit code. */
async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { base: { type: 'string' }, schema: { type: 'string' }, changelog: { type: 'string' } },
  });
  const release = values.base ? { ref: values.base, label: values.base } : lastRelease();
  const schemaFile = resolve(values.schema ?? `${ROOT}/${SCHEMA_PATH}`);
  const changelogFile = resolve(values.changelog ?? `${ROOT}/CHANGELOG.md`);

  const before = git(['show', `${release.ref}:${SCHEMA_PATH}`]);
  if (before === undefined) {
    console.log(`${SCHEMA_PATH} does not exist at ${release.label}: nothing to compare with.`);
    return 0;
  }
  const changes = await diff(buildSchema(before), buildSchema(readFileSync(schemaFile, 'utf8')));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
  const recorded = recordedCoordinates(existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '');
  const unrecorded = breaking.filter((c) => !c.path || !recorded.has(c.path));

  console.log(
    `${SCHEMA_PATH} against ${release.label}: ${breaking.length} breaking, ${dangerous.length} dangerous, ` +
      `${changes.length - breaking.length - dangerous.length} safe change(s).`,
  );
  for (const change of breaking) {
    console.log(line(unrecorded.includes(change) ? '✗ BREAKING' : '✓ breaking', change, unrecorded.includes(change) ? '' : ' — recorded in CHANGELOG.md'));
  }
  for (const change of dangerous) console.log(line('! dangerous', change));

  if (unrecorded.length) {
    console.error(
      `\n${unrecorded.length} breaking change(s) not recorded in CHANGELOG.md. Clients will break: avoid the change, ` +
        `or name each under "## Unreleased" by its coordinate in backticks, e.g. \`${unrecorded[0].path ?? 'Type.field'}\`, and say what clients must do.`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
