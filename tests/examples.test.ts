/**
 * The example operations in examples/: each says what question it answers, holds one named
 * operation, and runs against the real dataset with data and no errors.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../src/explorer.js';
import { request } from './helpers.js';

const examples = loadExamples();

/** The operations an example defines. */
function operationsOf(source: string): OperationDefinitionNode[] {
  return parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

describe('examples/*.graphql', () => {
  it('covers the questions analysts ask first', () => {
    expect(examples.map((example) => example.file)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('dashboard'),
        expect.stringContaining('kim-on-nuclear-forces'),
        expect.stringContaining('weapons-tests-by-date'),
        expect.stringContaining('what-happened-in-kursk'),
        expect.stringContaining('russia-north-korea'),
        expect.stringContaining('evidence-for-10000-troops'),
        expect.stringContaining('search'),
        expect.stringContaining('timeline-2024'),
      ]),
    );
  });

  it('give every operation a distinct name, as generated client code needs', () => {
    const names = examples.flatMap((example) => operationsOf(example.source).map((op) => op.name?.value));
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(examples)('$file', ({ source, question }) => {
    it('opens with a comment saying what question it answers', () => {
      expect(question.length).toBeGreaterThan(30);
    });

    it('holds exactly one operation', () => {
      expect(operationsOf(source)).toHaveLength(1);
    });

    it('runs as it stands with data and no errors', async () => {
      const result = await request(source);
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(value, `root field ${field}`).not.toBeNull();
      }
    });
  });
});
