/**
 * Answers list questions over the indexed dataset: filtering, ordering, facets and the
 * timeline. Criteria are plain data (slugs, enum values, ISO dates); nothing here knows
 * GraphQL. Candidates come from the narrowest index a criterion allows (slug and type lists, the
 * date indexes); the remaining criteria are checked per candidate. A text criterion on its own
 * still walks the candidate list (it matches substrings, which the word index cannot answer).
 */
import type { DateIndex } from './date-index.js';
import { matchesWindow, type DateWindow } from './dates.js';
import { chronologicalKey, type Dataset } from './dataset.js';
import type { Actor, Article, Entity, Event, Place, Statement, WeaponSystem } from './model.js';
import type {
  ActorKind,
  EventType,
  ParticipantRole,
  PlaceKind,
  Propellant,
  StatementKind,
  WeaponCategory,
} from './records.js';
import { fold } from './text.js';

export type Direction = 'ASC' | 'DESC';

export interface EventCriteria {
  actorSlugs?: string[];
  weaponSystemSlugs?: string[];
  placeSlugs?: string[];
  articleSlugs?: string[];
  types?: EventType[];
  roles?: ParticipantRole[];
  text?: string;
  window?: DateWindow;
}

export interface StatementCriteria {
  speakerSlugs?: string[];
  reportedBySlugs?: string[];
  /** Typed keys, `Typename:slug`. */
  aboutKeys?: string[];
  articleSlugs?: string[];
  occasionSlugs?: string[];
  kinds?: StatementKind[];
  text?: string;
  window?: DateWindow;
}

export interface ActorCriteria {
  kinds?: ActorKind[];
  affiliationSlugs?: string[];
  articleSlugs?: string[];
  text?: string;
}

export interface WeaponSystemCriteria {
  categories?: WeaponCategory[];
  operatorSlugs?: string[];
  propellants?: Propellant[];
  nuclearCapable?: boolean;
  text?: string;
}

export interface ArticleCriteria {
  actorSlugs?: string[];
  text?: string;
  window?: DateWindow;
}

export interface PlaceCriteria {
  kinds?: PlaceKind[];
  countrySlugs?: string[];
  text?: string;
}

export type EventOrderField = 'DATE' | 'TITLE';
export type StatementOrderField = 'POSITION' | 'SAID_ON';
export type ActorOrderField = 'NAME' | 'STATEMENT_COUNT' | 'EVENT_COUNT';
export type WeaponSystemOrderField = 'NAME' | 'EVENT_COUNT';
export type ArticleOrderField = 'PUBLISHED_ON' | 'TITLE';
export type PlaceOrderField = 'NAME' | 'EVENT_COUNT';

export interface Order<F extends string> {
  field: F;
  direction: Direction;
}

type Predicate<T> = (item: T) => boolean;
type SortKey<T> = (item: T) => string | number | null;

/** The empty list, shared: what an index answers for a key it does not hold. */
export const EMPTY: readonly never[] = [];

/** True when a criterion list is given (an empty list is treated as not given). */
const given = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/**
 * The union of index lists for `keys`, in default order. With one key it is the index list
 * itself, so the common case allocates nothing.
 */
function unionOf<T extends Entity>(dataset: Dataset, index: Map<string, T[]>, keys: string[]): readonly T[] {
  if (keys.length === 1) return index.get(keys[0]) ?? EMPTY;
  const merged = new Set<T>();
  for (const key of keys) for (const item of index.get(key) ?? EMPTY) merged.add(item);
  return [...merged].sort((a, b) => dataset.position.get(a)! - dataset.position.get(b)!);
}

/**
 * What one criterion keeps, as an index serves it: at most `size` items, which `items` lists in
 * default order (only asked of the narrowest criterion), and a test of one item for the others.
 */
interface Candidates<T> {
  size: number;
  items: () => readonly T[];
  test: Predicate<T>;
}

/**
 * Candidates from an index keyed by slug or value: the union of the lists for `keys`. `test`
 * tells whether one item belongs, given the keys as a set.
 */
function indexed<T extends Entity>(
  dataset: Dataset,
  index: Map<string, T[]>,
  keys: string[],
  test: (item: T, wanted: ReadonlySet<string>) => boolean,
): Candidates<T> {
  const wanted = new Set(keys);
  return {
    size: keys.reduce((sum, key) => sum + (index.get(key)?.length ?? 0), 0),
    items: () => unionOf(dataset, index, keys),
    test: (item) => test(item, wanted),
  };
}

