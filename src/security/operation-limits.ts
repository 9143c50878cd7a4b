/**
 * Limits that depend on variable values, checked just before execution once the variables are
 * coerced, so a variable cannot carry what a literal may not: page sizes, string and list
 * argument lengths, and the query cost, introspection's apart.
 *
 * Written here rather than taken from a library, after looking at both candidates: Armor's cost
 * rule sees only the document, and prices `first: $n` (or no `first` at all) as a page of one;
 * `@pothos/plugin-complexity` reads variables but prices lists by a multiplier fixed in each
 * field's definition (not the dataset's real longest list) and leaves introspection unpriced.
 */
import {
  getArgumentValues,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLID,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
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

/**
 * What the walk prices plain (unpaginated) lists at: their real maximum size where the data says
 * it (see data/list-sizes.ts), one item otherwise (value lists such as facets and link kinds).
 */
export interface ListSizes {
  /** The longest list of each `Type.field` of the data. */
  byField?: ReadonlyMap<string, number>;
}

/** Introspection's lists, by `Type.field`, each at its real size in `schema`. */
function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (count: (type: GraphQLNamedType) => number) => Math.max(1, ...types.map(count));
  const fieldsOf = (type: GraphQLNamedType) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []);
  const directives = schema.getDirectives();
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', most((type) => fieldsOf(type).length)],
    ['__Type.inputFields', most((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))],
    ['__Type.enumValues', most((type) => (isEnumType(type) ? type.getValues().length : 0))],
    ['__Type.interfaces', most((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0))],
    ['__Type.possibleTypes', most((type) => (isAbstractType(type) ? schema.getPossibleTypes(type).length : 0))],
    ['__Field.args', most((type) => Math.max(0, ...fieldsOf(type).map((field) => field.args.length)))],
    ['__Directive.args', Math.max(1, ...directives.map((directive) => directive.args.length))],
    ['__Directive.locations', Math.max(1, ...directives.map((directive) => directive.locations.length))],
  ]);
}

/** What the walk knows of a schema: its introspection list sizes and what a full introspection costs. */
interface SchemaCosts {
  introspectionLists: Map<string, number>;
  /** The cost of `getIntrospectionQuery()`, what GraphiQL and code generators send. */
  fullIntrospection: number;
}

const schemaCosts = new WeakMap<GraphQLSchema, SchemaCosts>();

function costsOf(schema: GraphQLSchema, sizes: ListSizes): SchemaCosts {
  let costs = schemaCosts.get(schema);
  if (!costs) {
    costs = { introspectionLists: introspectionSizes(schema), fullIntrospection: 0 };
    schemaCosts.set(schema, costs);
    const document = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    costs.fullIntrospection = operationCosts({ schema, document }, sizes, costs).introspection;
  }
  return costs;
}

