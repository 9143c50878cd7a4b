/** GraphQL Armor's validation rules (depth, aliases, directives), answering with coded 400s. */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES } from './limits.js';
import { rejection } from './rejection.js';

/** Reports Armor's rejection as a coded validation error instead of throwing its bare one. */
function reportRejection(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(rejection(error.message.replace(/^Syntax Error: /, ''), 'GRAPHQL_VALIDATION_FAILED'));
}

const reporting = { propagateOnRejection: false, onReject: [reportRejection] };

/** Armor with our limits; cost and tokens are checked elsewhere, where they can be done right. */
export function useArmor() {
  return EnvelopArmorPlugin({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ...reporting },
    maxAliases: { n: MAX_ALIASES, ...reporting },
    maxDirectives: { n: MAX_DIRECTIVES, ...reporting },
    // Armor prices `first` only when it is a literal; see operation-limits.ts.
    costLimit: { enabled: false },
    // Counted before parsing; see tokens.ts.
    maxTokens: { enabled: false },
    // Introspection is public, so "Did you mean …?" reveals nothing and helps client authors.
    blockFieldSuggestion: { enabled: false },
  });
}
