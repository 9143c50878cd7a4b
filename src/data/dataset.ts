/**
 * The loaded dataset and its in-memory indexes. Every relation the API walks, in either
 * direction, is a Map look-up built once (on first use), so no request scans a whole collection.
 */
import { CalendarTable } from './calendar-table.js';
import { chronologicalKey } from './dates.js';
import { DateIndex } from './date-index.js';
import { IndexMap, LazyGroup } from './index-map.js';
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

/** The articles a list of spans quotes. */
const articlesOf = (spans: TextSpan[]) => spans.map((span) => span.articleSlug);

/** The newest publication date among articles: where an open end stops in facets. */
function newestOf(articles: readonly Article[]): string {
  return articles.reduce((newest, a) => (a.publishedOn > newest ? a.publishedOn : newest), '0000-01-01');
}

/** What a snapshot keeps of a dataset beside its entities, so that it need not be derived again. */
export interface Prebuilt {
  /** The word index. */
  searchState?: InvertedIndexState;
  /** The longest plain list of each `Type.field` (see list-sizes.ts). */
  listSizes?: ReadonlyMap<string, number>;
  /** Each type's default order, as places in the iteration order of its map. */
  orders?: Partial<Record<EntityTypename, Int32Array>>;
}

// The lists of every entity type (`dataset.actors`, …), derived from the registry.
export interface Dataset extends EntityLists {}

export class Dataset {

  // Indexes in groups built together on first use (see index-map.ts): a large dataset is ready
  // to serve without walking every record, and pays for each group once, when first asked.
  private readonly statementIndexes = new LazyGroup(() => this.indexStatements());
  private readonly eventIndexes = new LazyGroup(() => this.indexEvents());
  private readonly actorIndexes = new LazyGroup(() => this.indexActors());
  private readonly weaponSystemIndexes = new LazyGroup(() => this.indexWeaponSystems());
  private readonly placeIndexes = new LazyGroup(() => this.indexPlaces());

  readonly statementsBySpeaker = new IndexMap<string, Statement[]>(this.statementIndexes);
  readonly statementsByReporter = new IndexMap<string, Statement[]>(this.statementIndexes);
  readonly statementsByOccasion = new IndexMap<string, Statement[]>(this.statementIndexes);
  readonly statementsByArticle = new IndexMap<string, Statement[]>(this.statementIndexes);
  /** Statements that assert an event: its "according to" claims. */
  readonly claimsByEvent = new IndexMap<string, Statement[]>(this.statementIndexes);
  /** Keyed `Typename:slug`. */
  readonly statementsAbout = new IndexMap<string, Statement[]>(this.statementIndexes);
  /** Statements by the places they concern (see placeSlugsOf). */
  readonly statementsByPlace = new IndexMap<string, Statement[]>(this.statementIndexes);
  readonly participationsByActor = new IndexMap<string, Participation[]>(this.eventIndexes);
  readonly eventsByActor = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly eventsByWeaponSystem = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly eventsByPlace = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly eventsByArticle = new IndexMap<string, Event[]>(this.eventIndexes);
  /** Events by the actors that relayed one of their claims. */
  readonly eventsByRelayer = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly subEvents = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly articlesByEvent = new IndexMap<string, Article[]>(this.eventIndexes);
  readonly eventsByType = new IndexMap<string, Event[]>(this.eventIndexes);
  readonly actorsByArticle = new IndexMap<string, Actor[]>(this.actorIndexes);
  readonly articlesByActor = new IndexMap<string, Article[]>(this.actorIndexes);
  readonly actorsByAffiliation = new IndexMap<string, Actor[]>(this.actorIndexes);
  readonly weaponSystemsByArticle = new IndexMap<string, WeaponSystem[]>(this.weaponSystemIndexes);
  readonly weaponSystemsByOperator = new IndexMap<string, WeaponSystem[]>(this.weaponSystemIndexes);
  readonly placesByCountry = new IndexMap<string, Place[]>(this.placeIndexes);
  private positions?: Map<Entity, number>;
  private dateIndexes?: { events: DateIndex; statements: DateIndex; articles: DateIndex };
  private calendars?: { events: CalendarTable; statements: CalendarTable };
  private timelineParts?: { order: (Event | Statement)[]; dates: DateIndex; positions: Map<Event | Statement, number> };
  /** Full-text index over every entity, built once here. */
  readonly search: SearchIndex;
  private linkGraph?: LinkGraph;

  /**
   * @param digest sha256 of the files the dataset was loaded from (load.ts computes it); a
   *   dataset built in memory, as in tests, has none.
   * @param external facts from outside the articles (Wikidata ids, coordinates), kept apart.
   * @param prebuilt what was derived before from these same entities (a snapshot keeps it).
   */
  constructor(
    readonly maps: EntityMaps,
    readonly digest = '',
    readonly external: ExternalFacts = NO_EXTERNAL_FACTS,
    readonly prebuilt: Prebuilt = {},
  ) {
    for (const entry of ENTITY_LIST) {
      const entities = [...maps[entry.typename].values()];
      const order = prebuilt.orders?.[entry.typename];
      Object.assign(this, { [entry.collection]: order ? Array.from(order, (index) => entities[index]) : entry.order(entities) });
    }
    this.search = new SearchIndex(ENTITY_LIST.flatMap((entry) => this.listOf(entry.collection)), prebuilt.searchState);
  }

