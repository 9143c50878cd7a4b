/** A coded 415 for POST bodies in a media type no parser reads (Yoga's own 415 has no body). */
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejection.js';

export function useContentTypeCheck(): Plugin {
  return {
    // Runs after Yoga's parsers had their chance to claim the request.
    onRequestParse({ request, requestParser }) {
      if (request.method === 'POST' && !requestParser) {
        const type = request.headers.get('content-type');
        throw rejection(
          `${type ? `Content-Type \`${type.slice(0, 100)}\` is not supported` : 'Content-Type is missing'}; send the operation as \`application/json\`.`,
          'BAD_REQUEST',
          { status: 415 },
        );
      }
    },
  };
}