/** Candidates related to one of `slugs`: `index` lists them by slug, `relatedOf` gives each its related entities. */
function related<T extends Entity>(dataset: Dataset, index: Map<string, T[]>, relatedOf: Map<string, readonly Entity[]>, slugs: string[]): Candidates<T> {
  return indexed(dataset, index, slugs, (item, wanted) => (relatedOf.get(item.slug) ?? EMPTY).some((other) => wanted.has(other.slug)));
}

/**
 * Candidates whose date (per `dateOf`) matches `window`, found in `dates`, the index of `all`;
 * only those of `groups` when given.
 */
function dated<T>(
  dates: DateIndex,
  all: readonly T[],
  window: DateWindow,
  dateOf: (item: T) => { start: string | null; end: string | null } | null,
  groups?: readonly string[],
): Candidates<T> {
  return {
    size: dates.bound(window, groups),
    items: () => Array.from(dates.matching(window, groups), (position) => all[position]),
    test: (item) => matchesWindow(dateOf(item), window),
  };
}

/** Candidates limited to `within`, a list in default order. */
function among<T>(within: readonly T[]): Candidates<T> {
  let members: Set<T> | undefined;
  return { size: within.length, items: () => within, test: (item) => (members ??= new Set(within)).has(item) };
}

/**
 * The items that every criterion keeps and every predicate passes, in default order: the
 * narrowest criterion lists its items, the others test each of them. With no criterion, `all`.
 */
function select<T extends Entity>(all: readonly T[], criteria: Candidates<T>[], predicates: Predicate<T>[]): readonly T[] {
  const base = criteria.reduce<Candidates<T> | null>((narrowest, c) => (!narrowest || c.size < narrowest.size ? c : narrowest), null);
  const checks = [...predicates, ...criteria.filter((c) => c !== base).map((c) => c.test)];
  const items = base ? base.items() : all;
  return checks.length ? items.filter((item) => checks.every((check) => check(item))) : items;
}

/**
 * Sorts by `key` in `direction` (missing keys last), ties in default order. Every list handed in
 * is already in default order (indexes are built in it), so a null key means "default order".
 */
function orderBy<T extends Entity>(dataset: Dataset, items: readonly T[], key: SortKey<T> | null, direction: Direction): readonly T[] {
  if (!key) return direction === 'ASC' ? items : [...items].reverse();
  const sign = direction === 'ASC' ? 1 : -1;
  const keyed = items.map((item) => ({ item, key: key(item), rank: dataset.position.get(item)! }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.rank - b.rank;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * sign;
  });
  return keyed.map(({ item }) => item);
}

/** A predicate matching folded `needle` as a substring of any of the item's texts. */
function textMatch<T>(needle: string, texts: (item: T) => (string | null)[]): Predicate<T> {
  const folded = fold(needle.trim());
  return (item) => texts(item).some((text) => text !== null && fold(text).includes(folded));
}

/** Place slugs with every place inside them (a country matches its provinces and cities). */
function expandPlaces(dataset: Dataset, slugs: string[]): string[] {
  const all = new Set<string>();
  const visit = (slug: string) => {
    if (all.has(slug)) return;
    all.add(slug);
    for (const inner of dataset.placesByCountry.get(slug) ?? EMPTY) visit(inner.slug);
  };
  slugs.forEach(visit);
  return [...all];
}

