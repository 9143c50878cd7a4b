/**
 * Serves the explorer as a small page and long-cached files instead of Yoga's single inlined page
 * (8.9 MB, uncacheable): GraphiQL's script, styles, editor workers and fonts, as Yoga's
 * `@graphql-yoga/render-graphiql` bundles them, each under a name that holds a hash of its content
 * and is cached for a year as immutable; the page itself revalidated with an ETag. A reload sends
 * the page's 304 and nothing else. Fonts are taken out of the CSS, so the browser fetches only the
 * subsets a page uses (the editor's icon font was inlined twice).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/** Where the explorer's files are served. */
export const EXPLORER_ASSETS_PATH = '/explorer/';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Our own styles over GraphiQL's: a layout for narrow screens and steady example tabs. */
const EXPLORER_CSS = readFileSync(new URL('./explorer.css', import.meta.url), 'utf8');

interface Asset {
  body: Buffer;
  type: string;
}

/** The explorer's files by path, and the paths the page links to. */
interface Assets {
  files: Map<string, Asset>;
  script: string;
  styles: string[];
  workers: Record<string, string>;
}

const hashOf = (content: string | Buffer, length = 16) => createHash('sha256').update(content).digest('hex').slice(0, length);

/** Builds GraphiQL's files, each named after its content. */
async function buildAssets(): Promise<Assets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const files = new Map<string, Asset>();
  const add = (name: string, extension: string, body: Buffer, type: string) => {
    const path = `${EXPLORER_ASSETS_PATH}${name}.${hashOf(body)}.${extension}`;
    files.set(path, { body, type });
    return path;
  };
  const text = (content: string) => Buffer.from(content, 'utf8');
  // Each inlined font becomes a file of its own, fetched only if its unicode-range is used.
  const css = bundle.css.replace(/url\((["']?)data:font\/([\w.+-]+);base64,([A-Za-z0-9+/=]+)\1\)/g, (_all, _quote, format: string, data: string) => {
    const extension = format.replace(/^x-font-/, '');
    return `url(${add('font', extension, Buffer.from(data, 'base64'), `font/${extension}`)})`;
  });
  const javascript = 'text/javascript; charset=utf-8';
  return {
    files,
    script: add('graphiql', 'js', text(bundle.js), javascript),
    styles: [add('graphiql', 'css', text(css), 'text/css; charset=utf-8'), add('explorer', 'css', text(EXPLORER_CSS), 'text/css; charset=utf-8')],
    workers: {
      editorWorkerService: add('editor.worker', 'js', text(bundle.editorWorkerService), javascript),
      json: add('json.worker', 'js', text(bundle.jsonWorker), javascript),
      graphql: add('graphql.worker', 'js', text(bundle.graphqlWorker), javascript),
    },
  };
}

/** Escapes what could end an inline script early. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/** The explorer's page: markup, links to the hashed files, and GraphiQL's options inline. */
function renderPage(assets: Assets, options: GraphiQLOptions): string {
  const styles = assets.styles.map((href) => `    <link rel="stylesheet" href="${href}" />`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${options.title ?? 'GraphiQL'}</title>
    <link rel="icon" href="${options.favicon ?? ''}" />
${styles}
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptSafe(JSON.stringify(assets.workers))};
      self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${assets.script}"></script>
    <script>
      // GraphiQL takes \`query\` from the page's URL itself; \`variables\` go in the same way, so a
      // link can open any query ready to run (the web client's "open in the explorer").
      const options = ${scriptSafe(JSON.stringify(options))};
      const variables = new URL(location.href).searchParams.get('variables');
      if (variables !== null) options.variables = variables;
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), options);
    </script>
  </body>
</html>
`;
}

/** True when a request asks for the explorer page, as Yoga decides it: a GET of the endpoint that accepts HTML. */
function wantsPage(request: Request, pathname: string, endpoint: string): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (pathname === endpoint || pathname === `${endpoint}/`) && !!request.headers.get('accept')?.includes('text/html');
}

/**
 * A Yoga plugin serving the explorer page on the endpoint (to browsers) and its files under
 * /explorer/; with no options (explorer off) it serves nothing.
 */
export function useExplorer(endpoint: string, options: GraphiQLOptions | undefined): Plugin {
  if (!options) return {};
  let built: Promise<{ assets: Assets; page: string; etag: string }> | undefined;
  const build = () =>
    (built ??= buildAssets().then((assets) => {
      const page = renderPage(assets, options);
      return { assets, page, etag: `"${hashOf(page, 32)}"` };
    }));
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const page = wantsPage(request, url.pathname, endpoint);
      if (!page && !url.pathname.startsWith(EXPLORER_ASSETS_PATH)) return;
      const head = request.method === 'HEAD';
      if (!page && request.method !== 'GET' && !head) {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const explorer = await build();
      if (page) {
        // Revalidations (`If-None-Match`) are answered by the one conditional-request policy (performance/representation.ts).
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': REVALIDATE, etag: explorer.etag };
        endResponse(new fetchAPI.Response(head ? null : explorer.page, { status: 200, headers }));
        return;
      }
      const asset = explorer.assets.files.get(url.pathname);
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE } }));
        return;
      }
      const headers = { 'content-type': asset.type, 'cache-control': IMMUTABLE, 'content-length': String(asset.body.byteLength), 'x-content-type-options': 'nosniff' };
      endResponse(new fetchAPI.Response(head ? null : new Uint8Array(asset.body), { status: 200, headers }));
    },
  };
}
