/**
 * The execution time-out: a coded 400 instead of an answer that never comes.
 *
 * Execution here is in-memory and CPU-bound, so it never yields to the event loop and no timer
 * can interrupt it; graphql-jit, the executor, takes no AbortSignal either. So every resolver
 * checks its request's deadline first. Past it, each throws, which ends its branch of the
 * query at once, and the answer becomes a single EXECUTION_TIMEOUT error.
 */
import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejection.js';

/** Where a request's deadline is kept, on its context. */
const DEADLINE = Symbol('execution deadline');
/** Marks a field whose resolver already checks the deadline (servers may share one schema). */
const GUARDED = Symbol('checks the execution deadline');

/** A request's deadline; `passed` turns true once a resolver found it passed. */
export interface Deadline {
  at: number;
  ms: number;
  passed: boolean;
  /** Resolver calls so far: the clock is read on every CLOCK_EVERY-th. */
  calls: number;
}

/**
 * How often (in resolver calls) the clock is read: reading it costs more than most resolvers
 * here, which take about a microsecond, so a passed deadline is noticed at most 31 calls late.
 */
const CLOCK_EVERY = 32;

/** The answer to an operation that ran past its deadline. */
export const timeoutError = (ms: number) =>
  rejection(`The query ran longer than the ${ms} ms time-out; ask for less data in one query.`, 'EXECUTION_TIMEOUT');

/** Throws once the deadline on `context` (if any) has passed. */
function checkDeadline(context: unknown): void {
  const deadline = (context as { [DEADLINE]?: Deadline } | null)?.[DEADLINE];
  if (!deadline) return;
  if (deadline.passed || (deadline.calls++ % CLOCK_EVERY === 0 && performance.now() >= deadline.at)) {
    deadline.passed = true;
    throw timeoutError(deadline.ms);
  }
}

/**
 * Makes every resolver of `schema` check the deadline first, introspection's included (graphql-js
 * shares those between schemas; a request without a deadline passes them unchecked). Plain
 * property reads are left be.
 */
function guardResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> & { [GUARDED]?: true })[]) {
      const resolve = field.resolve;
      if (!resolve || field[GUARDED]) continue;
      field.resolve = (source, args, context, info) => {
        checkDeadline(context);
        return resolve(source, args, context, info);
      };
      field[GUARDED] = true;
    }
  }
}

/** Sets a deadline `ms` from now on an execution's context, which every resolver checks. */
export function armDeadline(context: object, ms: number): Deadline {
  const deadline: Deadline = { at: performance.now() + ms, ms, passed: false, calls: 0 };
  (context as { [DEADLINE]?: Deadline })[DEADLINE] = deadline;
  return deadline;
}

/** Ends execution after `ms` with a coded EXECUTION_TIMEOUT error. */
export function useExecutionTimeout(ms: number): Plugin {
  return {
    onSchemaChange({ schema }) {
      guardResolvers(schema);
    },
    onExecute({ args }) {
      const deadline = armDeadline(args.contextValue, ms);
      return {
        onExecuteDone({ setResult }) {
          if (deadline.passed) setResult({ errors: [timeoutError(ms)] });
        },
      };
    },
  };
}
