/**
 * Exports by URL, inside Yoga so that they pass through the same front door, CORS and request
 * logs as `/graphql`: `GET /export/<table>.<format>` with `<table>` one of events, statements,
 * actor-links and places, and `<format>` csv or jsonl (or geojson, for the tables with a
 * location). Query parameters filter as the GraphQL list's `filter` does. Answers are streamed
 * and carry an ETag derived from the dataset and the URL, so caches revalidate them for free.
 */
import { createHash } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Dataset } from '../data/dataset.js';
import { CSV, encodeStream, GEOJSON, JSONL, type Format } from './encode.js';
import { filterFrom, filterType, ParameterError } from './params.js';
import { TABLES } from './tables.js';

/** Where the exports are served. */
export const EXPORT_PATH = '/export/';

const FORMATS: Record<string, Format> = { csv: CSV, jsonl: JSONL, geojson: GEOJSON };

type FetchAPI = Parameters<NonNullable<Plugin['onRequest']>>[0]['fetchAPI'];

/** A JSON error answer in GraphQL's shape, so clients read export errors as they read API errors. */
function errorResponse(fetchAPI: FetchAPI, status: number, code: string, message: string, parameter?: string): Response {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...(parameter ? { parameter } : {}) } }] });
  return new fetchAPI.Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** A Yoga plugin serving the exports of `dataset`, filtered with the input types of `schema`. */
export function useExports(schema: GraphQLSchema, dataset: Dataset): Plugin {
  const filters = new Map(Object.entries(TABLES).map(([name, table]) => [name, filterType(schema, table.filterType)]));
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(EXPORT_PATH)) return;
      const match = /^([a-z-]+)\.([a-z]+)$/.exec(url.pathname.slice(EXPORT_PATH.length));
      const table = match ? TABLES[match[1]] : undefined;
      const format = match ? FORMATS[match[2]] : undefined;
      const located = format !== GEOJSON || table?.columns.includes('latitude');
      if (!table || !format || !located) {
        const names = Object.keys(TABLES).map((name) => `${name}.csv, ${name}.jsonl`);
        endResponse(errorResponse(fetchAPI, 404, 'NOT_FOUND', `No export at ${url.pathname}. Exports: ${names.join(', ')}, events.geojson, places.geojson.`));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      let items: readonly unknown[];
      try {
        items = table.select(dataset, filterFrom(url.searchParams, filters.get(match![1])!));
      } catch (error) {
        // Parameter errors, and the GraphQL filter's own checks (ids of the wrong type, text too long, dates reversed).
        const extensions = (error as { extensions?: { code?: string; argumentName?: string } }).extensions;
        const code = error instanceof ParameterError ? error.code : extensions?.code;
        if (!code) throw error;
        const parameter = error instanceof ParameterError ? error.parameter : extensions?.argumentName?.replace(/^filter\./, '');
        endResponse(errorResponse(fetchAPI, 400, code, (error as Error).message.replace(/`filter\.(\w+)/g, '`$1'), parameter));
        return;
      }
      const etag = `"${createHash('sha256').update(`${dataset.digest}\n${url.pathname}${url.search}`).digest('hex')}"`;
      const headers = {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="${match![1]}.${match![2]}"`,
        'cache-control': 'no-cache',
        etag,
        'x-total-count': String(items.length),
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const body = request.method === 'HEAD' ? null : encodeStream(items, (item) => table.row(item, dataset), table.columns, format, fetchAPI.ReadableStream);
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
