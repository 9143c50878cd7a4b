/**
 * The front door: a `node:http` listener in front of Yoga that answers again what Yoga has
 * already answered, for the cost of a look-up and a write.
 *
 * What Yoga's pipeline (every plugin, every rule) decides for a request depends on the request's
 * method, URL, headers and body, and on the dataset, which never changes while the server runs;
 * only the request id, the log line and the metrics are made anew for each request. So the door
 * keeps what Yoga sent and sends it again to a request that is the same in everything a rule can
 * read, writing the request id, the log line and the metrics with the functions Yoga's pipeline
 * uses (observability.ts):
 *
 * - **Whole answers** that carry an ETag (response-cache entries and static pages: the same bytes
 *   for the same request) are kept under the request's signature and body, and sent again as
 *   they were, headers and all.
 * - **Header blocks** of answers that the fast lane executed without an error are kept under the
 *   request's signature, document and operation name. A request that differs from such a one
 *   only in its variables runs on the lane (variable shape, the limits that depend on variables,
 *   the deadline: each checked by the same function as in Yoga) and goes out with that block.
 *
 * Everything else goes to Yoga, which decides as always: a first sighting, conditional requests,
 * methods other than GET and POST, other paths, bodies without a length, answers with errors,
 * refusals. A request-level rule added from outside (`ServerOptions.plugins`) may depend on more
 * than the request (a clock, a quota), so a server with any has no door (yoga.ts).
 *
 * (Measured first: answering a response-cache hit inside Yoga, through its fetch Request and
 * Response objects and promise chains, reached 0.26–0.36× of a raw `node:http` server sending
 * the same bytes; no Yoga or envelop plugin runs before those objects are built.)
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { answerLog, completionOf, REQUEST_ID_HEADER, requestIdOf, type CompletedRequest, type Metrics } from '../observability.js';
import { MAX_REQUEST_BODY_BYTES } from '../security/limits.js';
import { safeVariables } from '../security/variables.js';
import { FastLane } from './fast-lane.js';
import { encodedTag, withMediaType, type Compression } from './representation.js';
import type { ResponseCache } from './response-cache.js';

export interface FrontDoorOptions {
  /** The GraphQL endpoint's path: the only path the door answers. */
  endpoint: string;
  lane: FastLane;
  /** The response cache, when there is one: the lane's answers go into it, with their ETags, as in Yoga. */
  responses?: ResponseCache;
  logger: Logger;
  metrics: Metrics;
  /** The compression Yoga's answers get (representation.ts), which the lane's answers get too. */
  compression: Compression;
}

/** What the log line and the metrics say of every answer of a kind, and its log. */
interface Labels {
  completion: Omit<CompletedRequest, 'reqId' | 'start' | 'errorCodes'>;
  log: (reqId: string, start: number) => void;
}

/** An answer kept whole: its headers as a flat name, value list, and its bytes. */
interface KeptAnswer {
  head: string[];
  body: Buffer;
  labels: Labels;
}

/** The headers of the lane's answers to one kind of request, whatever the variables (less `ETag` and `Content-Encoding`). */
interface HeaderBlock {
  head: string[];
  labels: Labels;
  contentType: string;
  /** Whether the body's media type is compressed when large enough. */
  compressible: boolean;
  /** Whether the answers are kept in the response cache, under an ETag. */
  tagged: boolean;
}

/** Yoga's `node:http` listener, which takes a server context as a third argument. */
type YogaListener = (request: IncomingMessage, response: ServerResponse, context?: object) => void;

/** A request the door has read, with what answering it needs. */
interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  /** `performance.now()` when it arrived. */
  start: number;
  /** Method, URL and headers, less those made per request. */
  signature: string;
  body: Buffer;
}

/** Where a request handed to Yoga would be kept, once Yoga has answered it. */
interface Pending {
  answerKey: string;
  blockKey?: string;
}

