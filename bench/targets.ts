/**
 * The servers the benchmark compares, and what a request for each operation looks like on each:
 * a server is a process; a target is a server asked in a given way (uncached, cached, via REST).
 */
import { fileURLToPath } from 'node:url';
import { documentHash } from '../src/performance/index.js';
import { graphqlBody, type Operation } from './operations.js';
import type { RequestShape } from './load.js';
import { restPath } from './rest.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerSpec {
  name: string;
  /** The entry point, relative to the repository root. */
  script: string;
  env?: Record<string, string>;
}

/** Our server with its response cache off: every request executes. */
const UNCACHED = { RESPONSE_CACHE: 'off' };

/**
 * Our server as shipped (src/main.ts), with its response cache off, and also without
 * graphql-jit; the default stack, with graphql-jit as its only change; the fast peer; and plain
 * node:http.
 */
export const SERVERS: ServerSpec[] = [
  { name: 'ours', script: 'src/main.ts' },
  { name: 'ours-uncached', script: 'src/main.ts', env: UNCACHED },
  { name: 'ours-nojit', script: 'src/main.ts', env: { ...UNCACHED, GRAPHQL_JIT: 'off' } },
  { name: 'ours-nolane', script: 'src/main.ts', env: { ...UNCACHED, FAST_LANE: 'off' } },
  { name: 'yoga-jit', script: 'bench/servers/yoga-jit.ts' },
  { name: 'baseline', script: 'bench/servers/baseline.ts' },
  { name: 'mercurius', script: 'bench/servers/mercurius.ts' },
  { name: 'plain', script: 'bench/servers/rest.ts' },
];

/** The command line that runs a server's entry point with the TypeScript loader. */
export function serverCommand(spec: ServerSpec): string[] {
  return ['--import', 'tsx', `${ROOT}${spec.script}`];
}

export interface Target {
  name: string;
  /** The column heading in the report. */
  label: string;
  server: string;
  /** Every request differs (a fresh unused variable), so no response cache can answer it. */
  unique: boolean;
  /** A variant that shows what one measure buys; the smoke run leaves it out. */
  variant?: boolean;
  request: (operation: Operation) => RequestShape;
}

/**
 * A GraphQL POST whose variables carry an unused `bust` value that the load generator makes unique, so
 * that no response cache can answer it (through nginx to replicas that cache).
 */
function uniquePost(operation: Operation): RequestShape {
  const body = JSON.parse(graphqlBody(operation));
  body.variables.bust = '[<id>]';
  return { method: 'POST', path: '/graphql', body: JSON.stringify(body) };
}

/** The same GraphQL POST every time. */
const samePost = (operation: Operation): RequestShape => ({ method: 'POST', path: '/graphql', body: graphqlBody(operation) });

export const TARGETS: Target[] = [
  { name: 'ours', label: 'ours, uncached', server: 'ours-uncached', unique: false, request: samePost },
  { name: 'ours-cached', label: 'ours, cached', server: 'ours', unique: false, request: samePost },
  { name: 'ours-nojit', label: 'ours without graphql-jit, uncached', server: 'ours-nojit', unique: false, variant: true, request: samePost },
  { name: 'ours-nolane', label: 'ours without the fast lane, uncached', server: 'ours-nolane', unique: false, variant: true, request: samePost },
  { name: 'yoga-jit', label: 'default Yoga + graphql-jit only', server: 'yoga-jit', unique: false, variant: true, request: samePost },
  { name: 'baseline', label: 'default Yoga', server: 'baseline', unique: false, request: samePost },
  { name: 'mercurius', label: 'Mercurius + JIT', server: 'mercurius', unique: false, request: samePost },
  { name: 'rest', label: 'REST (node:http)', server: 'plain', unique: false, request: (op) => ({ method: 'GET', path: restPath(op) }) },
  {
    name: 'raw',
    label: 'raw ceiling',
    server: 'plain',
    unique: false,
    request: (op) => ({ method: 'GET', path: restPath(op).replace('/rest/', '/raw/') }),
  },
];

/** A GET of the operation as a persisted operation: its hash and variables in the URL. */
function persistedGet(operation: Operation): RequestShape {
  const params = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(operation.query) } }),
  });
  if (operation.variables) params.set('variables', JSON.stringify(operation.variables));
  return { method: 'GET', path: `/graphql?${params}` };
}

/** What is measured through nginx (deploy/serve.sh): its cache, and the two replicas behind it. */
export const NGINX_TARGETS: Target[] = [
  { name: 'nginx-cached', label: 'nginx cache, persisted GET', server: 'nginx', unique: false, request: persistedGet },
  { name: 'nginx-replicas', label: 'nginx → 2 replicas, uncached POST', server: 'nginx', unique: true, request: uniquePost },
];
