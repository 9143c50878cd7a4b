/**
 * What operators see: one structured JSON log line per request (pino), a readiness probe at
 * `/ready` beside Yoga's `/health`, and Prometheus metrics at `/metrics`.
 *
 * Logs carry a request id, the operation name and type, the duration and the error codes, but
 * never the query text or its variables: those may hold what a user searched for.
 */
import { randomUUID } from 'node:crypto';
import { createCounter, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { getOperationAST, type GraphQLSchema } from 'graphql';
import { useReadinessCheck, type Plugin, type YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry, type Counter, type Histogram } from 'prom-client';
import type { Dataset } from './data/dataset.js';

/** The header that carries the request id, in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Probe and scrape endpoints, logged at debug level so they do not drown the request log. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/** What the request log gathers about one request while it runs. */
interface RequestRecord {
  id: string;
  start: number;
  operationName?: string;
  operationType?: string;
  errorCodes: string[];
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

/** Writes the log line of a finished request: errors at error level, probes at debug, the rest at info. */
export function logRequest(logger: Logger, { start, errorCodes, ...entry }: CompletedRequest): void {
  const failed = entry.status >= 500 || errorCodes?.includes('INTERNAL_SERVER_ERROR');
  const level = failed ? 'error' : QUIET_PATHS.has(entry.path) ? 'debug' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  logger[level]({ ...entry, durationMs: millisecondsSince(start), errorCodes: errorCodes?.length ? [...new Set(errorCodes)] : undefined }, 'request completed');
}

/**
 * The request log of one operation's answers without errors, with what is the same in every line
 * (method, path, operation) bound once: pino serialises a child's bindings only once.
 */
export function operationLog(logger: Logger, fixed: Pick<CompletedRequest, 'method' | 'path' | 'operationName' | 'operationType'>) {
  const child = logger.child(fixed);
  return (reqId: string, status: number, start: number) => {
    if (child.isLevelEnabled('info')) child.info({ reqId, status, durationMs: millisecondsSince(start) }, 'request completed');
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

/** Logs each request on completion, and echoes its request id in the response. */
export function useRequestLog(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, { id: requestIdOf(request.headers.get(REQUEST_ID_HEADER)), start: performance.now(), errorCodes: [] });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && params.operationName) record.operationName = params.operationName;
    },
    onExecute({ args }) {
      const record = records.get(args.contextValue.request);
      const operation = getOperationAST(args.document, args.operationName);
      if (!record || !operation) return;
      record.operationName = operation.name?.value ?? 'Anonymous';
      record.operationType = operation.operation;
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
      logRequest(logger, {
        reqId: record.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        start: record.start,
        operationName: record.operationName,
        operationType: record.operationType,
        errorCodes: record.errorCodes,
      });
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

/** Counts and times the requests of one operation in the metrics Yoga's pipeline keeps. */
export interface OperationMetrics {
  observe(method: string, status: number, seconds: number): void;
}

export interface Metrics {
  /** Serves `/metrics` and measures the requests that go through Yoga's pipeline. */
  plugin: Plugin;
  /** The same metrics for requests answered outside the pipeline (by the fast lane). */
  forOperation(operationName: string, operationType: string): OperationMetrics;
}

/**
 * `GET /metrics` in Prometheus format: request counts and duration histograms per operation,
 * errors by code, and the process's own metrics. Each server gets its own registry, so several
 * servers in one process (as in the tests) do not share counts.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const plugin = usePrometheus({
    registry,
    endpoint: '/metrics',
    skipIntrospection: true,
    // The URL of a GET request holds the query and its variables: never a label.
    labels: { url: false },
    metrics: {
      // The duration histogram says the same, and a summary's sliding windows cost every request.
      graphql_envelop_request_time_summary: false,
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'GraphQL errors returned, by operation, phase and error code',
          labelNames: ['operationName', 'operationType', 'phase', 'code'] as const,
        },
        fillLabelsFn: ({ operationName, operationType, errorPhase, error }) => ({
          operationName: operationName ?? 'Anonymous',
          operationType: operationType ?? 'unknown',
          phase: errorPhase ?? 'unknown',
          code:
            errorPhase === 'parse' ? 'GRAPHQL_PARSE_FAILED'
            : errorPhase === 'validate' ? 'GRAPHQL_VALIDATION_FAILED'
            : codeOf(error),
        }),
      }),
    },
  });
  /** The metrics Yoga's pipeline keeps per request, looked up once they exist (at server start). */
  const metric = <T>(name: string) => registry.getSingleMetric(name) as T | undefined;
  return {
    plugin,
    forOperation(operationName, operationType) {
      const operation = { operationName, operationType };
      // Label children are bound once per operation (and status): prom-client hashes labels on every unbound call.
      const requests = metric<Counter>('graphql_envelop_request')?.labels(operation);
      const durations = metric<Histogram>('graphql_envelop_request_duration')?.labels(operation);
      const byStatus = new Map<string, ReturnType<Histogram['labels']> | undefined>();
      return {
        observe(method, status, seconds) {
          const key = `${method} ${status}`;
          let http = byStatus.get(key);
          if (!byStatus.has(key)) {
            http = metric<Histogram>('graphql_yoga_http_duration')?.labels({ ...operation, method, statusCode: status });
            byStatus.set(key, http);
          }
          requests?.inc();
          durations?.observe(seconds);
          http?.observe(seconds);
        },
      };
    },
  };
}
