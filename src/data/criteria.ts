/**
 * The criteria of each entity list, as tables: one line per filter (what index serves it or
 * what it tests) and one per order field. The engine that applies them is select.ts.
 */
import type { DateWindow } from './dates.js';
import { chronologicalKey } from './dates.js';
import type { Dataset } from './dataset.js';
import type { Actor, Article, Event, Place, Statement, WeaponSystem } from './model.js';
import type { ActorKind, DatePrecision, EventType, ParticipantRole, PlaceKind, Propellant, StatementKind, WeaponCategory } from './records.js';
import { dated, EMPTY, type Candidates, given, indexed, oneOf, related, selector, textMatch, type Predicate } from './select.js';
import { fold } from './text.js';

export interface EventCriteria {
  actorSlugs?: string[];
  weaponSystemSlugs?: string[];
  placeSlugs?: string[];
  articleSlugs?: string[];
  reportedBySlugs?: string[];
  types?: EventType[];
  roles?: ParticipantRole[];
  precisions?: DatePrecision[];
  text?: string;
  window?: DateWindow;
}

export interface StatementCriteria {
  speakerSlugs?: string[];
  reportedBySlugs?: string[];
  /** Typed keys, `Typename:slug`. */
  aboutKeys?: string[];
  placeSlugs?: string[];
  weaponSystemSlugs?: string[];
  articleSlugs?: string[];
  occasionSlugs?: string[];
  kinds?: StatementKind[];
  precisions?: DatePrecision[];
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

/** How many items an index lists for an entity: a count to order by. */
const countIn =
  <T extends { slug: string }>(index: (dataset: Dataset) => Map<string, unknown[]>) =>
  (dataset: Dataset) =>
  (item: T) =>
    index(dataset).get(item.slug)?.length ?? 0;

/** Events with a participant in one of `roles`: one of `actorSlugs` when given. */
function participantIn(roles: ParticipantRole[], actorSlugs: string[] | undefined): Predicate<Event> {
  const wanted = new Set(roles);
  const actors = given(actorSlugs) ? new Set(actorSlugs) : null;
  return (e) => e.participants.some((p) => wanted.has(p.role) && (!actors || actors.has(p.actorSlug)));
}

/** Events matching the criteria, optionally only among `within`, in the requested order. */
export const selectEvents = selector<Event, EventCriteria, EventOrderField>(
  (d) => d.events,
  {
    actorSlugs: (d, slugs) => indexed(d, d.eventsByActor, slugs, (e, actors) => e.participants.some((p) => actors.has(p.actorSlug))),
    // With `actorSlugs`, one of those actors must have played the role.
    roles: (_d, roles, c) => participantIn(roles, c.actorSlugs),
    weaponSystemSlugs: (d, slugs) => indexed(d, d.eventsByWeaponSystem, slugs, (e, weapons) => e.weaponSystemSlugs.some((w) => weapons.has(w))),
    placeSlugs: (d, slugs) => indexed(d, d.eventsByPlace, expandPlaces(d, slugs), (e, places) => e.locationSlug !== null && places.has(e.locationSlug)),
    articleSlugs: (d, slugs) => related(d, d.eventsByArticle, d.articlesByEvent, slugs),
    reportedBySlugs: (d, slugs) => indexed(d, d.eventsByRelayer, slugs, (e, relayers) => d.relayerSlugsOf(e).some((r) => relayers.has(r))),
    // With a window, the window's date index looks only among these types (see `window`).
    types: (d, types, c) => (c.window ? null : indexed(d, d.eventsByType, types, (e, wanted) => wanted.has(e.type))),
    precisions: (_d, precisions) => oneOf(precisions, (e) => e.date.precision),
    text: (_d, text) => textMatch(text, (e) => [e.title, e.summary]),
    window: (d, window, c) => dated(d.eventDates, d.events, window, (e) => e.date, given(c.types) ? { names: c.types, of: (e) => e.type } : undefined),
  },
  {
    DATE: { key: null },
    TITLE: { key: () => (e) => fold(e.title) },
  },
);

/** Statements about one of the entities keyed `Typename:slug`. */
function statementsAbout(dataset: Dataset, keys: string[]): Candidates<Statement> {
  return indexed(dataset, dataset.statementsAbout, keys, (s, about) => s.about.some((r) => about.has(`${r.typename}:${r.slug}`)));
}

/** Statements matching the criteria, optionally only among `within`, in the requested order. */
export const selectStatements = selector<Statement, StatementCriteria, StatementOrderField>(
  (d) => d.statements,
  {
    speakerSlugs: (d, slugs) => indexed(d, d.statementsBySpeaker, slugs, (s, speakers) => speakers.has(s.speakerSlug)),
    reportedBySlugs: (d, slugs) => indexed(d, d.statementsByReporter, slugs, (s, reporters) => s.reportedBySlugs.some((r) => reporters.has(r))),
    aboutKeys: (d, keys) => statementsAbout(d, keys),
    placeSlugs: (d, slugs) => indexed(d, d.statementsByPlace, expandPlaces(d, slugs), (s, places) => d.placeSlugsOf(s).some((p) => places.has(p))),
    weaponSystemSlugs: (d, slugs) => statementsAbout(d, slugs.map((slug) => `WeaponSystem:${slug}`)),
    articleSlugs: (d, slugs) => indexed(d, d.statementsByArticle, slugs, (s, articles) => articles.has(s.articleSlug)),
    occasionSlugs: (d, slugs) => indexed(d, d.statementsByOccasion, slugs, (s, occasions) => s.occasionSlug !== null && occasions.has(s.occasionSlug)),
    kinds: (_d, kinds) => oneOf(kinds, (s) => s.kind),
    // Undated statements have no precision, so they never match.
    precisions: (_d, precisions) => oneOf(precisions, (s) => s.saidOn?.precision ?? null),
    text: (_d, text) => textMatch(text, (s) => [s.text, ...s.evidence.map((e) => e.exact)]),
    window: (d, window) => dated(d.statementDates, d.statements, window, (s) => s.saidOn),
  },
  {
    POSITION: { key: null },
    SAID_ON: { key: () => (s) => chronologicalKey(s.saidOn) },
  },
);

/** Actors matching the criteria, optionally only among `within`, in the requested order. */
export const selectActors = selector<Actor, ActorCriteria, ActorOrderField>(
  (d) => d.actors,
  {
    affiliationSlugs: (d, slugs) => indexed(d, d.actorsByAffiliation, slugs, (a, wanted) => a.affiliationSlug !== null && wanted.has(a.affiliationSlug)),
    articleSlugs: (d, slugs) => related(d, d.actorsByArticle, d.articlesByActor, slugs),
    kinds: (_d, kinds) => oneOf(kinds, (a) => a.kind),
    text: (_d, text) => textMatch(text, (a) => [a.name, ...a.aliases, a.role]),
  },
  {
    NAME: { key: null },
    STATEMENT_COUNT: { key: countIn((d) => d.statementsBySpeaker) },
    EVENT_COUNT: { key: countIn((d) => d.eventsByActor) },
  },
);

/** Weapon systems matching the criteria, optionally only among `within`, in the requested order. */
export const selectWeaponSystems = selector<WeaponSystem, WeaponSystemCriteria, WeaponSystemOrderField>(
  (d) => d.weaponSystems,
  {
    operatorSlugs: (d, slugs) => indexed(d, d.weaponSystemsByOperator, slugs, (w, operators) => w.operatorSlugs.some((o) => operators.has(o))),
    categories: (_d, categories) => oneOf(categories, (w) => w.category),
    propellants: (_d, propellants) => oneOf(propellants, (w) => w.propellant),
    nuclearCapable: (_d, wanted) => (w) => w.nuclearCapable === wanted,
    text: (_d, text) => textMatch(text, (w) => [w.name, ...w.aliases]),
  },
  {
    NAME: { key: null },
    EVENT_COUNT: { key: countIn((d) => d.eventsByWeaponSystem) },
  },
);

/** Articles matching the criteria, optionally only among `within`, in the requested order. */
export const selectArticles = selector<Article, ArticleCriteria, ArticleOrderField>(
  (d) => d.articles,
  {
    actorSlugs: (d, slugs) => related(d, d.articlesByActor, d.actorsByArticle, slugs),
    text: (_d, text) => textMatch(text, (a) => [a.title, a.subtitle, a.body]),
    window: (d, window) => dated(d.articleDates, d.articles, window, (a) => ({ start: a.publishedOn, end: a.publishedOn })),
  },
  {
    // The default order is newest first, so PUBLISHED_ON ascending is its reverse.
    PUBLISHED_ON: { key: null, reversed: true },
    TITLE: { key: () => (a) => fold(a.title) },
  },
);

/** Places matching the criteria, optionally only among `within`, in the requested order. */
export const selectPlaces = selector<Place, PlaceCriteria, PlaceOrderField>(
  (d) => d.places,
  {
    countrySlugs: (_d, countries) => oneOf(countries, (p) => p.countrySlug),
    kinds: (_d, kinds) => oneOf(kinds, (p) => p.kind),
    text: (_d, text) => textMatch(text, (p) => [p.name, ...p.aliases]),
  },
  {
    NAME: { key: null },
    EVENT_COUNT: { key: countIn((d) => d.eventsByPlace) },
  },
);
