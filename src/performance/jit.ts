/**
 * Operations compiled with graphql-jit, once per document, into one bounded cache that Yoga's
 * pipeline fills and the fast lane reads: a document is in it only once it has passed every
 * check of the pipeline (token limit, parsing, validation with the security rules).
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

/** What graphql-jit made of a document, as envelop's plugin caches it. */
export type CompiledOperation = Pick<CompiledQuery, 'query' | 'stringify'>;

/** The most compiled documents kept (a compiled document holds generated code: tens of kB). */
const MAX_COMPILED_DOCUMENTS = 1_000;

/** Compiled operations by document text; bounded, the least recently used dropped first. */
export const createCompiledCache = () => new LRUCache<string, CompiledOperation>({ max: MAX_COMPILED_DOCUMENTS });

export type CompiledCache = ReturnType<typeof createCompiledCache>;

/** True when the document holds exactly one operation. */
export const hasOneOperation = (document: DocumentNode) =>
  document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length === 1;

/**
 * graphql-jit in Yoga's pipeline. Envelop's plugin keys compiled code on the document alone, so
 * a document with several operations would run whichever was compiled first whatever
 * `operationName` asks for: those run on graphql-js.
 */
export function useJit(cache: CompiledCache): EnvelopPlugin {
  return useGraphQlJit({}, { cache, enableIf: ({ document }) => hasOneOperation(document) });
}

/**
 * `variables` with the defaults of the operation's variables that were left out. graphql-jit
 * reports a required variable with a default (`$slug: String! = "kim-jong-un"`) as missing, where
 * graphql-js, as the spec says, uses the default; filled in beforehand, both answer alike.
 */
export function withVariableDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const missing = operation.variableDefinitions?.filter((definition) => definition.defaultValue && !(definition.variable.name.value in variables));
  if (!missing?.length) return variables;
  return { ...variables, ...Object.fromEntries(missing.map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)])) };
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
