/**
 * Limits that depend on variable values, checked just before execution once the variables are
 * coerced, so a variable cannot carry what a literal may not: page sizes, string and list
 * argument lengths, and the query cost. Armor's cost rule cannot do this: it sees only the
 * document, and prices `first: $n` (or no `first` at all) as a page of one.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLID,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  DEFAULT_PAGE_SIZE,
  MAX_COST,
  MAX_LIST_ARGUMENT_LENGTH,
  MAX_PAGE_SIZE,
  MAX_STRING_ARGUMENT_LENGTH,
} from './limits.js';
import { rejection } from './rejection.js';

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Each fragment's cost, computed once: fragments spread in fragments cannot explode the walk. */
  fragmentCosts: Map<string, number>;
}

/** The definition of field `name` on `parentType`, meta fields included. */
function fieldDefinition(walk: Walk, parentType: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === walk.schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/** A BAD_USER_INPUT rejection naming the argument (`filter.text` for a field of an input). */
function badArgument(node: FieldNode, name: string, message: string): GraphQLError {
  const [top] = name.split('.');
  const argument = node.arguments?.find((candidate) => candidate.name.value === top);
  return rejection(message, 'BAD_USER_INPUT', { nodes: argument, extensions: { argumentName: name } });
}

/**
 * Throws when a string or list anywhere in `value` (of input type `type`) is longer than allowed.
 * Ids are exempt: an id that long is simply unknown, and `node` answers null for it.
 */
function checkLengths(node: FieldNode, name: string, value: unknown, type: GraphQLInputType): void {
  const nullable = getNullableType(type);
  if (typeof value === 'string' && nullable !== GraphQLID && value.length > MAX_STRING_ARGUMENT_LENGTH) {
    throw badArgument(node, name, `\`${name}\` is ${value.length} characters long; string arguments are limited to ${MAX_STRING_ARGUMENT_LENGTH}.`);
  }
  if (Array.isArray(value) && isListType(nullable)) {
    if (value.length > MAX_LIST_ARGUMENT_LENGTH) {
      throw badArgument(node, name, `\`${name}\` holds ${value.length} items; list arguments are limited to ${MAX_LIST_ARGUMENT_LENGTH}.`);
    }
    for (const item of value) checkLengths(node, name, item, nullable.ofType);
  } else if (value != null && isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      checkLengths(node, `${name}.${field.name}`, (value as Record<string, unknown>)[field.name], field.type);
    }
  }
}

/** Checks a field's arguments and returns how many items it yields per parent (at least 1). */
function checkArguments(walk: Walk, node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
  if (!node.arguments?.length && !definition.args.some((arg) => arg.name === 'first')) return 1;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, walk.variables);
  } catch {
    return 1; // an invalid argument: execution reports it
  }
  for (const { name, type } of definition.args) {
    const value = values[name];
    checkLengths(node, name, value, type);
    if ((name === 'first' || name === 'last') && typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badArgument(node, name, `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page through larger lists with cursors.`);
    }
  }
  if (definition.args.some((arg) => arg.name === 'first')) {
    const { first, last } = values as { first?: number | null; last?: number | null };
    const size = first == null && last == null ? DEFAULT_PAGE_SIZE : Math.min(first ?? Infinity, last ?? Infinity);
    return Math.max(size, 1);
  }
  // A list of ids the client sized itself, as in `nodes(ids:)`: one item per id.
  const ids = definition.args.find((arg) => isListType(getNullableType(arg.type)) && getNamedType(arg.type) === GraphQLID);
  const list = ids && values[ids.name];
  return Array.isArray(list) && isListType(getNullableType(definition.type)) ? Math.max(list.length, 1) : 1;
}

/**
 * The cost of a selection set: each field counts 1, plus its own selections, times the items it
 * yields (Armor's formula with every weight and the depth factor at 1, and real page sizes).
 */
function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(walk, parentType, selection.name.value);
      if (!definition) continue;
      const items = checkArguments(walk, selection, definition);
      const inner = selection.selectionSet ? selectionCost(walk, selection.selectionSet, getNamedType(definition.type)) : 0;
      cost += items * (1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) cost += selectionCost(walk, selection.selectionSet, type);
    } else {
      cost += fragmentCost(walk, selection.name.value);
    }
  }
  return cost;
}

function fragmentCost(walk: Walk, name: string): number {
  let cost = walk.fragmentCosts.get(name);
  if (cost === undefined) {
    const fragment = walk.fragments.get(name);
    const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
    cost = fragment && type ? selectionCost(walk, fragment.selectionSet, type) : 0;
    walk.fragmentCosts.set(name, cost);
  }
  return cost;
}

/** The rejection for an operation that breaks a limit or whose variables do not fit, or undefined when it may run. */
export function checkOperation(args: ExecutionArgs): GraphQLError | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const rootType = operation && args.schema.getRootType(operation.operation);
  if (!operation || !rootType) return undefined; // validation and Yoga report these
  const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 1 });
  // The executor would report this too, but without a code.
  if (variables.errors) return rejection(variables.errors[0].message, 'BAD_USER_INPUT', { nodes: variables.errors[0].nodes });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema: args.schema, variables: variables.coerced, fragments, fragmentCosts: new Map() };
  let cost: number;
  try {
    cost = selectionCost(walk, operation.selectionSet, rootType);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  if (cost > MAX_COST) {
    return rejection(
      `Query cost limit of ${MAX_COST} exceeded, found ${cost}: ask for smaller pages (\`first\`) or fewer nested lists, and follow cursors for more.`,
      'GRAPHQL_VALIDATION_FAILED',
    );
  }
  return undefined;
}

/** Refuses, before any resolver runs, operations whose arguments or cost break a limit. */
export function useOperationLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkOperation(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