/** Events matching the criteria, optionally only among `within`, in the requested order. */
export function selectEvents(
  dataset: Dataset,
  criteria: EventCriteria,
  order: Order<EventOrderField>,
  within?: readonly Event[],
): readonly Event[] {
  const candidates: Candidates<Event>[] = within ? [among(within)] : [];
  const predicates: Predicate<Event>[] = [];
  if (given(criteria.actorSlugs)) {
    const actors = new Set(criteria.actorSlugs);
    const roles = given(criteria.roles) ? new Set(criteria.roles) : null;
    candidates.push(indexed(dataset, dataset.eventsByActor, criteria.actorSlugs, (e) => e.participants.some((p) => actors.has(p.actorSlug))));
    if (roles) predicates.push((e) => e.participants.some((p) => actors.has(p.actorSlug) && roles.has(p.role)));
  } else if (given(criteria.roles)) {
    const roles = new Set(criteria.roles);
    predicates.push((e) => e.participants.some((p) => roles.has(p.role)));
  }
  if (given(criteria.weaponSystemSlugs)) {
    candidates.push(
      indexed(dataset, dataset.eventsByWeaponSystem, criteria.weaponSystemSlugs, (e, weapons) => e.weaponSystemSlugs.some((w) => weapons.has(w))),
    );
  }
  if (given(criteria.placeSlugs)) {
    const places = expandPlaces(dataset, criteria.placeSlugs);
    candidates.push(indexed(dataset, dataset.eventsByPlace, places, (e, wanted) => e.locationSlug !== null && wanted.has(e.locationSlug)));
  }
  if (given(criteria.articleSlugs)) {
    candidates.push(related(dataset, dataset.eventsByArticle, dataset.articlesByEvent, criteria.articleSlugs));
  }
  if (given(criteria.types)) {
    candidates.push(indexed(dataset, dataset.eventsByType, criteria.types, (e, types) => types.has(e.type)));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (e) => [e.title, e.summary]));
  if (criteria.window) {
    const types = given(criteria.types) ? criteria.types : undefined;
    candidates.push(dated(dataset.eventDates, dataset.events, criteria.window, (e) => e.date, types));
  }
  const found = select(dataset.events, candidates, predicates);
  const key: SortKey<Event> | null =
    order.field === 'TITLE' ? (e) => fold(e.title) : null;
  return orderBy(dataset, found, key, order.direction);
}

/** Statements matching the criteria, optionally only among `within`, in the requested order. */
export function selectStatements(
  dataset: Dataset,
  criteria: StatementCriteria,
  order: Order<StatementOrderField>,
  within?: readonly Statement[],
): readonly Statement[] {
  const candidates: Candidates<Statement>[] = within ? [among(within)] : [];
  const predicates: Predicate<Statement>[] = [];
  if (given(criteria.speakerSlugs)) {
    candidates.push(indexed(dataset, dataset.statementsBySpeaker, criteria.speakerSlugs, (s, speakers) => speakers.has(s.speakerSlug)));
  }
  if (given(criteria.reportedBySlugs)) {
    candidates.push(
      indexed(dataset, dataset.statementsByReporter, criteria.reportedBySlugs, (s, reporters) => s.reportedBySlugs.some((r) => reporters.has(r))),
    );
  }
  if (given(criteria.aboutKeys)) {
    candidates.push(
      indexed(dataset, dataset.statementsAbout, criteria.aboutKeys, (s, about) => s.about.some((r) => about.has(`${r.typename}:${r.slug}`))),
    );
  }
  if (given(criteria.articleSlugs)) {
    candidates.push(indexed(dataset, dataset.statementsByArticle, criteria.articleSlugs, (s, articles) => articles.has(s.articleSlug)));
  }
  if (given(criteria.occasionSlugs)) {
    candidates.push(
      indexed(dataset, dataset.statementsByOccasion, criteria.occasionSlugs, (s, occasions) => s.occasionSlug !== null && occasions.has(s.occasionSlug)),
    );
  }
  if (given(criteria.kinds)) {
    const kinds = new Set(criteria.kinds);
    predicates.push((s) => kinds.has(s.kind));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (s) => [s.text, ...s.evidence.map((e) => e.exact)]));
  if (criteria.window) candidates.push(dated(dataset.statementDates, dataset.statements, criteria.window, (s) => s.saidOn));
  const found = select(dataset.statements, candidates, predicates);
  const key: SortKey<Statement> | null = order.field === 'SAID_ON' ? (s) => chronologicalKey(s.saidOn) : null;
  return orderBy(dataset, found, key, order.direction);
}

/** Actors matching the criteria, optionally only among `within`, in the requested order. */
export function selectActors(
  dataset: Dataset,
  criteria: ActorCriteria,
  order: Order<ActorOrderField>,
  within?: readonly Actor[],
): readonly Actor[] {
  const candidates: Candidates<Actor>[] = within ? [among(within)] : [];
  const predicates: Predicate<Actor>[] = [];
  if (given(criteria.affiliationSlugs)) {
    candidates.push(
      indexed(dataset, dataset.actorsByAffiliation, criteria.affiliationSlugs, (a, affiliations) => a.affiliationSlug !== null && affiliations.has(a.affiliationSlug)),
    );
  }
  if (given(criteria.articleSlugs)) {
    candidates.push(related(dataset, dataset.actorsByArticle, dataset.articlesByActor, criteria.articleSlugs));
  }
  if (given(criteria.kinds)) {
    const kinds = new Set(criteria.kinds);
    predicates.push((a) => kinds.has(a.kind));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (a) => [a.name, ...a.aliases, a.role]));
  const found = select(dataset.actors, candidates, predicates);
  const keys: Record<ActorOrderField, SortKey<Actor> | null> = {
    NAME: null,
    STATEMENT_COUNT: (a) => dataset.statementsBySpeaker.get(a.slug)?.length ?? 0,
    EVENT_COUNT: (a) => dataset.eventsByActor.get(a.slug)?.length ?? 0,
  };
  return orderBy(dataset, found, keys[order.field], order.direction);
}

