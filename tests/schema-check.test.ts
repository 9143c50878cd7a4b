/**
 * `npm run schema:check`: against the committed schema it finds a breaking change, fails until
 * CHANGELOG.md's Unreleased section records it, and prints dangerous changes without failing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASE = 'HEAD';
const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The schema as committed at BASE. */
const committed = spawnSync('git', ['show', `${BASE}:schema/schema.graphql`], { cwd: ROOT, encoding: 'utf8' }).stdout;

/** Writes `text` to a file in the temp dir and returns its path. */
function temp(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The committed schema with `Actor.role` removed: a breaking change. */
function withoutActorRole(): string {
  return print(
    visit(parse(committed), {
      FieldDefinition: (node, _key, _parent, _path, ancestors) => {
        const owner = ancestors[ancestors.length - 1];
        const isActor = owner && 'kind' in owner && owner.kind === Kind.OBJECT_TYPE_DEFINITION && owner.name.value === 'Actor';
        return isActor && node.name.value === 'role' ? null : undefined;
      },
    }),
  );
}

/** Runs the check of `schema` against BASE with `changelog`. */
function schemaCheck(schema: string, changelog: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/schema-check.ts', '--base', BASE, '--schema', temp('schema.graphql', schema), '--changelog', temp('CHANGELOG.md', changelog)],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

const EMPTY_CHANGELOG = '# Changelog\n\n## Unreleased\n\n### Added\n- Nothing yet.\n';

describe('npm run schema:check', () => {
  it('passes when the schema has not changed', () => {
    expect(committed).toContain('type Actor implements Node');
    const result = schemaCheck(committed, EMPTY_CHANGELOG);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 breaking, 0 dangerous, 0 safe');
  });

  it('fails on a breaking change that CHANGELOG.md does not record, naming it', () => {
    const result = schemaCheck(withoutActorRole(), EMPTY_CHANGELOG);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ BREAKING Actor\.role: Field 'role' .*removed/);
    expect(result.stderr).toContain('1 breaking change(s) not recorded in CHANGELOG.md');
  });

  it('passes once the Unreleased section records the change by its coordinate', () => {
    const changelog = '# Changelog\n\n## Unreleased\n\n### Breaking changes\n- `Actor.role` is removed: read `Actor.description`.\n';
    const result = schemaCheck(withoutActorRole(), changelog);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ breaking Actor.role');
  });

  it('does not count a record under an already released version', () => {
    const changelog = `${EMPTY_CHANGELOG}\n## 0.1.0\n\n### Breaking changes\n- \`Actor.role\` is removed.\n`;
    expect(schemaCheck(withoutActorRole(), changelog).status).toBe(1);
  });

  it('prints dangerous changes without failing', () => {
    const result = schemaCheck(committed.replace(/(enum ActorKind \{)/, '$1\n  """A new kind."""\n  ALLIANCE\n'), EMPTY_CHANGELOG);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/! dangerous ActorKind\.ALLIANCE: Enum value 'ALLIANCE' was added/);
  });
});
