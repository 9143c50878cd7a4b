/**
 * Variables as the executors can take them safely: refused (coded 400) when nested deeper than
 * MAX_VARIABLE_DEPTH, so that no recursive walk over them (coercion, the cache key) overflows the
 * stack; copied into objects without a prototype, so that a variable named `toString` or
 * `constructor` left out reads as absent rather than as Object.prototype's method. `$__proto__`
 * is refused as a name: graphql-js coerces variables into a plain object, where it would set the
 * prototype instead of a value.
 */
import { Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_VARIABLE_DEPTH } from './limits.js';
import { rejection } from './rejection.js';

/** A copy of a JSON value with prototype-free objects, or undefined when nested past `maxDepth`. */
function prototypeFree(value: unknown, maxDepth: number): unknown {
  // Iterative, so that the depth check itself cannot overflow the stack.
  const root: { value: unknown } = { value: undefined };
  const stack: { from: unknown; into: Record<string, unknown> | unknown[]; key: string | number; depth: number }[] = [{ from: value, into: root as never, key: 'value', depth: 0 }];
  while (stack.length) {
    const { from, into, key, depth } = stack.pop()!;
    if (depth > maxDepth) return undefined;
    let copy: unknown = from;
    if (Array.isArray(from)) {
      copy = new Array(from.length);
      from.forEach((item, index) => stack.push({ from: item, into: copy as unknown[], key: index, depth: depth + 1 }));
    } else if (from !== null && typeof from === 'object') {
      copy = Object.create(null);
      for (const [name, item] of Object.entries(from)) stack.push({ from: item, into: copy as Record<string, unknown>, key: name, depth: depth + 1 });
    }
    Object.defineProperty(into, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return root.value;
}

/** Refuses a variable named `__proto__` (see above). */
export const NoProtoVariableRule: ValidationRule = (context) => ({
  [Kind.VARIABLE_DEFINITION](node) {
    if (node.variable.name.value === '__proto__') {
      context.reportError(rejection('`$__proto__` cannot be used as a variable name here; choose another name.', 'GRAPHQL_VALIDATION_FAILED', { nodes: node }));
    }
  },
});

/** A request's variables as the executors may take them, or undefined when they are nested too deep. */
export const safeVariables = (variables: object): Record<string, unknown> | undefined =>
  prototypeFree(variables, MAX_VARIABLE_DEPTH + 1) as Record<string, unknown> | undefined;

export function useVariableShape(): Plugin {
  return {
    onParams({ params, setParams, setResult }) {
      if (params.variables == null || typeof params.variables !== 'object') return;
      const variables = safeVariables(params.variables);
      if (variables === undefined) {
        setResult({ errors: [rejection(`Variables are nested more than ${MAX_VARIABLE_DEPTH} levels deep.`, 'BAD_USER_INPUT')] });
        return;
      }
      setParams({ ...params, variables });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(NoProtoVariableRule);
    },
  };
}
