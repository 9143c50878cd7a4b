/** Serves the schema as SDL at `GET /schema.graphql`, for tools that read SDL rather than introspect. */
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Where the SDL is served. */
const SCHEMA_SDL_PATH = '/schema.graphql';

/** The schema as SDL, sorted so that diffs stay small: what schema/schema.graphql holds. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** A Yoga plugin answering `GET /schema.graphql` with the sorted SDL, as in schema/schema.graphql. */
export function useSchemaSdl(schema: GraphQLSchema): Plugin {
  const sdl = printSdl(schema);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== SCHEMA_SDL_PATH || request.method !== 'GET') return;
      endResponse(new fetchAPI.Response(sdl, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    },
  };
}
