/**
 * Serves the web client (built by `npm run web:build`) under `/app`, from the same origin as the
 * API: hashed assets cached for a year, `index.html` revalidated every time and answered for any
 * other path without a file extension, so deep links load the single-page app. Nothing outside
 * the build folder is ever read.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** Where the web client is served. */
export const WEB_APP_PATH = '/app';

/** Vite puts every content-hashed file here; their names change whenever their content does. */
const HASHED_ASSETS = `${WEB_APP_PATH}/assets/`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The one inline style the app has: Cytoscape.js adds this rule to the page as a <style> element. */
const CYTOSCAPE_INLINE_STYLE = '.__________cytoscape_container { position: relative; }';

/** The app needs nothing but its own origin: scripts, styles and API calls all come from here. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `style-src 'self' 'sha256-${createHash('sha256').update(CYTOSCAPE_INLINE_STYLE).digest('base64')}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Web client not built</title></head>
<body>
<h1>The web client is not built</h1>
<p>The API is up at <a href="/graphql">/graphql</a>, but there is no build of the web client to serve.</p>
<p>Build it with <code>npm run web:build</code> (<code>npm start</code> does so before starting), then reload this page.</p>
</body>
</html>
`;

type FetchAPI = Parameters<NonNullable<Plugin['onRequest']>>[0]['fetchAPI'];

/** The file's bytes, or undefined when there is no regular file at `file`. */
async function readRegularFile(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return (await stat(file)).isFile() ? new Uint8Array(await readFile(file)) : undefined;
  } catch {
    return undefined;
  }
}

/** The file under `root` that a URL path names, or undefined when it would lie outside `root`. */
function fileFor(root: string, pathname: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(WEB_APP_PATH.length));
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (relative.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.sep}${relative}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : undefined;
}

/** The response to a GET or HEAD under /app. */
async function respond(root: string, pathname: string, head: boolean, fetchAPI: FetchAPI): Promise<Response> {
  const reply = (status: number, body: Uint8Array<ArrayBuffer> | string, type: string, cache: string) => {
    const headers = new fetchAPI.Headers({
      'content-type': type,
      'cache-control': cache,
      'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
      'x-content-type-options': 'nosniff',
    });
    if (type.startsWith('text/html')) headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    return new fetchAPI.Response(head ? null : body, { status, headers });
  };
  const notFound = () => reply(404, 'Not found\n', 'text/plain; charset=utf-8', REVALIDATE);

  const index = await readRegularFile(path.join(root, 'index.html'));
  if (!index) return reply(503, NOT_BUILT_PAGE, 'text/html; charset=utf-8', 'no-store');

  const file = fileFor(root, pathname);
  if (file === undefined) return notFound();
  const extension = path.extname(file);
  const bytes = await readRegularFile(file);
  if (bytes) {
    const cache = pathname.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE;
    return reply(200, bytes, CONTENT_TYPES[extension] ?? 'application/octet-stream', cache);
  }
  // A missing asset is an error the browser must see, not the app's HTML under a script's name.
  if (extension || pathname.startsWith(HASHED_ASSETS)) return notFound();
  return reply(200, index, CONTENT_TYPES['.html'], REVALIDATE);
}

/**
 * A Yoga plugin answering every request under /app from `directory` (the client's build); with
 * no directory, /app is left to Yoga (404).
 */
export function useWebApp(directory: string | undefined): Plugin {
  if (!directory) return {};
  const root = path.resolve(directory);
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      // The site's root leads to the client, so a bare host name shows something useful.
      if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: WEB_APP_PATH } }));
        return;
      }
      if (url.pathname !== WEB_APP_PATH && !url.pathname.startsWith(`${WEB_APP_PATH}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      endResponse(await respond(root, url.pathname, request.method === 'HEAD', fetchAPI));
    },
  };
}
