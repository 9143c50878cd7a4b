/**
 * How request bodies and parameters may come: a coded 415 for media types no parser reads (Yoga's
 * own 415 has no body) and for HTML forms, and a coded 400 for parameters that are not valid
 * JSON (`variables={x` in a URL), which Yoga's parsers let escape as unexpected errors (500).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejection.js';

/**
 * Media types refused although Yoga reads them: an HTML form posts `application/x-www-form-urlencoded`
 * across origins without a CORS preflight, so answering it would let any page run queries as its
 * visitors (as `text/plain` would, which Yoga does not read).
 */
const REFUSED_MEDIA_TYPES = new Set(['application/x-www-form-urlencoded']);

const unsupported = (type: string | null) =>
  rejection(
    `${type ? `Content-Type \`${type.slice(0, 100)}\` is not supported` : 'Content-Type is missing'}; send the operation as \`application/json\`.`,
    'BAD_REQUEST',
    { status: 415 },
  );

export function useContentTypeCheck(): Plugin {
  return {
    // Runs after Yoga's parsers had their chance to claim the request.
    onRequestParse({ request, requestParser, setRequestParser }) {
      const type = request.headers.get('content-type');
      const mediaType = type?.split(';')[0].trim().toLowerCase() ?? '';
      if (request.method === 'POST' && (!requestParser || REFUSED_MEDIA_TYPES.has(mediaType))) throw unsupported(type);
      if (!requestParser) return;
      setRequestParser(async (parsed) => {
        try {
          return await requestParser(parsed);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw rejection('The request’s parameters are not valid: `variables` and `extensions` must be JSON objects.', 'BAD_REQUEST');
        }
      });
    },
  };
}
