/**
 * The hand-written REST equivalent (`/rest/<operation>`: builds the response object per request
 * and JSON.stringifies it) and the ceiling (`/raw/<operation>`: the same bytes, computed once).
 */
import { createServer } from 'node:http';
import { REST_BUILDERS } from '../rest.js';
import { dataset, host, port } from './common.js';

const HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** The response bytes of every operation, for the raw ceiling, keyed by request path. */
const precomputed = new Map<string, Buffer>();

createServer((request, response) => {
  const url = request.url ?? '/';
  const raw = precomputed.get(url);
  if (raw) {
    response.writeHead(200, HEADERS).end(raw);
    return;
  }
  const [path, query = ''] = url.split('?');
  const [, kind, name] = path.split('/');
  const build = REST_BUILDERS[name];
  if (!build || (kind !== 'rest' && kind !== 'raw')) {
    response.writeHead(404).end();
    return;
  }
  const body = JSON.stringify(build(dataset, new URLSearchParams(query)));
  if (kind === 'raw') precomputed.set(url, Buffer.from(body));
  response.writeHead(200, HEADERS).end(body);
}).listen(port, host);
