/**
 * The fast lane: a `node:http` listener in front of Yoga that answers the common case itself.
 *
 * Most requests repeat a document the server has seen before, with new variables. Yoga runs
 * every such request through its whole machinery (a fetch Request and Response per request,
 * each plugin's hooks, a fresh envelop) although, for a document it has already accepted, all
 * that is left to decide is what depends on the variables. So the first time a document runs,
 * Yoga admits it here once every document-level check has passed (token limit, parsing,
 * validation with the security rules); afterwards a JSON POST of it is answered by the lane:
 * the variable-dependent limits (page sizes, argument lengths, cost) are checked again,
 * the operation runs (compiled by graphql-jit) under the same deadline, and the answer goes out
 * with the headers Yoga would send, logged and counted alike.
 *
 * Anything else goes to Yoga untouched, and so does any answer with an error: Yoga runs the
 * request again and shapes the error (masking, codes, HTTP status) as always. Only a time-out is
 * handed over as it is, so that a slow operation does not run twice.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
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
import { operationLog, REQUEST_ID_HEADER, requestIdOf, type Metrics, type OperationMetrics } from '../observability.js';
import type { CorsPolicy } from '../security/cors.js';
import { MAX_REQUEST_BODY_BYTES } from '../security/limits.js';
import { checkOperation } from '../security/operation-limits.js';
import { armDeadline, timeoutError } from '../security/timeout.js';
import { hasOneOperation, withVariableDefaults, type CompiledCache } from './jit.js';
import type { OperationParams, ResponseCache } from './response-cache.js';

export interface FastLaneOptions {
  schema: GraphQLSchema;
  dataset: Dataset;
  createContext: (dataset: Dataset) => Context;
  /** Where the pipeline keeps compiled documents (absent: the lane runs graphql-js). */
  compiled?: CompiledCache;
  /** The response cache the pipeline shares, when it is on. */
  responses?: ResponseCache;
  cors: CorsPolicy;
  executionTimeoutMs: number;
  logger: Parameters<typeof operationLog>[0];
  metrics: Metrics;
  /** The path of the GraphQL endpoint. */
  endpoint: string;
}

/** A document Yoga has accepted: what the lane needs to run it again. */
interface Admitted {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Whether limits depend on the variables and so are checked per request. */
  checkPerRequest: boolean;
  metrics: OperationMetrics;
  log: ReturnType<typeof operationLog>;
}

/** A request whose body has been read, with what answering it needs. */
interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  body: Buffer;
  /** `performance.now()` when it arrived. */
  start: number;
  /** Where it goes when the lane does not answer it. */
  yoga: RequestListener;
}

/** The most documents admitted; the least recently used are forgotten first (Yoga admits them again). */
const MAX_ADMITTED = 1_000;

/** Where Yoga finds the result the lane hands over (a time-out), in the server context. */
const HANDED_OVER = Symbol('result handed over by the fast lane');

/** The response media type for each `Accept` the lane answers; any other goes to Yoga. */
const MEDIA_TYPES = new Map<string | undefined, string>([
  [undefined, 'application/json; charset=utf-8'],
  ['*/*', 'application/json; charset=utf-8'],
  ['application/json', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
]);

/** The request media types whose bodies the lane reads. */
const JSON_BODIES = new Set(['application/json', 'application/json; charset=utf-8']);

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

/** The GraphQL parameters of a JSON body, when it is a plain single request (otherwise undefined). */
function paramsOf(body: unknown): OperationParams | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, ...rest } = body as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return { query, operationName: operationName as string | null | undefined, variables: variables as Record<string, unknown> | null | undefined };
}

