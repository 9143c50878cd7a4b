/**
 * The fast lane: inside Yoga's pipeline, a shorter way through the document phase for documents
 * seen before.
 *
 * Most requests repeat a document the server has already accepted, with new variables. For such
 * a document, parsing, validating (with the security rules) and building a fresh envelop again
 * decide nothing new: all that is left is what depends on the variables. So once a document has
 * run without being refused and has been seen a second time (or is persisted), it is admitted
 * here; afterwards the lane takes the place of Yoga's document phase for it: the
 * variable-dependent limits (page sizes, argument lengths, cost) are checked again, and the
 * operation runs (compiled by graphql-jit) under the same deadline.
 *
 * The lane is Yoga's params handler (`setParamsHandler`), so it cannot be bypassed: every
 * request-phase hook of every plugin (`onRequest`, `onRequestParse`, `onParams`,
 * `onExecutionResult`, `onResultProcess`, `onResponse`) runs for its answers as for any other,
 * and so do content types, CORS, conditional requests, compression, logs and metrics.
 * An answer with an error is left to Yoga's own handler, which runs the request again and reports
 * it as always; only a time-out is kept, so that a slow operation does not run twice.
 * (A plain `node:http` handler in front of Yoga was 2–3 times faster again, but every
 * request-level rule had to be written twice, and one that was not was silently skipped.)
 */