/** Weapon systems matching the criteria, optionally only among `within`, in the requested order. */
export function selectWeaponSystems(
  dataset: Dataset,
  criteria: WeaponSystemCriteria,
  order: Order<WeaponSystemOrderField>,
  within?: readonly WeaponSystem[],
): readonly WeaponSystem[] {
  const candidates: Candidates<WeaponSystem>[] = within ? [among(within)] : [];
  const predicates: Predicate<WeaponSystem>[] = [];
  if (given(criteria.operatorSlugs)) {
    candidates.push(
      indexed(dataset, dataset.weaponSystemsByOperator, criteria.operatorSlugs, (w, operators) => w.operatorSlugs.some((o) => operators.has(o))),
    );
  }
  if (given(criteria.categories)) {
    const categories = new Set(criteria.categories);
    predicates.push((w) => categories.has(w.category));
  }
  if (given(criteria.propellants)) {
    const propellants = new Set(criteria.propellants);
    predicates.push((w) => w.propellant !== null && propellants.has(w.propellant));
  }
  if (criteria.nuclearCapable !== undefined) {
    const wanted = criteria.nuclearCapable;
    predicates.push((w) => w.nuclearCapable === wanted);
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (w) => [w.name, ...w.aliases]));
  const found = select(dataset.weaponSystems, candidates, predicates);
  const keys: Record<WeaponSystemOrderField, SortKey<WeaponSystem> | null> = {
    NAME: null,
    EVENT_COUNT: (w) => dataset.eventsByWeaponSystem.get(w.slug)?.length ?? 0,
  };
  return orderBy(dataset, found, keys[order.field], order.direction);
}

/** Articles matching the criteria, optionally only among `within`, in the requested order. */
export function selectArticles(
  dataset: Dataset,
  criteria: ArticleCriteria,
  order: Order<ArticleOrderField>,
  within?: readonly Article[],
): readonly Article[] {
  const candidates: Candidates<Article>[] = within ? [among(within)] : [];
  const predicates: Predicate<Article>[] = [];
  if (given(criteria.actorSlugs)) {
    candidates.push(related(dataset, dataset.articlesByActor, dataset.actorsByArticle, criteria.actorSlugs));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (a) => [a.title, a.subtitle, a.body]));
  if (criteria.window) {
    candidates.push(dated(dataset.articleDates, dataset.articles, criteria.window, (a) => ({ start: a.publishedOn, end: a.publishedOn })));
  }
  const found = select(dataset.articles, candidates, predicates);
  // The default order is newest first, so PUBLISHED_ON ascending is its reverse.
  if (order.field === 'PUBLISHED_ON') return orderBy(dataset, found, null, order.direction === 'DESC' ? 'ASC' : 'DESC');
  return orderBy(dataset, found, (a) => fold(a.title), order.direction);
}

/** Places matching the criteria, optionally only among `within`, in the requested order. */
export function selectPlaces(
  dataset: Dataset,
  criteria: PlaceCriteria,
  order: Order<PlaceOrderField>,
  within?: readonly Place[],
): readonly Place[] {
  const candidates: Candidates<Place>[] = within ? [among(within)] : [];
  const predicates: Predicate<Place>[] = [];
  if (given(criteria.countrySlugs)) {
    const countries = new Set(criteria.countrySlugs);
    predicates.push((p) => p.countrySlug !== null && countries.has(p.countrySlug));
  }
  if (given(criteria.kinds)) {
    const kinds = new Set(criteria.kinds);
    predicates.push((p) => kinds.has(p.kind));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (p) => [p.name, ...p.aliases]));
  const found = select(dataset.places, candidates, predicates);
  const keys: Record<PlaceOrderField, SortKey<Place> | null> = {
    NAME: null,
    EVENT_COUNT: (p) => dataset.eventsByPlace.get(p.slug)?.length ?? 0,
  };
  return orderBy(dataset, found, keys[order.field], order.direction);
}