interface Walk {
  schema: GraphQLSchema;
  sizes: ListSizes;
  introspectionLists: Map<string, number>;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Each fragment's cost, computed once: fragments spread in fragments cannot explode the walk. */
  fragmentCosts: Map<string, number>;
  /** What each fragment's `__schema` and `__type` fields cost, likewise. */
  fragmentIntrospection: Map<string, number>;
  /** What the operation's `__schema` and `__type` fields cost so far. */
  introspection: number;
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

/** How many items a field without paging arguments yields: one, or a plain list's real maximum. */
function plainSize(walk: Walk, parentType: GraphQLNamedType, definition: GraphQLField<unknown, unknown>): number {
  if (!isListType(getNullableType(definition.type))) return 1;
  // A connection's edges: the page size was counted on the connection field itself.
  if (definition.name === 'edges' && isObjectType(parentType) && 'pageInfo' in parentType.getFields()) return 1;
  const key = `${parentType.name}.${definition.name}`;
  return Math.max(1, walk.introspectionLists.get(key) ?? walk.sizes.byField?.get(key) ?? 1);
}

/** Checks a field's arguments and returns how many items it yields per parent (at least 1). */
function checkArguments(walk: Walk, node: FieldNode, definition: GraphQLField<unknown, unknown>, parentType: GraphQLNamedType): number {
  if (!node.arguments?.length && !definition.args.some((arg) => arg.name === 'first')) return plainSize(walk, parentType, definition);
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
  return Array.isArray(list) && isListType(getNullableType(definition.type)) ? Math.max(list.length, 1) : plainSize(walk, parentType, definition);
}

/**
 * The cost of a selection set: each field counts 1, plus its own selections, times the items it
 * yields (Armor's formula with every weight and the depth factor at 1, and real list sizes).
 * What `__schema` and `__type` cost is also added to `walk.introspection`.
 */
function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(walk, parentType, selection.name.value);
      if (!definition) continue;
      const items = checkArguments(walk, selection, definition, parentType);
      const inner = selection.selectionSet ? selectionCost(walk, selection.selectionSet, getNamedType(definition.type)) : 0;
      const fieldCost = items * (1 + inner);
      if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) walk.introspection += fieldCost;
      else cost += fieldCost;
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
    const introspectionBefore = walk.introspection;
    cost = fragment && type ? selectionCost(walk, fragment.selectionSet, type) : 0;
    walk.fragmentCosts.set(name, cost);
    walk.fragmentIntrospection.set(name, walk.introspection - introspectionBefore);
  } else {
    walk.introspection += walk.fragmentIntrospection.get(name) ?? 0;
  }
  return cost;
}

/** What an operation costs, introspection apart; throws the rejection of an argument that breaks a limit. */
function operationCosts(
  { schema, document, operationName }: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName'>,
  sizes: ListSizes,
  costs: Pick<SchemaCosts, 'introspectionLists'>,
  variables: Record<string, unknown> = {},
): { data: number; introspection: number } {
  const operation = getOperationAST(document, operationName);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return { data: 0, introspection: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, sizes, introspectionLists: costs.introspectionLists, variables, fragments, fragmentCosts: new Map(), fragmentIntrospection: new Map(), introspection: 0 };
  const data = selectionCost(walk, operation.selectionSet, rootType);
  return { data, introspection: walk.introspection };
}

/**
 * Introspection allowed per operation, in full introspections: GraphiQL and code generators
 * send one; a client never needs three, and fifteen aliased ones are a way to burn CPU.
 */
const INTROSPECTIONS_PER_OPERATION = 2;

/** The rejection for an operation that breaks a limit or whose variables do not fit, or undefined when it may run. */
export function checkOperation(args: ExecutionArgs, sizes: ListSizes): GraphQLError | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const rootType = operation && args.schema.getRootType(operation.operation);
  if (!operation || !rootType) return undefined; // validation and Yoga report these
  const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 1 });
  // The executor would report this too, but without a code.
  if (variables.errors) return rejection(variables.errors[0].message, 'BAD_USER_INPUT', { nodes: variables.errors[0].nodes });
  const costs = costsOf(args.schema, sizes);
  let cost: { data: number; introspection: number };
  try {
    cost = operationCosts(args, sizes, costs, variables.coerced);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  if (cost.data > MAX_COST) {
    return rejection(
      `Query cost limit of ${MAX_COST} exceeded, found ${cost.data}: ask for smaller pages (\`first\`) or fewer nested lists, and follow cursors for more.`,
      'GRAPHQL_VALIDATION_FAILED',
    );
  }
  const introspectionLimit = INTROSPECTIONS_PER_OPERATION * costs.fullIntrospection;
  if (cost.introspection > introspectionLimit) {
    return rejection(
      `Introspection cost limit of ${introspectionLimit} (${INTROSPECTIONS_PER_OPERATION} full introspections) exceeded, found ${cost.introspection}: introspect once, or read the SDL at /schema.graphql.`,
      'GRAPHQL_VALIDATION_FAILED',
    );
  }
  return undefined;
}

/** Refuses, before any resolver runs, operations whose arguments or cost break a limit. */
export function useOperationLimits(sizes: ListSizes): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkOperation(args, sizes);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