import {
  execute,
  getNullableType,
  getOperationAST,
  GraphQLBoolean,
  GraphQLID,
  isEnumType,
  typeFromAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import type { Dataset } from '../data/dataset.js';
import { noteOperation } from '../observability.js';
import { checkOperation, type ListSizes } from '../security/operation-limits.js';
import { armDeadline, timeoutError } from '../security/timeout.js';
import { hasOneOperation, withVariableDefaults, type CompiledCache } from './jit.js';
import type { Sightings } from './sightings.js';

export interface FastLaneOptions {
  schema: GraphQLSchema;
  dataset: Dataset;
  createContext: (dataset: Dataset) => Context;
  /** Where the pipeline keeps compiled documents (absent: the lane runs graphql-js). */
  compiled?: CompiledCache;
  /** Which documents have been seen before: only those are admitted. */
  sightings: Sightings;
  executionTimeoutMs: number;
  /** What the cost limit prices plain lists at, as in Yoga's pipeline. */
  listSizes: ListSizes;
}

/** Where Yoga finds a result handed over from outside its pipeline (a time-out), in the server context. */
const HANDED_OVER = Symbol('result handed over to Yoga');

/** A document Yoga has accepted: what the lane needs to run it again. */
export interface Admitted {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Whether limits depend on the variables and so are checked per request. */
  checkPerRequest: boolean;
}

/**
 * Bytes the admitted documents may take: a parsed document takes about twenty times its text
 * (measured with `process.memoryUsage()` over the examples), and its text is the key.
 */
const ADMITTED_BYTES = 8 * 2 ** 20;
const PARSED_BYTES_PER_CHARACTER = 20;

/** The hooks that run for every request, the lane's answers included. */
export const REQUEST_PHASE_HOOKS = ['onRequest', 'onRequestParse', 'onParams', 'onExecutionResult', 'onResultProcess', 'onResponse'] as const;

/**
 * The hooks of the document phase, which the lane takes the place of for admitted documents:
 * parsing and validation were done at admission, and each per-request check of this phase is
 * done by the lane itself (variable-dependent limits, the deadline, compiled execution).
 */
export const DOCUMENT_PHASE_HOOKS = ['onParse', 'onValidate', 'onExecute', 'onSubscribe'] as const;

/** Hooks that run once, when the server starts or stops, or wrap others. */
export const LIFECYCLE_HOOKS = ['onPluginInit', 'onYogaInit', 'onSchemaChange', 'onEnveloped', 'onDispose', 'instrumentation'] as const;

/**
 * Throws when a plugin declares a hook the lane does not honour: a hook of a kind it does not
 * know, or one that builds context (`onContextBuilding`) other than `contextBuilder`, the
 * server's own, whose `createContext` the lane calls itself. The server refuses to start rather
 * than answer some requests without it.
 */
export function assertLaneHonours(plugins: readonly object[], contextBuilder: object): void {
  const known = new Set<string>([...REQUEST_PHASE_HOOKS, ...DOCUMENT_PHASE_HOOKS, ...LIFECYCLE_HOOKS]);
  for (const plugin of plugins) {
    for (const [name, value] of Object.entries(plugin)) {
      if (typeof value !== 'function' && name !== 'instrumentation') continue;
      if (known.has(name) || (name === 'onContextBuilding' && plugin === contextBuilder)) continue;
      throw new Error(`A plugin declares \`${name}\`, which the fast lane does not honour; run it in the lane or turn the lane off.`);
    }
  }
}

/**
 * Whether no value of a variable can change what the limits say: an ID (exempt from the length
 * limit), a Boolean or an enum value, not in a list. (The cost counts fields whatever
 * `@include` and `@skip` decide.)
 */
function isBounded(schema: GraphQLSchema, definition: VariableDefinitionNode): boolean {
  const type = typeFromAST(schema, definition.type);
  const nullable = type && getNullableType(type);
  return nullable === GraphQLID || nullable === GraphQLBoolean || isEnumType(nullable);
}

export class FastLane {
  private readonly admitted = new LRUCache<string, Admitted>({
    maxSize: ADMITTED_BYTES,
    sizeCalculation: (_admitted, query) => Math.max(1, query.length * (PARSED_BYTES_PER_CHARACTER + 2)),
  });
  /** Requests answered by the lane itself (inside Yoga or at the front door), for tests and curiosity. */
  answers = 0;
  /** Requests the lane answered inside Yoga's pipeline without an error. */
  private readonly answeredRequests = new WeakSet<Request>();

  constructor(private readonly options: FastLaneOptions) {}

  /** The Yoga plugin that admits accepted documents and answers admitted ones. */
  plugin(): Plugin {
    return {
      onParams: ({ params, request, paramsHandler, setParamsHandler, setResult, context }) => {
        const handedOver = (context as { [HANDED_OVER]?: ExecutionResult })[HANDED_OVER];
        if (handedOver) return setResult(handedOver);
        const { query, operationName } = params;
        if (typeof query !== 'string') return;
        const admitted = this.lookUp(query, operationName);
        if (!admitted) return;
        noteOperation(request, admitted.operation);
        setParamsHandler(async (payload) => {
          let result: ExecutionResult | undefined;
          try {
            result = await this.execute(admitted, query, payload.params.variables ?? {});
          } catch {
            result = undefined; // whatever failed unexpectedly, Yoga runs it again, and masks and logs it
          }
          if (result && !result.errors) this.answeredRequests.add(request);
          return result ?? paramsHandler(payload);
        });
      },
      onExecute: ({ args }) => {
        const { params } = args.contextValue as YogaInitialContext;
        if (typeof params?.query === 'string' && this.options.sightings.isRepeated(params.query) && !this.admitted.has(params.query)) {
          this.admit(params.query, args);
        }
      },
    };
  }

  /** The admitted document `query`, when the lane can run the operation `operationName` asks for. */
  lookUp(query: string, operationName: string | null | undefined): Admitted | undefined {
    const admitted = this.admitted.get(query);
    return admitted && (operationName == null || operationName === admitted.operation.name?.value) ? admitted : undefined;
  }

  /** Whether the lane answered `request` inside Yoga's pipeline, with a result free of errors. */
  answered(request: Request): boolean {
    return this.answeredRequests.has(request);
  }

  /**
   * The server context that hands `result` (a time-out met outside Yoga) to Yoga, which sends it
   * as its own answer without running the operation again.
   */
  static handingOver(result: ExecutionResult): object {
    return { [HANDED_OVER]: result };
  }

  /**
   * Admits a document that has passed parsing and validation, unless the lane cannot run it.
   * `args` are those of the request that brings it, whose variables it is checked with.
   */
  private admit(query: string, args: ExecutionArgs): void {
    const { document, schema } = args;
    const operation = getOperationAST(document);
    if (!operation || !hasOneOperation(document) || checkOperation(args, this.options.listSizes)) return;
    const checkPerRequest = !operation.variableDefinitions?.every((definition) => isBounded(schema, definition));
    this.admitted.set(query, { document, operation, checkPerRequest });
  }

  /** The result of an admitted operation, or undefined to leave the request to Yoga's handler. */
  async execute(admitted: Admitted, query: string, given: Record<string, unknown>): Promise<ExecutionResult | undefined> {
    const { schema, dataset, createContext, compiled, executionTimeoutMs } = this.options;
    const variables = withVariableDefaults(admitted.operation, given);
    const { document } = admitted;
    if (admitted.checkPerRequest && checkOperation({ schema, document, variableValues: variables }, this.options.listSizes)) return undefined;
    const context = createContext(dataset);
    const deadline = armDeadline(context, executionTimeoutMs);
    const run = compiled?.get(query);
    const result = await (run ? run.query(undefined, context, variables) : execute({ schema, document, contextValue: context, variableValues: variables }));
    if (deadline.passed) return { errors: [timeoutError(executionTimeoutMs)] };
    if (result.errors?.length) return undefined;
    this.answers++;
    return run ? Object.assign(result, { stringify: run.stringify }) : result;
  }
}
