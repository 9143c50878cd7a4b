/**
 * Rejects operations of a type the schema does not have (this API has no mutations and no
 * subscriptions) as a validation error. graphql-js 16 lets them through to execution, which
 * answers HTTP 200 with an error that has no code.
 */
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation}s: it only answers queries.`, { nodes: node }));
    }
  },
});

export function useKnownOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(KnownOperationTypesRule);
    },
  };
}
