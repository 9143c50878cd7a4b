/**
 * The loaded dataset and its in-memory indexes. Every relation the API walks, in either
 * direction, is a Map look-up built once here, so no request scans a whole collection.
 */
import { CalendarTable } from './calendar-table.js';
import { chronologicalKey } from './dates.js';
import { DateIndex } from './date-index.js';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './external.js';
import { LinkGraph } from './links.js';
import { ENTITY_LIST, type EntityLists, type EntityMaps, type ModelOf } from './entities.js';
import type { Actor, Article, Entity, EntityTypename, Event, FuzzyDate, Participation, Place, Statement, TextSpan, WeaponSystem } from './model.js';
import type { InvertedIndexState } from './inverted-index.js';
import { SearchIndex } from './search.js';

/** Appends `value` to the list at `key`, creating it on first use. */
function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * Appends `value` at `key` unless that list already holds it. Lists are filled one value at a
 * time, so a repeat can only be the value just appended.
 */
function pushUnique<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The newest publication date among articles: where an open end stops in facets. */
function newestOf(articles: readonly Article[]): string {
  return articles.reduce((newest, a) => (a.publishedOn > newest ? a.publishedOn : newest), '0000-01-01');
}

// The lists of every entity type (`dataset.actors`, …), derived from the registry.
export interface Dataset extends EntityLists {}

export class Dataset {

  readonly statementsBySpeaker = new Map<string, Statement[]>();
  readonly statementsByReporter = new Map<string, Statement[]>();
  readonly statementsByOccasion = new Map<string, Statement[]>();
  readonly statementsByArticle = new Map<string, Statement[]>();
  /** Statements that assert an event: its "according to" claims. */
  readonly claimsByEvent = new Map<string, Statement[]>();
  /** Keyed `Typename:slug`. */
  readonly statementsAbout = new Map<string, Statement[]>();
  /** Statements by the places they concern (see placeSlugsOf). */
  readonly statementsByPlace = new Map<string, Statement[]>();
  readonly participationsByActor = new Map<string, Participation[]>();
  readonly eventsByActor = new Map<string, Event[]>();
  readonly eventsByWeaponSystem = new Map<string, Event[]>();
  readonly eventsByPlace = new Map<string, Event[]>();
  readonly eventsByArticle = new Map<string, Event[]>();
  /** Events by the actors that relayed one of their claims. */
  readonly eventsByRelayer = new Map<string, Event[]>();
  readonly subEvents = new Map<string, Event[]>();
  readonly actorsByArticle = new Map<string, Actor[]>();
  readonly articlesByActor = new Map<string, Article[]>();
  readonly weaponSystemsByArticle = new Map<string, WeaponSystem[]>();
  readonly articlesByEvent = new Map<string, Article[]>();
  readonly weaponSystemsByOperator = new Map<string, WeaponSystem[]>();
  readonly actorsByAffiliation = new Map<string, Actor[]>();
  readonly placesByCountry = new Map<string, Place[]>();
  readonly eventsByType = new Map<string, Event[]>();
  /** Each entity's position in its type's default order: merges and tie-breaks sort by it. */
  readonly position = new Map<Entity, number>();
  /** Events (grouped by type), statements and articles (by publication day) by date, for date windows. */
  readonly eventDates: DateIndex;
  readonly statementDates: DateIndex;
  readonly articleDates: DateIndex;
  /** The years and months each event and statement counts in, for facets. */
  readonly eventCalendar: CalendarTable;
  readonly statementCalendar: CalendarTable;
  /** Every dated event and statement in timeline order (see timelineOrder). */
  readonly timeline: (Event | Statement)[];
  /** The timeline by date. */
  readonly timelineDates: DateIndex;
  /** Each timeline item's place in `timeline`. */
  readonly timelinePosition = new Map<Event | Statement, number>();
  /** Full-text index over every entity, built once here. */
  readonly search: SearchIndex;
  private linkGraph?: LinkGraph;