export interface Count<K> {
  key: K;
  count: number;
}

/** Counts as a list, most frequent first, ties by key. */
function ranked<K extends string>(counts: Map<K, number>): Count<K>[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Counts keys, most frequent first, ties by key. */
function tally<K extends string>(keys: Iterable<K>): Count<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return ranked(counts);
}

export interface Facets<K extends string> {
  types: Count<K>[];
  years: Count<string>[];
  months: Count<string>[];
  actors: Count<string>[];
  weaponSystems: Count<string>[];
}

/** Facets whose counts are each made when first read: a query usually reads only some of them. */
function lazyFacets<K extends string>(makers: { [F in keyof Facets<K>]: () => Facets<K>[F] }): Facets<K> {
  const facets = {} as Facets<K>;
  for (const name of Object.keys(makers) as (keyof Facets<K>)[]) {
    let counts: Count<string>[] | undefined;
    Object.defineProperty(facets, name, { enumerable: true, get: () => (counts ??= makers[name]()) });
  }
  return facets;
}

/** The positions of `items` in their type's default order. */
function positionsOf(dataset: Dataset, items: readonly Entity[]): number[] {
  return items.map((item) => dataset.position.get(item)!);
}

/** Facet counts over a whole filtered list of events. */
export function eventFacets(dataset: Dataset, events: readonly Event[]): Facets<EventType> {
  return lazyFacets({
    types: () => tally(events.map((e) => e.type)),
    years: () => ranked(dataset.eventCalendar.count(positionsOf(dataset, events), 'years')),
    months: () => ranked(dataset.eventCalendar.count(positionsOf(dataset, events), 'months')),
    actors: () => tally(events.flatMap((e) => [...new Set(e.participants.map((p) => p.actorSlug))])),
    weaponSystems: () => tally(events.flatMap((e) => e.weaponSystemSlugs)),
  });
}

/** Facet counts over a whole filtered list of statements (actors are speakers). */
export function statementFacets(dataset: Dataset, statements: readonly Statement[]): Facets<StatementKind> {
  return lazyFacets({
    types: () => tally(statements.map((s) => s.kind)),
    years: () => ranked(dataset.statementCalendar.count(positionsOf(dataset, statements), 'years')),
    months: () => ranked(dataset.statementCalendar.count(positionsOf(dataset, statements), 'months')),
    actors: () => tally(statements.map((s) => s.speakerSlug)),
    weaponSystems: () =>
      tally(statements.flatMap((s) => s.about.filter((r) => r.typename === 'WeaponSystem').map((r) => r.slug))),
  });
}

export interface TimelineCriteria {
  actorSlugs?: string[];
  types?: EventType[];
  window?: DateWindow;
}

/**
 * Events and statements together, in chronological order of their first known day (see
 * chronologicalKey), events before statements on the same day, then in default order. Undated
 * items are left out. With `types`, statements count only when made at an event of those types.
 */
export function timeline(dataset: Dataset, criteria: TimelineCriteria): readonly (Event | Statement)[] {
  if (!given(criteria.actorSlugs) && !given(criteria.types)) {
    const window = criteria.window;
    return window ? Array.from(dataset.timelineDates.matching(window), (position) => dataset.timeline[position]) : dataset.timeline;
  }
  const events = selectEvents(
    dataset,
    { actorSlugs: criteria.actorSlugs, types: criteria.types, window: criteria.window },
    { field: 'DATE', direction: 'ASC' },
  );
  const spoken = selectStatements(
    dataset,
    { speakerSlugs: criteria.actorSlugs, window: criteria.window },
    { field: 'POSITION', direction: 'ASC' },
  );
  const eventTypes = given(criteria.types) ? new Set(criteria.types) : null;
  const statements = eventTypes
    ? spoken.filter((s) => {
        const occasion = s.occasionSlug ? dataset.maps.Event.get(s.occasionSlug) : undefined;
        return occasion !== undefined && eventTypes.has(occasion.type);
      })
    : spoken;
  // Each item's place in the precomputed timeline gives the merged order.
  const positions = new Int32Array(events.length + statements.length);
  let count = 0;
  for (const list of [events, statements]) {
    for (const item of list) {
      const position = dataset.timelinePosition.get(item);
      if (position !== undefined) positions[count++] = position;
    }
  }
  return Array.from(positions.subarray(0, count).sort(), (position) => dataset.timeline[position]);
}
