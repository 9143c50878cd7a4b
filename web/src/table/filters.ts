/**
 * The table's state as it lives in the URL (so a filtered table can be shared), and what it
 * becomes for the API: the GraphQL filter input, the export URL with the same filter as query
 * parameters named like the input's fields, and the explorer URL that opens the same query.
 */
import type { EventFilter, EventType, StatementFilter, StatementKind } from '../gql/graphql';

export type Table = 'events' | 'statements';

export interface TableState {
  of: Table;
  /** Slugs; the API wants global ids, looked up from the options. */
  actor?: string;
  place?: string;
  weapon?: string;
  relayer?: string;
  /** Event types for events, statement kinds for statements. */
  types: string[];
  from?: string;
  to?: string;
  within: boolean;
  sort?: string;
  descending: boolean;
  /** Rows per page, one of PAGE_SIZES. */
  size: number;
  after?: string;
  before?: string;
}

export const PAGE_SIZES = [10, 25, 50, 100];

export function readTable(params: URLSearchParams): TableState {
  const get = (name: string) => params.get(name) || undefined;
  const size = Number(params.get('size'));
  return {
    of: params.get('of') === 'statements' ? 'statements' : 'events',
    actor: get('actor'),
    place: get('place'),
    weapon: get('weapon'),
    relayer: get('relayer'),
    types: params.getAll('type'),
    from: get('from'),
    to: get('to'),
    within: params.get('match') === 'within',
    sort: get('sort'),
    descending: params.get('dir') === 'desc',
    size: PAGE_SIZES.includes(size) ? size : 25,
    after: get('after'),
    before: get('before'),
  };
}

export function writeTable(state: TableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.of === 'statements') params.set('of', 'statements');
  for (const name of ['actor', 'place', 'weapon', 'relayer', 'from', 'to', 'sort', 'after', 'before'] as const) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  for (const type of state.types) params.append('type', type);
  if (state.within) params.set('match', 'within');
  if (state.descending) params.set('dir', 'desc');
  if (state.size !== 25) params.set('size', String(state.size));
  return params;
}

/** Global ids by slug, for the filters that name an entity. */
export type IdsBySlug = (slug: string | undefined) => string | undefined;

const list = (id: string | undefined) => (id ? [id] : undefined);

/** The API's filter for the table's state; `undefined` fields are left out. */
export function eventFilter(state: TableState, id: IdsBySlug): EventFilter {
  return {
    actorIds: list(id(state.actor)),
    placeIds: list(id(state.place)),
    weaponSystemIds: list(id(state.weapon)),
    types: state.types.length ? (state.types as EventType[]) : undefined,
    from: state.from,
    to: state.to,
    dateMatch: state.within ? 'WITHIN' : undefined,
  };
}

export function statementFilter(state: TableState, id: IdsBySlug): StatementFilter {
  return {
    speakerIds: list(id(state.actor)),
    reportedByIds: list(id(state.relayer)),
    kinds: state.types.length ? (state.types as StatementKind[]) : undefined,
    from: state.from,
    to: state.to,
    dateMatch: state.within ? 'WITHIN' : undefined,
  };
}

/** Drops the unset fields, so URLs and variables carry only what is chosen. */
export function compact<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The export of exactly these rows: `/export/<table>.csv?` with the filter's fields as parameters (a list repeats its name). */
export function exportUrl(table: Table, filter: EventFilter | StatementFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(compact(filter))) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const query = params.toString();
  return `/export/${table}.csv${query ? `?${query}` : ''}`;
}

/** The input fields of the table's variables whose values are enum values, written unquoted. */
const ENUM_FIELDS = new Set(['types', 'kinds', 'dateMatch', 'roles', 'field', 'direction']);

/** A JSON value as a GraphQL literal: strings quoted, enum values bare. */
function literal(value: unknown, isEnum = false): string {
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, isEnum)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([name, item]) => `${name}: ${literal(item, ENUM_FIELDS.has(name))}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' && !isEnum ? JSON.stringify(value) : String(value);
}

/**
 * The query with the view's variables as its variables' default values, so it runs as it is in
 * any explorer: the one this server serves reads `query` from its URL but not `variables`.
 */
export function withDefaults(query: string, variables: Record<string, unknown>): string {
  return query.replace(/\$(\w+): ([\w!\[\]]+)/g, (definition, name: string) =>
    variables[name] === undefined ? definition : `${definition} = ${literal(variables[name])}`,
  );
}

/** The explorer (GraphiQL) with this query and its variables, for a new tab. */
export function explorerUrl(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: withDefaults(query, variables), variables: JSON.stringify(variables, null, 2) });
  return `/graphql?${params.toString()}`;
}