  /**
   * @param digest sha256 of the files the dataset was loaded from (load.ts computes it); a
   *   dataset built in memory, as in tests, has none.
   * @param external facts from outside the articles (Wikidata ids, coordinates), kept apart.
   * @param searchState the word index built before over these same entities (from a snapshot).
   */
  constructor(
    readonly maps: EntityMaps,
    readonly digest = '',
    readonly external: ExternalFacts = NO_EXTERNAL_FACTS,
    searchState?: InvertedIndexState,
  ) {
    for (const entry of ENTITY_LIST) {
      Object.assign(this, { [entry.collection]: entry.order(maps[entry.typename].values()) });
    }
    this.buildIndexes();
    this.eventDates = new DateIndex(
      this.events.map((event) => event.date),
      (position) => this.events[position].type,
    );
    this.statementDates = new DateIndex(this.statements.map((statement) => statement.saidOn));
    this.articleDates = new DateIndex(this.articles.map((article) => ({ start: article.publishedOn, end: article.publishedOn })));
    this.eventCalendar = new CalendarTable(
      this.events.map((event) => ({ date: event.date, openEnd: newestOf(this.articlesByEvent.get(event.slug) ?? []) })),
    );
    this.statementCalendar = new CalendarTable(
      this.statements.map((statement) => ({ date: statement.saidOn, openEnd: maps.Article.get(statement.articleSlug)!.publishedOn })),
    );
    this.timeline = this.timelineOrder();
    this.timelineDates = new DateIndex(this.timeline.map((item) => (item.typename === 'Event' ? item.date : item.saidOn)));
    this.search = new SearchIndex(ENTITY_LIST.flatMap((entry) => this.listOf(entry.collection)), searchState);
  }

  /** The typed, evidenced links between actors, as a graph: built when first asked for, as few requests need it. */
  get links(): LinkGraph {
    return (this.linkGraph ??= new LinkGraph(this));
  }

  /** Looks up an entity of a given type by slug. */
  get<T extends EntityTypename>(typename: T, slug: string): ModelOf<T> | undefined {
    return this.maps[typename].get(slug) as ModelOf<T> | undefined;
  }

  /** The list of one collection, in default order. */
  listOf(collection: string): readonly Entity[] {
    return (this as unknown as Record<string, readonly Entity[]>)[collection];
  }

  /** The places a statement concerns: those it is about, and where its occasion took place. */
  placeSlugsOf(statement: Statement): string[] {
    const places = statement.about.flatMap((ref) => (ref.typename === 'Place' ? [ref.slug] : []));
    const occasionPlace = statement.occasionSlug && this.maps.Event.get(statement.occasionSlug)?.locationSlug;
    return occasionPlace && !places.includes(occasionPlace) ? [...places, occasionPlace] : places;
  }

  /** The actors that relayed one of an event's claims. */
  relayerSlugsOf(event: Event): string[] {
    return [...new Set((this.claimsByEvent.get(event.slug) ?? []).flatMap((claim) => claim.reportedBySlugs))];
  }

  /** Looks up any entity by a `{ typename, slug }` reference. */
  entity(typename: EntityTypename, slug: string): Entity | undefined {
    return this.maps[typename].get(slug);
  }

  /**
   * Dated events and statements in chronological order of their first known day (see
   * chronologicalKey), events before statements on the same day, then in default order.
   */
  private timelineOrder(): (Event | Statement)[] {
    const keyed = <T extends Event | Statement>(items: T[], dateOf: (item: T) => FuzzyDate | null) =>
      items.flatMap((item) => {
        const key = chronologicalKey(dateOf(item));
        return key === null ? [] : [{ item, key }];
      });
    // Events are already in this order; statements are in reading order and are sorted here.
    const events = keyed(this.events, (event) => event.date);
    const statements = keyed(this.statements, (statement) => statement.saidOn).sort(
      (a, b) => byText(a.key, b.key) || this.position.get(a.item)! - this.position.get(b.item)!,
    );
    const order: (Event | Statement)[] = [];
    let e = 0;
    let s = 0;
    while (e < events.length || s < statements.length) {
      const eventFirst = s === statements.length || (e < events.length && events[e].key <= statements[s].key);
      order.push(eventFirst ? events[e++].item : statements[s++].item);
    }
    order.forEach((item, index) => this.timelinePosition.set(item, index));
    return order;
  }

