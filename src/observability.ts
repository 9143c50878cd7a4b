/**
 * What operators see: one structured JSON log line per request (pino), a readiness probe at
 * `/ready` beside Yoga's `/health`, and Prometheus metrics, served on a listener of their own
 * (`metricsListener`), never on the public port.
 *
 * Logs carry a request id, the operation name and type, the duration and the error codes, but
 * never the query text or its variables: those may hold what a user searched for.
 */
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { getOperationAST, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { useReadinessCheck, type Plugin, type YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import type { Dataset } from './data/dataset.js';
import { Series, SeriesMetric } from './metric-series.js';

/** The header that carries the request id, in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Probe endpoints, logged at debug level so they do not drown the request log. */
const QUIET_PATHS = new Set(['/health', '/ready']);

/** What the request log gathers about one request while it runs. */
interface RequestRecord {
  id: string;
  start: number;
  operationName?: string;
  operationType?: string;
  errorCodes: string[];
  /** Whether the request carried GraphQL parameters (it is counted as an operation). */
  graphql?: boolean;
}

/** The operation each request runs, noted by whoever finds it (Yoga's execution or the fast lane). */
const operations = new WeakMap<Request, { name: string; type: string }>();

/** Each answered request's log line, for whoever answers the very same request again (the front door). */
const completions = new WeakMap<Request, CompletedRequest>();

/** The log line written for `request`, once it is answered. */
export const completionOf = (request: Request): CompletedRequest | undefined => completions.get(request);

/** Notes the operation `request` runs, for its log line and its metrics. */
export function noteOperation(request: Request, operation: OperationDefinitionNode): void {
  operations.set(request, { name: operation.name?.value ?? 'Anonymous', type: operation.operation });
}

/** The caller's request id (the `x-request-id` header) when it is a sane token, otherwise a fresh UUID. */
export function requestIdOf(given: string | null | undefined): string {
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** One line of the request log. */
export interface CompletedRequest {
  reqId: string;
  method: string;
  path: string;
  status: number;
  /** `performance.now()` when the request arrived. */
  start: number;
  operationName?: string;
  operationType?: string;
  errorCodes?: string[];
}

/** Milliseconds since `start` (a `performance.now()`), to a hundredth. */
const millisecondsSince = (start: number) => Math.round((performance.now() - start) * 100) / 100;

/** The message of every request's log line. */
const COMPLETED = 'request completed';

/** The level of a finished request's line: errors at error level, probes at debug, the rest at info. */
function levelOf({ status, path, errorCodes }: Pick<CompletedRequest, 'status' | 'path' | 'errorCodes'>): 'error' | 'debug' | 'info' {
  const failed = status >= 500 || errorCodes?.includes('INTERNAL_SERVER_ERROR');
  return failed ? 'error' : QUIET_PATHS.has(path) ? 'debug' : 'info';
}

/** Writes the log line of a finished request. */
export function logRequest(logger: Logger, { start, errorCodes, ...entry }: CompletedRequest): void {
  const level = levelOf({ ...entry, errorCodes });
  if (!logger.isLevelEnabled(level)) return;
  logger[level]({ ...entry, durationMs: millisecondsSince(start), errorCodes: errorCodes?.length ? [...new Set(errorCodes)] : undefined }, COMPLETED);
}

/**
 * The log of one kind of answer, sent again and again (by the front door): the same line as
 * `logRequest` writes, from a pino child that has what every such line shares written once, so
 * only the id and the duration are serialised per request (a quarter of the cost, measured).
 */
export function answerLog(logger: Logger, shared: Omit<CompletedRequest, 'reqId' | 'start' | 'errorCodes'>): (reqId: string, start: number) => void {
  const level = levelOf(shared);
  const child = logger.child(shared);
  return (reqId, start) => {
    if (child.isLevelEnabled(level)) child[level]({ reqId, durationMs: millisecondsSince(start) }, COMPLETED);
  };
}

/** The `extensions.code` of a GraphQL error as it goes to the client. */
function codeOf(error: { extensions?: { readonly [key: string]: unknown } } | undefined): string {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Adapts a pino logger to Yoga's logger interface, so Yoga's own messages are JSON lines too. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) =>
    (logger[level] as (...a: unknown[]) => void).apply(logger, args);
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

/** Logs each request on completion (and counts it in `metrics`), and echoes its request id in the response. */
export function useRequestLog(logger: Logger, metrics?: Metrics): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, { id: requestIdOf(request.headers.get(REQUEST_ID_HEADER)), start: performance.now(), errorCodes: [] });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (!record) return;
      record.graphql = true;
      if (typeof params.operationName === 'string') record.operationName = params.operationName.slice(0, 100);
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) noteOperation(args.contextValue.request, operation);
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) record.errorCodes.push(codeOf(error));
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set(REQUEST_ID_HEADER, record.id);
      const operation = operations.get(request);
      const completed = {
        reqId: record.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        start: record.start,
        operationName: operation?.name ?? record.operationName,
        operationType: operation?.type ?? (record.graphql ? 'unknown' : undefined),
        errorCodes: record.errorCodes,
      };
      completions.set(request, completed);
      logRequest(logger, completed);
      metrics?.observe(completed);
    },
  };
}