  // What follows is built when first asked for: a large dataset is ready before it is needed.

  /** Each entity's position in its type's default order: merges and tie-breaks sort by it. */
  get position(): ReadonlyMap<Entity, number> {
    if (!this.positions) {
      this.positions = new Map();
      for (const entry of ENTITY_LIST) this.listOf(entry.collection).forEach((entity, index) => this.positions!.set(entity, index));
    }
    return this.positions;
  }

  /** Events (grouped by type) by date, for date windows. */
  get eventDates(): DateIndex {
    return this.dateIndexesOf().events;
  }

  /** Statements by the date they were made, for date windows. */
  get statementDates(): DateIndex {
    return this.dateIndexesOf().statements;
  }

  /** Articles by publication day, for date windows. */
  get articleDates(): DateIndex {
    return this.dateIndexesOf().articles;
  }

  private dateIndexesOf(): { events: DateIndex; statements: DateIndex; articles: DateIndex } {
    return (this.dateIndexes ??= {
      events: new DateIndex(
        this.events.map((event) => event.date),
        (position) => this.events[position].type,
      ),
      statements: new DateIndex(this.statements.map((statement) => statement.saidOn)),
      articles: new DateIndex(this.articles.map((article) => ({ start: article.publishedOn, end: article.publishedOn }))),
    });
  }

  /** Every dated event and statement in timeline order (see timelineOrder). */
  get timeline(): readonly (Event | Statement)[] {
    return this.timelineOf().order;
  }

  /** The timeline by date. */
  get timelineDates(): DateIndex {
    return this.timelineOf().dates;
  }

  /** Each timeline item's place in `timeline`. */
  get timelinePosition(): ReadonlyMap<Event | Statement, number> {
    return this.timelineOf().positions;
  }

  private timelineOf(): { order: (Event | Statement)[]; dates: DateIndex; positions: Map<Event | Statement, number> } {
    if (!this.timelineParts) {
      const order = this.timelineOrder();
      this.timelineParts = {
        order,
        dates: new DateIndex(order.map((item) => (item.typename === 'Event' ? item.date : item.saidOn))),
        positions: new Map(order.map((item, index) => [item, index])),
      };
    }
    return this.timelineParts;
  }

  /** The typed, evidenced links between actors, as a graph: built when first asked for, as few requests need it. */
  get links(): LinkGraph {
    return (this.linkGraph ??= new LinkGraph(this));
  }

  /** The years and months each event counts in, for facets (built when first asked for). */
  get eventCalendar(): CalendarTable {
    return this.calendarTables().events;
  }

  /** The years and months each statement counts in, for facets (built when first asked for). */
  get statementCalendar(): CalendarTable {
    return this.calendarTables().statements;
  }

  private calendarTables(): { events: CalendarTable; statements: CalendarTable } {
    return (this.calendars ??= {
      events: new CalendarTable(
        this.events.map((event) => ({ date: event.date, openEnd: newestOf(this.articlesByEvent.get(event.slug) ?? []) })),
      ),
      statements: new CalendarTable(
        this.statements.map((statement) => ({ date: statement.saidOn, openEnd: this.maps.Article.get(statement.articleSlug)!.publishedOn })),
      ),
    });
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
    return order;
  }

  private indexStatements(): void {
    for (const statement of this.statements) {
      push(this.statementsBySpeaker, statement.speakerSlug, statement);
      for (const reporter of statement.reportedBySlugs) pushUnique(this.statementsByReporter, reporter, statement);
      if (statement.occasionSlug) push(this.statementsByOccasion, statement.occasionSlug, statement);
      push(this.statementsByArticle, statement.articleSlug, statement);
      for (const event of statement.assertsSlugs) pushUnique(this.claimsByEvent, event, statement);
      for (const ref of statement.about) pushUnique(this.statementsAbout, `${ref.typename}:${ref.slug}`, statement);
      for (const place of this.placeSlugsOf(statement)) push(this.statementsByPlace, place, statement);
    }
  }

  private indexEvents(): void {
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
    for (const list of this.articlesByEvent.values()) list.sort(this.newestFirst);
  }

  /** An actor appears in an article where the article names it or it speaks, relays or takes part there. */
  private indexActors(): void {
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
    for (const list of this.articlesByActor.values()) list.sort(this.newestFirst);
  }

  private indexWeaponSystems(): void {
    for (const weapon of this.weaponSystems) {
      const articles = new Set(articlesOf(weapon.mentions));
      for (const event of this.eventsByWeaponSystem.get(weapon.slug) ?? []) {
        for (const article of this.articlesByEvent.get(event.slug) ?? []) articles.add(article.slug);
      }
      for (const article of articles) push(this.weaponSystemsByArticle, article, weapon);
      for (const operator of weapon.operatorSlugs) push(this.weaponSystemsByOperator, operator, weapon);
    }
  }

  private indexPlaces(): void {
    for (const place of this.places) if (place.countrySlug) push(this.placesByCountry, place.countrySlug, place);
  }

  /** Articles newest first: their default order. */
  private readonly newestFirst = (a: Article, b: Article) => this.position.get(a)! - this.position.get(b)!;
}
