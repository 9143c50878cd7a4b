/**
 * The table's state as it lives in the URL (so a filtered table can be shared), and what it
 * becomes for the API: the GraphQL filter input, the export URL with the same filter as query
 * parameters named like the input's fields, and the explorer URL that opens the same query.
 */
import type { DatePrecision, EventFilter, EventType, StatementFilter, StatementKind } from '../gql/graphql';

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
  /** How precisely the date (events) or `saidOn` (statements) is known. */
  precisions: DatePrecision[];
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

export const DATE_PRECISIONS: DatePrecision[] = ['DAY', 'MONTH', 'YEAR', 'UNKNOWN'];

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
    precisions: params.getAll('precision').filter((value): value is DatePrecision => DATE_PRECISIONS.includes(value as DatePrecision)),
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
  for (const precision of state.precisions) params.append('precision', precision);
  if (state.within) params.set('match', 'within');
  if (state.descending) params.set('dir', 'desc');
  if (state.size !== 25) params.set('size', String(state.size));
  return params;
}

/** A global id by slug, among the entities of one type (an actor and a place may share a slug: `russia`). */
export type IdBySlug = (slug: string | undefined) => string | undefined;

/** The look-ups of the filters that name an entity, one per type. */
export interface IdsBySlug {
  actor: IdBySlug;
  place: IdBySlug;
  weapon: IdBySlug;
}

const list = (id: string | undefined) => (id ? [id] : undefined);

/** The fields events and statements filter alike; `undefined` fields are left out. */
function commonFilter(state: TableState, ids: IdsBySlug) {
  return {
    placeIds: list(ids.place(state.place)),
    weaponSystemIds: list(ids.weapon(state.weapon)),
    reportedByIds: list(ids.actor(state.relayer)),
    precisions: state.precisions.length ? state.precisions : undefined,
    from: state.from,
    to: state.to,
    dateMatch: state.within ? ('WITHIN' as const) : undefined,
  };
}

/** The API's filter for the table's state; `undefined` fields are left out. */
export function eventFilter(state: TableState, ids: IdsBySlug): EventFilter {
  return { actorIds: list(ids.actor(state.actor)), types: state.types.length ? (state.types as EventType[]) : undefined, ...commonFilter(state, ids) };
}

export function statementFilter(state: TableState, ids: IdsBySlug): StatementFilter {
  return { speakerIds: list(ids.actor(state.actor)), kinds: state.types.length ? (state.types as StatementKind[]) : undefined, ...commonFilter(state, ids) };
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

/** The explorer (GraphiQL) with this query and its variables, for a new tab. */
export function explorerUrl(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `/graphql?${params.toString()}`;
}
