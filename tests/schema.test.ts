/**
 * The schema as clients see it: every element is described, the committed SDL matches the code,
 * and the names the public API contract promises exist with the promised types.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as graphqlEsm from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { query } from './helpers.js';

const SDL_FILE = new URL('../schema/schema.graphql', import.meta.url);

/**
 * The graphql module instance the schema was built with. A test runner may resolve `graphql` to
 * its ESM build while Node loads the CommonJS build for libraries, and graphql refuses types from
 * the other instance; so the schema's own instance walks and prints it.
 */
const graphql: typeof graphqlEsm =
  schema instanceof graphqlEsm.GraphQLSchema ? graphqlEsm : createRequire(import.meta.url)('graphql');
const { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, lexicographicSortSchema, printSchema } =
  graphql;

/** How many schema elements were checked, and the paths (`Type.field(arg)`, `Enum.VALUE`) of those with no description. */
function undescribed(): { checked: number; missing: string[] } {
  const missing: string[] = [];
  let checked = 0;
  /** Counts `path`, and records it when `description` is missing or blank. */
  const check = (path: string, description: string | null | undefined) => {
    checked += 1;
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return { checked, missing };
}

describe('descriptions', () => {
  it('the walk covers the schema (types, fields, arguments, input fields and enum values)', () => {
    const names = Object.keys(schema.getTypeMap());
    expect(names).toEqual(expect.arrayContaining(['Query', 'Node', 'PageInfo', 'Actor', 'ActorKind', 'EventFilter', 'Date']));
    expect(undescribed().checked).toBeGreaterThan(500);
  });

  it('every type, field, argument, input field and enum value has a non-empty description', () => {
    expect(undescribed().missing).toEqual([]);
  });
});

describe('schema/schema.graphql', () => {
  it('is exactly the sorted SDL the code builds (no drift)', () => {
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
    expect(readFileSync(SDL_FILE, 'utf8')).toBe(printed);
  });
});

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/** A type reference in SDL notation: `[TextSpan!]!`. */
function sdl(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${sdl(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${sdl(ref.ofType!)}]`;
  return ref.name!;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

/** Every type's fields and input fields (with argument types), enum values and union members, as the server introspects them. */
async function introspect() {
  const { __schema } = await query(`{ __schema { types {
    name kind
    fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
    inputFields { name type { ${TYPE_REF} } }
    enumValues { name }
    possibleTypes { name }
  } } }`);
  const types = new Map<string, { fields: Map<string, { type: string; args: Record<string, string> }>; enumValues: string[]; possibleTypes: string[] }>();
  for (const t of __schema.types) {
    const fields = new Map<string, { type: string; args: Record<string, string> }>();
    for (const f of [...(t.fields ?? []), ...(t.inputFields ?? [])]) {
      fields.set(f.name, { type: sdl(f.type), args: Object.fromEntries((f.args ?? []).map((a: any) => [a.name, sdl(a.type)])) });
    }
    const names = (list: { name: string }[] | null) => (list ?? []).map((x) => x.name);
    types.set(t.name, { fields, enumValues: names(t.enumValues), possibleTypes: names(t.possibleTypes) });
  }
  return types;
}

/** The contract's fields, `Type.field` → type in SDL notation (copied from the API contract). */
const CONTRACT_FIELDS: Record<string, string> = {
  'Query.node': 'Node',
  'Query.nodes': '[Node]!',
  'Query.article': 'Article',
  'Query.actor': 'Actor',
  'Query.statement': 'Statement',
  'Query.event': 'Event',
  'Query.weaponSystem': 'WeaponSystem',
  'Query.place': 'Place',
  'Query.articles': 'ArticleConnection!',
  'Query.actors': 'ActorConnection!',
  'Query.statements': 'StatementConnection!',
  'Query.events': 'EventConnection!',
  'Query.weaponSystems': 'WeaponSystemConnection!',
  'Query.places': 'PlaceConnection!',
  'Node.id': 'ID!',
  'Article.id': 'ID!',
  'Article.slug': 'String!',
  'Article.title': 'String!',
  'Article.subtitle': 'String',
  'Article.section': 'String',
  'Article.publishedOn': 'Date!',
  'Article.bylines': '[String!]!',
  'Article.url': 'URL',
  'Article.body': 'String!',
  'Article.bodyDigest': 'String!',
  'Article.statements': 'StatementConnection!',
  'Article.events': 'EventConnection!',
  'Article.actors': 'ActorConnection!',
  'Article.weaponSystems': 'WeaponSystemConnection!',
  'Actor.id': 'ID!',
  'Actor.slug': 'String!',
  'Actor.name': 'String!',
  'Actor.kind': 'ActorKind!',
  'Actor.aliases': '[String!]!',
  'Actor.description': 'String',
  'Actor.role': 'String',
  'Actor.affiliation': 'Actor',
  'Actor.statements': 'StatementConnection!',
  'Actor.participations': '[EventParticipation!]!',
  'Actor.events': 'EventConnection!',
  'Actor.articles': 'ArticleConnection!',
  'Statement.id': 'ID!',
  'Statement.slug': 'String!',
  'Statement.text': 'String!',
  'Statement.kind': 'StatementKind!',
  'Statement.speaker': 'Actor!',
  'Statement.reportedBy': '[Actor!]!',
  'Statement.saidOn': 'FuzzyDate',
  'Statement.occasion': 'Event',
  'Statement.about': '[Node!]!',
  'Statement.article': 'Article!',
  'Statement.evidence': '[TextSpan!]!',
  'Event.id': 'ID!',
  'Event.slug': 'String!',
  'Event.title': 'String!',
  'Event.summary': 'String!',
  'Event.type': 'EventType!',
  'Event.date': 'FuzzyDate!',
  'Event.location': 'Place',
  'Event.participants': '[EventParticipation!]!',
  'Event.weaponSystems': '[WeaponSystem!]!',
  'Event.quantities': '[Quantity!]!',
  'Event.partOf': 'Event',
  'Event.claims': '[Statement!]!',
  'Event.statements': '[Statement!]!',
  'Event.articles': 'ArticleConnection!',
  'Event.evidence': '[TextSpan!]!',
  'EventParticipation.actor': 'Actor!',
  'EventParticipation.event': 'Event!',
  'EventParticipation.role': 'ParticipantRole!',
  'WeaponSystem.id': 'ID!',
  'WeaponSystem.slug': 'String!',
  'WeaponSystem.name': 'String!',
  'WeaponSystem.category': 'WeaponCategory!',
  'WeaponSystem.description': 'String',
  'WeaponSystem.range': 'Quantity',
  'WeaponSystem.propellant': 'Propellant',
  'WeaponSystem.nuclearCapable': 'Boolean',
  'WeaponSystem.operators': '[Actor!]!',
  'WeaponSystem.events': 'EventConnection!',
  'WeaponSystem.statements': 'StatementConnection!',
  'Place.id': 'ID!',
  'Place.slug': 'String!',
  'Place.name': 'String!',
  'Place.kind': 'PlaceKind!',
  'Place.country': 'Place',
  'FuzzyDate.start': 'Date',
  'FuzzyDate.end': 'Date',
  'FuzzyDate.precision': 'DatePrecision!',
  'FuzzyDate.text': 'String',
  'FuzzyDate.edtf': 'String!',
  'Quantity.measure': 'String!',
  'Quantity.value': 'Float',
  'Quantity.low': 'Float',
  'Quantity.high': 'Float',
  'Quantity.qualifier': 'QuantityQualifier!',
  'Quantity.unit': 'String!',
  'Quantity.text': 'String!',
  'TextSpan.article': 'Article!',
  'TextSpan.start': 'Int!',
  'TextSpan.end': 'Int!',
  'TextSpan.exact': 'String!',
  'TextSpan.prefix': 'String!',
  'TextSpan.suffix': 'String!',
  'Query.search': 'SearchConnection!',
  'SearchConnection.edges': '[SearchEdge!]!',
  'SearchConnection.pageInfo': 'PageInfo!',
  'SearchConnection.totalCount': 'Int!',
  'SearchEdge.cursor': 'String!',
  'SearchEdge.node': 'SearchResult!',
  'SearchEdge.score': 'Float!',
  'SearchEdge.snippet': 'String!',
  'Query.timeline': 'TimelineConnection!',
  'TimelineConnection.edges': '[TimelineEdge!]!',
  'TimelineEdge.cursor': 'String!',
  'TimelineEdge.node': 'TimelineItem!',
  'Actor.relations': 'ActorRelationConnection!',
  'ActorRelationConnection.edges': '[ActorRelationEdge!]!',
  'ActorRelationEdge.cursor': 'String!',
  'ActorRelationEdge.node': 'Actor!',
  'ActorRelationEdge.weight': 'Int!',
  'ActorRelationEdge.events': '[Event!]!',
};

/** The contract's arguments, `Type.field(arg)` → type. */
const CONTRACT_ARGS: Record<string, string> = {
  'Query.node(id)': 'ID!',
  'Query.nodes(ids)': '[ID!]!',
  ...Object.fromEntries(
    ['article', 'actor', 'statement', 'event', 'weaponSystem', 'place'].map((f) => [`Query.${f}(slug)`, 'String!']),
  ),
  'Query.search(query)': 'String!',
  'Query.search(types)': '[SearchType!]',
  'Query.search(first)': 'Int',
  'Query.search(after)': 'String',
  'Query.timeline(from)': 'Date',
  'Query.timeline(to)': 'Date',
  'Query.timeline(actorIds)': '[ID!]',
  'Query.timeline(types)': '[EventType!]',
  'Query.timeline(first)': 'Int',
  'Query.timeline(after)': 'String',
  'Actor.relations(first)': 'Int',
  'Actor.relations(after)': 'String',
};

/** Fields the contract promises on the filter input of a plural root field, `field.inputField` → type. */
const CONTRACT_FILTERS: Record<string, string> = {
  'events.actorIds': '[ID!]',
  'events.weaponSystemIds': '[ID!]',
  'events.placeIds': '[ID!]',
  'events.types': '[EventType!]',
  'events.from': 'Date',
  'events.to': 'Date',
  'statements.kinds': '[StatementKind!]',
  'actors.kinds': '[ActorKind!]',
  'weaponSystems.categories': '[WeaponCategory!]',
};

/** The Relay arguments every connection field takes. */
const PAGE_ARGS = { first: 'Int', after: 'String', last: 'Int', before: 'String' };

/** The contract's enum values (a type may add values; these must all exist). */
const CONTRACT_ENUMS: Record<string, string[]> = {
  ActorKind: ['PERSON', 'STATE', 'ARMED_FORCE', 'GOVERNMENT_AGENCY', 'MEDIA_OUTLET', 'ORGANIZATION', 'GROUP'],
  StatementKind: ['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'CLAIM'],
  EventType: [
    'MILITARY_EXERCISE',
    'WEAPONS_TEST',
    'TROOP_DEPLOYMENT',
    'ARMS_TRANSFER',
    'ARMED_CONFLICT',
    'TERRITORIAL_CHANGE',
    'DIPLOMATIC_MEETING',
    'AGREEMENT',
    'STATE_VISIT',
    'INSPECTION',
    'BROADCAST',
  ],
  WeaponCategory: [
    'ARTILLERY',
    'ARTILLERY_AMMUNITION',
    'ROCKET_ARTILLERY',
    'CRUISE_MISSILE',
    'BALLISTIC_MISSILE',
    'MISSILE',
    'NUCLEAR_WEAPON',
  ],
  Propellant: ['SOLID', 'LIQUID'],
  QuantityQualifier: ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN', 'INDEFINITE'],
  DatePrecision: ['DAY', 'MONTH', 'YEAR'],
};

const NODE_TYPES = ['Article', 'Actor', 'Statement', 'Event', 'WeaponSystem', 'Place'];

describe('the contract, by introspection through the server', () => {
  let types: Awaited<ReturnType<typeof introspect>>;
  beforeAll(async () => {
    types = await introspect();
  });

  /** The introspected type of `Type.field`, or `(missing)`. */
  const fieldType = (path: string) => {
    const [type, field] = path.split('.');
    return types.get(type)?.fields.get(field)?.type ?? '(missing)';
  };

  it('has every promised field with the promised type', () => {
    const actual = Object.fromEntries(Object.keys(CONTRACT_FIELDS).map((path) => [path, fieldType(path)]));
    expect(actual).toEqual(CONTRACT_FIELDS);
  });

  it('has every promised root argument with the promised type', () => {
    const actual = Object.fromEntries(
      Object.keys(CONTRACT_ARGS).map((path) => {
        const [, type, field, arg] = /^(\w+)\.(\w+)\((\w+)\)$/.exec(path)!;
        return [path, types.get(type)?.fields.get(field)?.args[arg] ?? '(missing)'];
      }),
    );
    expect(actual).toEqual(CONTRACT_ARGS);
  });

  it('gives every connection field first/after/last/before, and every connection edges, pageInfo and totalCount', () => {
    const entityConnection = new RegExp(`^(${NODE_TYPES.join('|')})Connection!$`);
    const connectionFields = Object.keys(CONTRACT_FIELDS).filter((path) => entityConnection.test(CONTRACT_FIELDS[path]));
    expect(connectionFields.length).toBeGreaterThanOrEqual(14);
    for (const path of connectionFields) {
      const [type, field] = path.split('.');
      expect(types.get(type)?.fields.get(field)?.args, path).toMatchObject(PAGE_ARGS);
      const connection = CONTRACT_FIELDS[path].slice(0, -1);
      const node = connection.replace(/Connection$/, '');
      expect(
        {
          edges: fieldType(`${connection}.edges`),
          pageInfo: fieldType(`${connection}.pageInfo`),
          totalCount: fieldType(`${connection}.totalCount`),
          cursor: fieldType(`${node}Edge.cursor`),
          node: fieldType(`${node}Edge.node`),
        },
        connection,
      ).toEqual({ edges: `[${node}Edge!]!`, pageInfo: 'PageInfo!', totalCount: 'Int!', cursor: 'String!', node: `${node}!` });
    }
  });

  it('has PageInfo with the Relay fields', () => {
    expect(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'].map((f) => fieldType(`PageInfo.${f}`))).toEqual([
      'Boolean!',
      'Boolean!',
      'String',
      'String',
    ]);
  });

  it('makes every entity type a Node', async () => {
    const { __type } = await query(`{ __type(name: "Node") { kind possibleTypes { name } } }`);
    expect(__type.kind).toBe('INTERFACE');
    expect(__type.possibleTypes.map((t: { name: string }) => t.name).sort()).toEqual([...NODE_TYPES].sort());
  });

  it.each(Object.entries(CONTRACT_ENUMS))('has every promised value of %s', (name, values) => {
    expect(types.get(name)?.enumValues ?? []).toEqual(expect.arrayContaining(values));
  });

  it('gives every plural root field `filter:` and `orderBy:` inputs', () => {
    for (const field of ['articles', 'actors', 'statements', 'events', 'weaponSystems', 'places']) {
      const args = types.get('Query')?.fields.get(field)?.args ?? {};
      for (const arg of ['filter', 'orderBy']) {
        expect(args[arg], `Query.${field}(${arg})`).toBeDefined();
        expect(types.get(args[arg])?.fields.size, `Query.${field}(${arg}: ${args[arg]}) is an input with fields`).toBeGreaterThan(0);
      }
    }
  });

  it('has the promised filter fields, and a date match that can ask for WITHIN', () => {
    /** The input field `path` (`events.from`) of that root field's filter input. */
    const filterField = (path: string) => {
      const [field, input] = path.split('.');
      const inputType = types.get('Query')?.fields.get(field)?.args.filter ?? '';
      return types.get(inputType)?.fields.get(input)?.type ?? '(missing)';
    };
    expect(Object.fromEntries(Object.keys(CONTRACT_FILTERS).map((p) => [p, filterField(p)]))).toEqual(CONTRACT_FILTERS);
    const dateMatch = filterField('events.dateMatch').replace(/!$/, '');
    expect(types.get(dateMatch)?.enumValues).toContain('WITHIN');
  });

  it('has the promised union members for search results and timeline items', () => {
    expect(types.get('SearchResult')?.possibleTypes).toEqual(
      expect.arrayContaining(['Article', 'Actor', 'Statement', 'Event', 'WeaponSystem']),
    );
    expect([...(types.get('TimelineItem')?.possibleTypes ?? [])].sort()).toEqual(['Event', 'Statement']);
  });

  it.each([
    ['EventConnection', 'types'],
    ['StatementConnection', 'kinds'],
  ])('gives %s facets: %s, years and months as { value count }, actors as { actor count }', (connection, byKind) => {
    const facets = fieldType(`${connection}.facets`).replace(/!$/, '');
    /** The fields of the facet entry type listed under `name`. */
    const entryFields = (name: string) => [...(types.get(fieldType(`${facets}.${name}`).replace(/[[\]!]/g, ''))?.fields.keys() ?? [])];
    for (const name of [byKind, 'years', 'months']) expect(entryFields(name), `${facets}.${name}`).toEqual(expect.arrayContaining(['value', 'count']));
    expect(entryFields('actors'), `${facets}.actors`).toEqual(expect.arrayContaining(['actor', 'count']));
  });
});
