/**
 * Operations compiled with graphql-jit, once per repeated document, into one cache bounded in
 * bytes that Yoga's pipeline fills and the fast lane reads: a document is in it only once it has
 * passed every check of the pipeline (token limit, parsing, validation with the security rules)
 * and been seen on a second request (or is persisted).
 */
import type { Plugin as EnvelopPlugin } from '@envelop/core';
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Sightings } from './sightings.js';

/** What graphql-jit made of a document, as envelop's plugin caches it. */
export type CompiledOperation = Pick<CompiledQuery, 'query' | 'stringify'>;

/** Bytes the compiled documents may take, the least recently used dropped first. */
const COMPILED_BYTES = 16 * 2 ** 20;

/**
 * What a compiled document holds, about: its generated code (the source of its functions, and
 * V8's compiled code and closures for it, some eight bytes a character of source) and its parsed
 * document (some twenty times the document's text).
 */
const compiledSize = (compiled: CompiledOperation, query: string) =>
  8 * (String(compiled.query).length + String(compiled.stringify).length) + 22 * query.length;

/** Compiled operations by document text, bounded in bytes. */
export const createCompiledCache = () => new LRUCache<string, CompiledOperation>({ maxSize: COMPILED_BYTES, sizeCalculation: (compiled, query) => Math.max(1, compiledSize(compiled, query)) });

export type CompiledCache = ReturnType<typeof createCompiledCache>;

/** True when the document holds exactly one operation. */
export const hasOneOperation = (document: DocumentNode) =>
  document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length === 1;

/**
 * graphql-jit in Yoga's pipeline, for documents seen before. Envelop's plugin keys compiled code
 * on the document alone, so a document with several operations would run whichever was compiled
 * first whatever `operationName` asks for: those run on graphql-js.
 */
export function useJit(cache: CompiledCache, sightings: Sightings): EnvelopPlugin {
  return useGraphQlJit(
    {},
    {
      cache,
      enableIf: ({ document, contextValue }) => {
        const query = (contextValue as { params?: { query?: unknown } }).params?.query;
        return hasOneOperation(document) && typeof query === 'string' && sightings.isRepeated(query);
      },
    },
  );
}

/**
 * `variables` with the defaults of the operation's variables that were left out. graphql-jit
 * reports a required variable with a default (`$slug: String! = "kim-jong-un"`) as missing, where
 * graphql-js, as the spec says, uses the default; filled in beforehand, both answer alike.
 */
export function withVariableDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const missing = operation.variableDefinitions?.filter((definition) => definition.defaultValue && !(definition.variable.name.value in variables));
  if (!missing?.length) return variables;
  // Prototype-free, as the variables themselves (see security/variables.ts).
  return Object.assign(Object.create(null) as Record<string, unknown>, variables, Object.fromEntries(missing.map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)])));
}

/** Fills in variable defaults before graphql-jit runs (see `withVariableDefaults`). */
export function useVariableDefaults(): EnvelopPlugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) args.variableValues = withVariableDefaults(operation, args.variableValues ?? {});
    },
  };
}