  private buildIndexes(): void {
    for (const entry of ENTITY_LIST) this.listOf(entry.collection).forEach((entity, index) => this.position.set(entity, index));
    const articlesOf = (spans: TextSpan[]) => spans.map((span) => span.articleSlug);

    for (const statement of this.statements) {
      push(this.statementsBySpeaker, statement.speakerSlug, statement);
      for (const reporter of statement.reportedBySlugs) pushUnique(this.statementsByReporter, reporter, statement);
      if (statement.occasionSlug) push(this.statementsByOccasion, statement.occasionSlug, statement);
      push(this.statementsByArticle, statement.articleSlug, statement);
      for (const event of statement.assertsSlugs) pushUnique(this.claimsByEvent, event, statement);
      for (const ref of statement.about) pushUnique(this.statementsAbout, `${ref.typename}:${ref.slug}`, statement);
      for (const place of this.placeSlugsOf(statement)) push(this.statementsByPlace, place, statement);
    }

    for (const event of this.events) {
      push(this.eventsByType, event.type, event);
      for (const participation of event.participants) {
        push(this.participationsByActor, participation.actorSlug, participation);
        pushUnique(this.eventsByActor, participation.actorSlug, event);
      }
      for (const weapon of event.weaponSystemSlugs) pushUnique(this.eventsByWeaponSystem, weapon, event);
      if (event.locationSlug) push(this.eventsByPlace, event.locationSlug, event);
      for (const relayer of this.relayerSlugsOf(event)) push(this.eventsByRelayer, relayer, event);
      if (event.partOfSlug) push(this.subEvents, event.partOfSlug, event);
      const articles = new Set(articlesOf(event.evidence));
      for (const claim of this.claimsByEvent.get(event.slug) ?? []) articles.add(claim.articleSlug);
      for (const article of articles) {
        push(this.eventsByArticle, article, event);
        push(this.articlesByEvent, event.slug, this.maps.Article.get(article)!);
      }
    }

    // An actor appears in an article where the article names it or it speaks, relays or takes part there.
    const actorArticles = new Map<string, Set<string>>();
    const note = (actor: string, article: string) => {
      const set = actorArticles.get(actor) ?? new Set<string>();
      set.add(article);
      actorArticles.set(actor, set);
    };
    for (const actor of this.actors) for (const article of articlesOf(actor.mentions)) note(actor.slug, article);
    for (const statement of this.statements) {
      note(statement.speakerSlug, statement.articleSlug);
      for (const reporter of statement.reportedBySlugs) note(reporter, statement.articleSlug);
    }
    for (const event of this.events) {
      for (const article of this.articlesByEvent.get(event.slug) ?? []) {
        for (const participation of event.participants) note(participation.actorSlug, article.slug);
      }
    }
    for (const actor of this.actors) {
      for (const article of actorArticles.get(actor.slug) ?? []) {
        push(this.actorsByArticle, article, actor);
        push(this.articlesByActor, actor.slug, this.maps.Article.get(article)!);
      }
      if (actor.affiliationSlug) push(this.actorsByAffiliation, actor.affiliationSlug, actor);
    }

    for (const weapon of this.weaponSystems) {
      const articles = new Set(articlesOf(weapon.mentions));
      for (const event of this.eventsByWeaponSystem.get(weapon.slug) ?? []) {
        for (const article of this.articlesByEvent.get(event.slug) ?? []) articles.add(article.slug);
      }
      for (const article of articles) push(this.weaponSystemsByArticle, article, weapon);
      for (const operator of weapon.operatorSlugs) push(this.weaponSystemsByOperator, operator, weapon);
    }

    for (const place of this.places) if (place.countrySlug) push(this.placesByCountry, place.countrySlug, place);
    const newestFirst = (a: Article, b: Article) => this.position.get(a)! - this.position.get(b)!;
    for (const list of this.articlesByActor.values()) list.sort(newestFirst);
    for (const list of this.articlesByEvent.values()) list.sort(newestFirst);
  }
}