/** Request headers that differ per request without changing an answer; they are left out of the signature. */
const PER_REQUEST_HEADERS = new Set([REQUEST_ID_HEADER, 'content-length', 'connection', 'keep-alive']);
/** Request headers that make a request one the door leaves to Yoga (conditional requests, streamed or expecting bodies). */
const LEFT_TO_YOGA = /^(?:if-|transfer-encoding$|expect$)/;
/** Response headers not kept: made per request (id, date), by Node (connection), or from the body (length). */
const NOT_KEPT = new Set([REQUEST_ID_HEADER, 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Response headers that differ between answers of a header block (added per answer). */
const PER_ANSWER = new Set(['etag', 'content-encoding']);

/** Bytes of whole answers kept (keys, headers and bodies); the least recently used go first. */
const ANSWER_BYTES = 32 * 2 ** 20;
/** Characters of header-block keys (mostly documents) kept. */
const BLOCK_CHARACTERS = 8 * 2 ** 20;

const EMPTY = Buffer.alloc(0);

/** The GraphQL parameters of a JSON body, when it is a plain single request (otherwise undefined). */
function paramsOf(body: Buffer): { query: string; operationName?: string | null; variables?: object | null } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, operationName, variables, ...rest } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return { query, operationName, variables };
}

/** Reads a request body. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export class FrontDoor {
  private readonly answers = new LRUCache<string, KeptAnswer>({
    maxSize: ANSWER_BYTES,
    sizeCalculation: (answer, key) => key.length + answer.body.length + answer.head.reduce((sum, field) => sum + field.length, 0),
  });
  private readonly blocks = new LRUCache<string, HeaderBlock>({ maxSize: BLOCK_CHARACTERS, sizeCalculation: (_block, key) => Math.max(1, key.length) });
  /** Requests handed to Yoga, by the `node:http` request, with where to keep their answers. */
  private readonly pending = new WeakMap<IncomingMessage, Pending>();
  /** Requests the door answered itself, for tests and curiosity. */
  answered = 0;

  constructor(private readonly options: FrontDoorOptions) {}

  /** The `node:http` listener: the door's answers where it has them, Yoga's everywhere else. */
  listener(yoga: RequestListener): RequestListener {
    const handOver = yoga as YogaListener;
    return (request, response) => {
      const signature = this.signatureOf(request);
      if (signature === undefined) return handOver(request, response);
      const start = performance.now();
      const answer = (body: Buffer) => {
        const exchange = { request, response, start, signature, body };
        const answerKey = `${signature}\n\n${body.toString('latin1')}`;
        // Whatever fails unexpectedly, Yoga answers (and masks and logs it).
        const fallBack = () => response.headersSent || this.pending.has(request) || this.toYoga(exchange, handOver, { answerKey });
        try {
          const kept = this.answers.get(answerKey);
          if (kept) return this.send(exchange, kept.head, kept.body, kept.labels);
          this.answer(exchange, answerKey, handOver).catch(fallBack);
        } catch {
          fallBack();
        }
      };
      if (request.method === 'GET') answer(EMPTY);
      else readBody(request).then(answer, () => response.destroy());
    };
  }

  /** The Yoga plugin, last of all, that keeps what Yoga sends for requests the door handed over. */
  plugin(): Plugin {
    return {
      onResponse: ({ request, response, serverContext }) => {
        const pending = this.pending.get((serverContext as { req?: IncomingMessage }).req!);
        const completion = completionOf(request);
        if (!pending || !completion || response.status !== 200 || response.headers.has('set-cookie')) return undefined;
        const tagged = response.headers.has('etag');
        const byLane = pending.blockKey !== undefined && this.options.lane.answered(request);
        // Nothing to keep: no logger child, no header list.
        if (!tagged && !byLane) return undefined;
        const { reqId: _id, start: _start, errorCodes: _codes, ...shared } = completion;
        const labels = { completion: shared, log: answerLog(this.options.logger, shared) };
        const head: string[] = [];
        response.headers.forEach((value, name) => {
          if (!NOT_KEPT.has(name)) head.push(name, value);
        });
        if (byLane) {
          const contentType = response.headers.get('content-type') ?? '';
          const shape = head.filter((_field, i) => !PER_ANSWER.has(head[i - (i % 2)]));
          this.blocks.set(pending.blockKey!, { head: shape, labels, contentType, compressible: this.options.compression.compressible(contentType), tagged });
        }
        if (!tagged) return undefined;
        return response
          .clone()
          .arrayBuffer()
          .then((bytes) => void this.answers.set(pending.answerKey, { head, body: Buffer.from(bytes), labels }));
      },
    };
  }

  /** The request's method, URL and headers, or undefined when the door leaves it to Yoga. */
  private signatureOf(request: IncomingMessage): string | undefined {
    const { method, url = '' } = request;
    if (method !== 'GET' && method !== 'POST') return undefined;
    const query = url.indexOf('?');
    if ((query < 0 ? url : url.slice(0, query)) !== this.options.endpoint) return undefined;
    if (method === 'POST') {
      const length = Number(request.headers['content-length']);
      if (!(length > 0 && length <= MAX_REQUEST_BODY_BYTES)) return undefined;
    }
    let signature = `${method} ${url}`;
    const raw = request.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      if (PER_REQUEST_HEADERS.has(name)) continue;
      if (LEFT_TO_YOGA.test(name)) return undefined;
      signature += `\n${name}: ${raw[i + 1]}`;
    }
    return signature;
  }

  /** Answers on the lane with a kept header block, or hands the request to Yoga (`answerKey`: where its whole answer would be kept). */
  private async answer(exchange: Exchange, answerKey: string, yoga: YogaListener): Promise<void> {
    const { signature, body, request } = exchange;
    const params = request.method === 'POST' ? paramsOf(body) : undefined;
    if (!params) return this.toYoga(exchange, yoga, { answerKey });
    const blockKey = `${signature}\n\n${params.operationName ?? ''}\n${params.query}`;
    const { lane } = this.options;
    const block = this.blocks.get(blockKey);
    const admitted = block && lane.lookUp(params.query, params.operationName);
    const variables = admitted && (params.variables == null ? {} : safeVariables(params.variables));
    if (!block || !admitted || !variables) return this.toYoga(exchange, yoga, { answerKey, blockKey });
    const result = await lane.execute(admitted, params.query, variables);
    if (!result || result.errors) return this.toYoga(exchange, yoga, { answerKey, blockKey }, result);
    const stringify = (result as { stringify?: (result: ExecutionResult) => string }).stringify ?? JSON.stringify;
    const text = stringify(result);
    // As in Yoga: the response cache keeps the text under the operation's ETag, which names each representation.
    const { responses, compression } = this.options;
    const cacheTag = block.tagged ? responses?.etagOf({ ...params, variables }) : undefined;
    if (cacheTag) responses!.set(cacheTag, text);
    const bytes = Buffer.from(text);
    const encoding = block.compressible ? compression.encodingFor(request.headers['accept-encoding'], bytes.length) : undefined;
    const typedTag = cacheTag && withMediaType(cacheTag, block.contentType);
    const tag = typedTag && encoding ? encodedTag(typedTag, encoding) : typedTag;
    const sent = encoding ? await compression.encode(bytes, encoding, tag) : bytes;
    const head = [...block.head, ...(encoding ? ['content-encoding', encoding] : []), ...(tag ? ['etag', tag] : [])];
    // A tagged answer is the same for the same request: the next one is sent whole.
    if (tag) this.answers.set(answerKey, { head, body: sent, labels: block.labels });
    this.send(exchange, head, sent, block.labels);
  }

  /** Hands a request to Yoga (its body already read), with a result to send when there is one. */
  private toYoga({ request, response, body }: Exchange, yoga: YogaListener, pending: Pending, result?: ExecutionResult): void {
    this.pending.set(request, pending);
    // Yoga reads a body already read from `request.body`, as behind a framework's body parser.
    if (body.length) Object.assign(request, { body });
    yoga(request, response, result && FastLane.handingOver(result));
  }

  /** Writes an answer with `head`, then logs and counts it as Yoga's pipeline does. */
  private send({ request, response, start }: Exchange, head: string[], body: Buffer | string, { completion, log }: Labels): void {
    const reqId = requestIdOf(request.headers[REQUEST_ID_HEADER] as string | undefined);
    response.writeHead(200, [...head, 'content-length', String(Buffer.byteLength(body)), REQUEST_ID_HEADER, reqId]);
    response.end(body);
    this.answered++;
    log(reqId, start);
    this.options.metrics.observe({ ...completion, reqId, start });
  }
}
