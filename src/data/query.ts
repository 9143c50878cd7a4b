/**
 * Answers list questions over the indexed dataset: filtering, ordering, facets, the timeline and
 * actor relations. Criteria are plain data (slugs, enum values, ISO dates); nothing here knows
 * GraphQL. Candidates come from the narrowest index a criterion allows; the remaining criteria
 * are checked per candidate. Text and date criteria on their own still walk the candidate list:
 * at 10,000× the seed, a sorted date index and the search index would serve them instead.
 */
import { calendarBuckets, matchesWindow, type DateWindow } from './dates.js';
import { chronologicalKey, type Dataset } from './dataset.js';
import type { Actor, Article, Entity, Event, FuzzyDate, Place, Statement, WeaponSystem } from './model.js';
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

/** Keeps the items of `candidates` (or of `within`, when that is smaller) that pass every predicate. */
function select<T extends Entity>(
  within: readonly T[] | undefined,
  candidates: (readonly T[])[],
  predicates: Predicate<T>[],
): readonly T[] {
  let base = within ?? candidates[0];
  for (const list of candidates) if (list.length < base.length) base = list;
  const checks = [...predicates];
  // When the base is not `within` (or not every candidate list), membership must still be checked.
  for (const list of within ? [within, ...candidates] : candidates) {
    if (list !== base) {
      const members = new Set<T>(list);
      checks.push((item) => members.has(item));
    }
  }
  return checks.length ? base.filter((item) => checks.every((check) => check(item))) : base;
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
  const candidates: (readonly Event[])[] = [];
  const predicates: Predicate<Event>[] = [];
  if (given(criteria.actorSlugs)) {
    const actors = new Set(criteria.actorSlugs);
    const roles = given(criteria.roles) ? new Set(criteria.roles) : null;
    candidates.push(unionOf(dataset, dataset.eventsByActor, criteria.actorSlugs));
    if (roles) predicates.push((e) => e.participants.some((p) => actors.has(p.actorSlug) && roles.has(p.role)));
  } else if (given(criteria.roles)) {
    const roles = new Set(criteria.roles);
    predicates.push((e) => e.participants.some((p) => roles.has(p.role)));
  }
  if (given(criteria.weaponSystemSlugs)) {
    candidates.push(unionOf(dataset, dataset.eventsByWeaponSystem, criteria.weaponSystemSlugs));
  }
  if (given(criteria.placeSlugs)) {
    candidates.push(unionOf(dataset, dataset.eventsByPlace, expandPlaces(dataset, criteria.placeSlugs)));
  }
  if (given(criteria.articleSlugs)) candidates.push(unionOf(dataset, dataset.eventsByArticle, criteria.articleSlugs));
  if (given(criteria.types)) candidates.push(unionOf(dataset, dataset.eventsByType, criteria.types));
  if (criteria.text) predicates.push(textMatch(criteria.text, (e) => [e.title, e.summary]));
  if (criteria.window) {
    const window = criteria.window;
    predicates.push((e) => matchesWindow(e.date, window));
  }
  if (!candidates.length && !within) candidates.push(dataset.events);
  const found = select(within, candidates, predicates);
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
  const candidates: (readonly Statement[])[] = [];
  const predicates: Predicate<Statement>[] = [];
  if (given(criteria.speakerSlugs)) candidates.push(unionOf(dataset, dataset.statementsBySpeaker, criteria.speakerSlugs));
  if (given(criteria.reportedBySlugs)) {
    candidates.push(unionOf(dataset, dataset.statementsByReporter, criteria.reportedBySlugs));
  }
  if (given(criteria.aboutKeys)) candidates.push(unionOf(dataset, dataset.statementsAbout, criteria.aboutKeys));
  if (given(criteria.articleSlugs)) {
    candidates.push(unionOf(dataset, dataset.statementsByArticle, criteria.articleSlugs));
  }
  if (given(criteria.occasionSlugs)) {
    candidates.push(unionOf(dataset, dataset.statementsByOccasion, criteria.occasionSlugs));
  }
  if (given(criteria.kinds)) {
    const kinds = new Set(criteria.kinds);
    predicates.push((s) => kinds.has(s.kind));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (s) => [s.text, ...s.evidence.map((e) => e.exact)]));
  if (criteria.window) {
    const window = criteria.window;
    predicates.push((s) => matchesWindow(s.saidOn, window));
  }
  if (!candidates.length && !within) candidates.push(dataset.statements);
  const found = select(within, candidates, predicates);
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
  const candidates: (readonly Actor[])[] = [];
  const predicates: Predicate<Actor>[] = [];
  if (given(criteria.affiliationSlugs)) {
    candidates.push(unionOf(dataset, dataset.actorsByAffiliation, criteria.affiliationSlugs));
  }
  if (given(criteria.articleSlugs)) candidates.push(unionOf(dataset, dataset.actorsByArticle, criteria.articleSlugs));
  if (given(criteria.kinds)) {
    const kinds = new Set(criteria.kinds);
    predicates.push((a) => kinds.has(a.kind));
  }
  if (criteria.text) predicates.push(textMatch(criteria.text, (a) => [a.name, ...a.aliases, a.role]));
  if (!candidates.length && !within) candidates.push(dataset.actors);
  const found = select(within, candidates, predicates);
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
  const candidates: (readonly WeaponSystem[])[] = [];
  const predicates: Predicate<WeaponSystem>[] = [];
  if (given(criteria.operatorSlugs)) {
    candidates.push(unionOf(dataset, dataset.weaponSystemsByOperator, criteria.operatorSlugs));
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
  if (!candidates.length && !within) candidates.push(dataset.weaponSystems);
  const found = select(within, candidates, predicates);
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
  const candidates: (readonly Article[])[] = [];
  const predicates: Predicate<Article>[] = [];
  if (given(criteria.actorSlugs)) candidates.push(unionOf(dataset, dataset.articlesByActor, criteria.actorSlugs));
  if (criteria.text) predicates.push(textMatch(criteria.text, (a) => [a.title, a.subtitle, a.body]));
  if (criteria.window) {
    const window = criteria.window;
    predicates.push((a) => matchesWindow({ start: a.publishedOn, end: a.publishedOn }, window));
  }
  if (!candidates.length && !within) candidates.push(dataset.articles);
  const found = select(within, candidates, predicates);
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
  const candidates: (readonly Place[])[] = [];
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
  if (!candidates.length && !within) candidates.push(dataset.places);
  const found = select(within, candidates, predicates);
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

/** Counts keys, most frequent first, ties by key. */
function tally<K extends string>(keys: Iterable<K>): Count<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface Facets<K extends string> {
  types: Count<K>[];
  years: Count<string>[];
  months: Count<string>[];
  actors: Count<string>[];
  weaponSystems: Count<string>[];
}

/** Year and month buckets for a dated item, with open ends stopped at `openEnd`. */
function* dateBuckets(date: FuzzyDate | null, openEnd: string, part: 'years' | 'months'): Iterable<string> {
  if (date) yield* calendarBuckets(date, openEnd)[part];
}

/** The newest publication date among articles, the stop for open ends in facets. */
function newestOf(articles: readonly Article[]): string {
  return articles.reduce((newest, a) => (a.publishedOn > newest ? a.publishedOn : newest), '0000-01-01');
}

/** Facet counts over a whole filtered list of events. */
export function eventFacets(dataset: Dataset, events: readonly Event[]): Facets<EventType> {
  const openEnd = (e: Event) => newestOf(dataset.articlesByEvent.get(e.slug) ?? EMPTY);
  return {
    types: tally(events.map((e) => e.type)),
    years: tally(events.flatMap((e) => [...new Set(dateBuckets(e.date, openEnd(e), 'years'))])),
    months: tally(events.flatMap((e) => [...new Set(dateBuckets(e.date, openEnd(e), 'months'))])),
    actors: tally(events.flatMap((e) => [...new Set(e.participants.map((p) => p.actorSlug))])),
    weaponSystems: tally(events.flatMap((e) => e.weaponSystemSlugs)),
  };
}

/** Facet counts over a whole filtered list of statements (actors are speakers). */
export function statementFacets(dataset: Dataset, statements: readonly Statement[]): Facets<StatementKind> {
  const openEnd = (s: Statement) => dataset.maps.Article.get(s.articleSlug)!.publishedOn;
  return {
    types: tally(statements.map((s) => s.kind)),
    years: tally(statements.flatMap((s) => [...dateBuckets(s.saidOn, openEnd(s), 'years')])),
    months: tally(statements.flatMap((s) => [...dateBuckets(s.saidOn, openEnd(s), 'months')])),
    actors: tally(statements.map((s) => s.speakerSlug)),
    weaponSystems: tally(
      statements.flatMap((s) => s.about.filter((r) => r.typename === 'WeaponSystem').map((r) => r.slug)),
    ),
  };
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
  const events = selectEvents(
    dataset,
    { actorSlugs: criteria.actorSlugs, types: criteria.types, window: criteria.window },
    { field: 'DATE', direction: 'ASC' },
  );
  const eventTypes = given(criteria.types) ? new Set(criteria.types) : null;
  const statements = selectStatements(
    dataset,
    { speakerSlugs: criteria.actorSlugs, window: criteria.window },
    { field: 'POSITION', direction: 'ASC' },
  ).filter((s) => {
    if (!eventTypes) return true;
    const occasion = s.occasionSlug ? dataset.maps.Event.get(s.occasionSlug) : undefined;
    return occasion !== undefined && eventTypes.has(occasion.type);
  });
  const dated: { item: Event | Statement; key: string; kind: number }[] = [];
  for (const item of events) {
    const key = chronologicalKey(item.date);
    if (key !== null) dated.push({ item, key, kind: 0 });
  }
  for (const item of statements) {
    const key = chronologicalKey(item.saidOn);
    if (key !== null) dated.push({ item, key, kind: 1 });
  }
  dated.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      a.kind - b.kind ||
      dataset.position.get(a.item)! - dataset.position.get(b.item)!,
  );
  return dated.map(({ item }) => item);
}

export interface Relation {
  actor: Actor;
  weight: number;
  events: Event[];
}

/** The actors that share events with `slug`, by number of shared events, then by name. */
export function relationsOf(dataset: Dataset, slug: string): Relation[] {
  const shared = new Map<string, Event[]>();
  for (const event of dataset.eventsByActor.get(slug) ?? EMPTY) {
    for (const other of new Set(event.participants.map((p) => p.actorSlug))) {
      if (other === slug) continue;
      const list = shared.get(other) ?? [];
      list.push(event);
      shared.set(other, list);
    }
  }
  return [...shared]
    .map(([other, events]) => ({ actor: dataset.maps.Actor.get(other)!, weight: events.length, events }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        fold(a.actor.name).localeCompare(fold(b.actor.name)) ||
        (a.actor.slug < b.actor.slug ? -1 : 1),
    );
}
