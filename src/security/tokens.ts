/** The token limit, checked before the document is parsed. */
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejection.js';

/** True when `source` has more than `max` tokens; lexing stops at the first token over. */
function exceedsTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let count = 1; lexer.advance().kind !== TokenKind.EOF; count++) {
      if (count > max) return true;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return false; // a syntax error: the parser reports it
    throw error;
  }
  return false;
}

/**
 * Refuses documents over `max` tokens. This is Armor's max-tokens rule moved from parse time to
 * `onParams`: Yoga files anything thrown while parsing as a spec parse error, which legacy
 * `application/json` clients receive with HTTP 200.
 */
export function useTokenLimit(max: number): Plugin {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query === 'string' && exceedsTokens(params.query, max)) {
        setResult({ errors: [rejection(`Token limit of ${max} exceeded.`, 'GRAPHQL_VALIDATION_FAILED')] });
      }
    },
  };
}
