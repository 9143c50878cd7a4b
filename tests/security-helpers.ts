/**
 * Helpers for the security battery, the fuzz run and the conformance audit: raw HTTP exchanges
 * with status, timing and size, a loopback listener, and what must never appear in an answer.
 */
import type { Server as HttpServer } from 'node:http';
import { listen, server } from './helpers.js';

export { listen };

/** What a request got back, and how long and how big the answer was. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: any;
  ms: number;
  bytes: number;
}

/** Anything handling a fetch-style request: a served API's `fetch`, or `fetch` bound to a listener. */
export type Fetch = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Sends one request (to the shared server unless `via` says otherwise) and times it until the body is read. */
export async function send(path: string, init: RequestInit = {}, via: Fetch = server.fetch): Promise<Answer> {
  const start = performance.now();
  const response = await via(`http://127.0.0.1${path}`, init);
  const text = await response.text();
  const ms = performance.now() - start;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body, ms, bytes: Buffer.byteLength(text) };
}

/** POSTs a JSON body (an object, or a raw string sent as is) to /graphql. */
export function post(body: unknown, headers: Record<string, string> = {}, via?: Fetch): Promise<Answer> {
  return send(
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    via,
  );
}

/**
 * Signs of internals: stack frames, source file positions, file system paths, error class names
 * and Yoga's `originalError` relay.
 */
export const INTERNALS = /\bat \S+ \(|\.(?:[cm]?js|ts):\d+|node_modules|file:\/\/|\/(?:work|home|usr|srv|tmp)\/|\b(?:Syntax|Type|Range|Reference)Error\b|"stack"|originalError/;

/** A Fetch that sends `send`'s requests to a listener at `origin` over real HTTP. */
export function viaListener(origin: string): Fetch {
  return (url, init) => {
    const { pathname, search } = new URL(url);
    return fetch(`${origin}${pathname}${search}`, init);
  };
}

/** Closes a listener, dropping idle keep-alive connections. */
export function close(server: HttpServer): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