/** Reads a request body of the announced length. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export class FastLane {
  private readonly admitted = new LRUCache<string, Admitted>({ max: MAX_ADMITTED });
  /** Requests answered by the lane itself, for tests and curiosity. */
  answered = 0;

  constructor(private readonly options: FastLaneOptions) {}

  /** The Yoga plugin that admits accepted documents and takes over handed-over results. */
  plugin(): Plugin {
    return {
      onParams: ({ context, setResult }) => {
        const handedOver = (context as { [HANDED_OVER]?: ExecutionResult })[HANDED_OVER];
        if (handedOver) setResult(handedOver);
      },
      onExecute: ({ args }) => {
        const { params } = args.contextValue as YogaInitialContext;
        if (typeof params?.query === 'string' && !this.admitted.has(params.query)) this.admit(params.query, args);
      },
    };
  }

  /**
   * Admits a document that has passed parsing and validation, unless the lane cannot run it.
   * `args` are those of the request that brings it, whose variables it is checked with.
   */
  private admit(query: string, args: ExecutionArgs): void {
    const { document, schema } = args;
    const operation = getOperationAST(document);
    if (!operation || !hasOneOperation(document) || checkOperation(args)) return;
    const checkPerRequest = !operation.variableDefinitions?.every((definition) => isBounded(schema, definition));
    const operationName = operation.name?.value ?? 'Anonymous';
    const { logger, endpoint } = this.options;
    const metrics = this.options.metrics.forOperation(operationName, operation.operation);
    const log = operationLog(logger, { method: 'POST', path: endpoint, operationName, operationType: operation.operation });
    this.admitted.set(query, { document, operation, checkPerRequest, metrics, log });
  }

  /** The `node:http` listener: the lane where it applies, Yoga everywhere else. */
  listener(yoga: RequestListener): RequestListener {
    const { endpoint } = this.options;
    return (request, response) => {
      const { headers } = request;
      const length = Number(headers['content-length']);
      const mediaType = MEDIA_TYPES.get(headers.accept);
      if (
        request.method !== 'POST' ||
        request.url !== endpoint ||
        !mediaType ||
        !JSON_BODIES.has(headers['content-type']?.toLowerCase() ?? '') ||
        !(length > 0 && length <= MAX_REQUEST_BODY_BYTES)
      ) {
        yoga(request, response);
        return;
      }
      const start = performance.now();
      readBody(request).then(
        (body) => {
          const exchange = { request, response, body, start, yoga };
          // Whatever goes wrong here unexpectedly, Yoga answers (and masks and logs it).
          return this.answer(exchange, mediaType).catch(() => response.headersSent || this.toYoga(exchange));
        },
        () => response.destroy(),
      );
    };
  }

  /** Hands a request whose body was read to Yoga, with the result to send when there is one. */
  private toYoga({ request, response, body, yoga }: Exchange, handedOver?: ExecutionResult): void {
    // Yoga reads a body already read from `request.body`, as behind a framework's body parser.
    Object.assign(request, { body });
    (yoga as (req: IncomingMessage, res: ServerResponse, context?: object) => void)(request, response, handedOver && { [HANDED_OVER]: handedOver });
  }

  /** Answers a buffered JSON POST, or hands it to Yoga. */
  private async answer(exchange: Exchange, mediaType: string): Promise<void> {
    const { request, response, body, start } = exchange;
    const toYoga = (handedOver?: ExecutionResult) => this.toYoga(exchange, handedOver);
    let params: OperationParams | undefined;
    try {
      params = paramsOf(JSON.parse(body.toString('utf8')));
    } catch {
      params = undefined;
    }
    const admitted = params && this.admitted.get(params.query);
    if (!params || !admitted || (params.operationName != null && params.operationName !== admitted.operation.name?.value)) return toYoga();

    const { responses } = this.options;
    const etag = responses?.etagOf(params);
    const wanted = request.headers['if-none-match'];
    if (responses?.isCurrent(wanted)) return this.send(request, response, start, admitted, { status: 304, etag: wanted });
    const cached = etag === undefined ? undefined : responses!.get(etag);
    if (cached !== undefined) return this.send(request, response, start, admitted, { status: 200, mediaType, body: cached, etag });

    const { schema, dataset, createContext, compiled, executionTimeoutMs } = this.options;
    const variables = withVariableDefaults(admitted.operation, params.variables ?? {});
    const { document } = admitted;
    if (admitted.checkPerRequest && checkOperation({ schema, document, variableValues: variables })) return toYoga();
    const context = createContext(dataset);
    const deadline = armDeadline(context, executionTimeoutMs);
    const run = compiled?.get(params.query);
    const result = await (run ? run.query(undefined, context, variables) : execute({ schema, document, contextValue: context, variableValues: variables }));
    if (deadline.passed) return toYoga({ errors: [timeoutError(executionTimeoutMs)] });
    if (result.errors?.length) return toYoga();
    const text = JSON.stringify(result);
    if (etag !== undefined) responses!.set(etag, text);
    this.send(request, response, start, admitted, { status: 200, mediaType, body: text, etag });
  }

  /** Writes the answer with the headers Yoga would send, then logs and counts it. */
  private send(
    request: IncomingMessage,
    response: ServerResponse,
    start: number,
    admitted: Admitted,
    answer: { status: number; mediaType?: string; body?: string; etag?: string },
  ): void {
    const { cors, responses } = this.options;
    const reqId = requestIdOf(request.headers[REQUEST_ID_HEADER] as string | undefined);
    const headers: Record<string, string | number> = { [REQUEST_ID_HEADER]: reqId };
    if (answer.body !== undefined) {
      headers['content-type'] = answer.mediaType!;
      headers['content-length'] = Buffer.byteLength(answer.body);
    }
    const origin = cors.allowOrigin(request.headers.origin);
    if (origin) headers['access-control-allow-origin'] = origin;
    if (cors.variesByOrigin) headers.vary = 'Origin';
    if (answer.etag !== undefined && responses) Object.assign(headers, responses.headersFor(answer.etag));
    response.writeHead(answer.status, headers);
    response.end(answer.body);
    this.answered++;
    admitted.log(reqId, answer.status, start);
    admitted.metrics.observe('POST', answer.status, (performance.now() - start) / 1000);
  }
}