/** `GET /ready`: 200 once the dataset is loaded and the schema is built, 503 before. */
export function useReadiness(dataset: Dataset, schema: GraphQLSchema): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: () => dataset.articles.length > 0 && schema.getQueryType() !== undefined,
  });
}

/** The label every operation the server does not know by name is counted under. */
export const OTHER_OPERATIONS = 'other';

export interface Metrics {
  registry: Registry;
  /** Counts and times one completed request. */
  observe(request: CompletedRequest): void;
}

/**
 * Request counts and duration histograms per operation, errors by code, and the process's own
 * metrics. Only the operations in `knownOperations` (the persisted ones) get a label of their
 * own; every other name a client chooses is counted under `other`, so that no client can grow
 * the registry. Each server gets its own registry, so several servers in one process (as in the
 * tests) do not share counts. (The metric names are those `@graphql-yoga/plugin-prometheus`
 * gave them, which this replaces: it labels every client-chosen name.)
 */
export function createMetrics(knownOperations: ReadonlySet<string> = new Set()): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationLabels = ['operationName', 'operationType'] as const;
  const requests = new SeriesMetric('graphql_envelop_request', 'GraphQL requests, by operation', 'counter', registry);
  const durations = new SeriesMetric('graphql_envelop_request_duration', 'Time to answer a GraphQL request, in seconds, by operation', 'histogram', registry);
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'GraphQL errors returned, by operation, phase and error code',
    labelNames: [...operationLabels, 'phase', 'code'] as const,
    registers: [registry],
  });
  const http = new SeriesMetric('graphql_yoga_http_duration', 'Time to answer an HTTP request, in seconds, by operation, method and status', 'histogram', registry);
  // The series of each label set (a bounded number of them), found once.
  const bound = new Map<string, { http: Series; requests?: Series; durations?: Series }>();
  return {
    registry,
    observe({ method, status, start, operationName, operationType, errorCodes = [] }) {
      const seconds = (performance.now() - start) / 1000;
      const operation = {
        operationName: operationName && knownOperations.has(operationName) ? operationName : OTHER_OPERATIONS,
        operationType: operationType ?? 'unknown',
      };
      const key = `${operation.operationName} ${operation.operationType} ${method} ${status}`;
      let metrics = bound.get(key);
      if (!metrics) {
        const operationKey = `${operation.operationName} ${operation.operationType}`;
        metrics = { http: http.seriesFor(key, { ...operation, method, statusCode: status }) };
        // A probe, a page or a file is not a GraphQL request: it is timed, not counted as one.
        if (operationType) {
          metrics.requests = requests.seriesFor(operationKey, operation);
          metrics.durations = durations.seriesFor(operationKey, operation);
        }
        bound.set(key, metrics);
      }
      metrics.http.observe(seconds);
      metrics.requests?.increment();
      metrics.durations?.observe(seconds);
      if (!operationType) return;
      for (const code of errorCodes) {
        const phase = code === 'GRAPHQL_PARSE_FAILED' ? 'parse' : code === 'GRAPHQL_VALIDATION_FAILED' ? 'validate' : 'execute';
        errors.inc({ ...operation, phase, code });
      }
    },
  };
}

/** A `node:http` listener serving `GET /metrics` from `registry` (main.ts puts it on its own loopback port). */
export function metricsListener(registry: Registry): RequestListener {
  return (request, response) => {
    if (request.url !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(request.method === 'HEAD' ? undefined : text),
      () => response.writeHead(500).end(),
    );
  };
}
