/**
 * The exported tables: for each, the GraphQL filter input its parameters are named after, the
 * list selection the GraphQL field pages through (so an export holds exactly `totalCount` rows
 * for the same filter), and its columns. Dates come as start/end/precision/EDTF, actors as slugs
 * with their Wikidata ids, evidence as the first span with its article.
 */
import type { Dataset } from '../data/dataset.js';
import type { ActorLink } from '../data/links.js';
import type { Entity, Event, FuzzyDate, Place, Statement, TextSpan } from '../data/model.js';
import { actorLinkSelection } from '../schema/actor-link.js';
import { eventPage } from '../schema/event.js';
import { encodeId } from '../global-id.js';
import { placePage } from '../schema/place.js';
import { statementPage } from '../schema/statement.js';
import type { Cell, Row } from './encode.js';

export interface Table<T> {
  /** The GraphQL input type whose fields name the filter parameters. */
  filterType: string;
  /** Every row matching the filter, in the GraphQL list's default order. */
  select(dataset: Dataset, filter: Record<string, unknown>): readonly T[];
  columns: readonly string[];
  row(item: T, dataset: Dataset): Row;
}

/** Declares a table, checking that each row gives exactly its columns. */
function table<T, const C extends string>(spec: {
  filterType: string;
  select: Table<T>['select'];
  columns: readonly C[];
  row: (item: T, dataset: Dataset) => Record<C, Cell>;
}): Table<T> {
  return spec;
}

const DATE_COLUMNS = ['date_start', 'date_end', 'date_precision', 'date_edtf', 'date_text'] as const;
const EVIDENCE_COLUMNS = ['evidence_exact', 'evidence_start', 'evidence_end', 'article_slug', 'article_url'] as const;

/** The date columns of a fuzzy date (all empty when there is none). */
function dateCells(date: FuzzyDate | null) {
  return {
    date_start: date?.start ?? null,
    date_end: date?.end ?? null,
    date_precision: date?.precision ?? null,
    date_edtf: date?.edtf ?? null,
    date_text: date?.text ?? null,
  };
}

/** The first evidence span's columns, with its article's slug and URL. */
function evidenceCells(spans: readonly TextSpan[], dataset: Dataset) {
  const span = spans[0];
  return {
    evidence_exact: span?.exact ?? null,
    evidence_start: span?.start ?? null,
    evidence_end: span?.end ?? null,
    article_slug: span?.articleSlug ?? null,
    article_url: span ? (dataset.maps.Article.get(span.articleSlug)?.url ?? null) : null,
  };
}

const idOf = (entity: Pick<Entity, 'typename' | 'slug'>) => encodeId(entity.typename, entity.slug);
const wikidataOf = (dataset: Dataset, typename: string, slug: string) => dataset.external.wikidata.get(`${typename}:${slug}`) ?? null;
const actorWikidata = (dataset: Dataset, slugs: readonly string[]) => slugs.map((slug) => wikidataOf(dataset, 'Actor', slug));

const events = table({
  filterType: 'EventFilter',
  select: (dataset, filter) => eventPage.selection(dataset, { filter }),
  columns: [
    'id', 'slug', 'title', 'type', ...DATE_COLUMNS, 'location_slug', 'location_wikidata', 'latitude', 'longitude',
    'actor_slugs', 'actor_wikidata', 'participants', 'weapon_system_slugs', ...EVIDENCE_COLUMNS,
  ],
  row: (event: Event, dataset) => {
    const actors = [...new Set(event.participants.map((p) => p.actorSlug))];
    const location = event.locationSlug ? dataset.external.coordinates.get(event.locationSlug) : undefined;
    return {
      id: idOf(event),
      slug: event.slug,
      title: event.title,
      type: event.type,
      ...dateCells(event.date),
      location_slug: event.locationSlug,
      location_wikidata: event.locationSlug ? wikidataOf(dataset, 'Place', event.locationSlug) : null,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      actor_slugs: actors,
      actor_wikidata: actorWikidata(dataset, actors),
      participants: event.participants.map((p) => `${p.actorSlug}:${p.role}`),
      weapon_system_slugs: event.weaponSystemSlugs,
      ...evidenceCells(event.evidence, dataset),
    };
  },
});

const statements = table({
  filterType: 'StatementFilter',
  select: (dataset, filter) => statementPage.selection(dataset, { filter }),
  columns: [
    'id', 'slug', 'kind', 'text', 'speaker_slug', 'speaker_wikidata', 'reported_by_slugs', 'reported_by_wikidata',
    'about_ids', 'occasion_slug', ...DATE_COLUMNS, ...EVIDENCE_COLUMNS,
  ],
  row: (statement: Statement, dataset) => ({
    id: idOf(statement),
    slug: statement.slug,
    kind: statement.kind,
    text: statement.text,
    speaker_slug: statement.speakerSlug,
    speaker_wikidata: wikidataOf(dataset, 'Actor', statement.speakerSlug),
    reported_by_slugs: statement.reportedBySlugs,
    reported_by_wikidata: actorWikidata(dataset, statement.reportedBySlugs),
    about_ids: statement.about.map(idOf),
    occasion_slug: statement.occasionSlug,
    ...dateCells(statement.saidOn),
    ...evidenceCells(statement.evidence, dataset),
  }),
});

/** The date of what a link rests on: its event's date or its statement's. */
function linkDate(link: ActorLink, dataset: Dataset): FuzzyDate | null {
  if (link.eventSlug) return dataset.maps.Event.get(link.eventSlug)!.date;
  if (link.statementSlug) return dataset.maps.Statement.get(link.statementSlug)!.saidOn;
  return null;
}

const actorLinks = table({
  filterType: 'ActorLinkFilter',
  select: (dataset, filter) => actorLinkSelection(dataset, filter),
  columns: [
    'key', 'kind', 'from_id', 'from_slug', 'from_wikidata', 'to_id', 'to_slug', 'to_wikidata',
    'event_id', 'event_slug', 'statement_id', 'statement_slug', ...DATE_COLUMNS, ...EVIDENCE_COLUMNS,
  ],
  row: (link: ActorLink, dataset) => ({
    key: link.key,
    kind: link.kind,
    from_id: encodeId('Actor', link.fromSlug),
    from_slug: link.fromSlug,
    from_wikidata: wikidataOf(dataset, 'Actor', link.fromSlug),
    to_id: encodeId('Actor', link.toSlug),
    to_slug: link.toSlug,
    to_wikidata: wikidataOf(dataset, 'Actor', link.toSlug),
    event_id: link.eventSlug && encodeId('Event', link.eventSlug),
    event_slug: link.eventSlug,
    statement_id: link.statementSlug && encodeId('Statement', link.statementSlug),
    statement_slug: link.statementSlug,
    ...dateCells(linkDate(link, dataset)),
    ...evidenceCells(link.evidence, dataset),
  }),
});

const places = table({
  filterType: 'PlaceFilter',
  select: (dataset, filter) => placePage.selection(dataset, { filter }),
  columns: ['id', 'slug', 'name', 'kind', 'country_slug', 'wikidata', 'latitude', 'longitude', ...EVIDENCE_COLUMNS],
  row: (place: Place, dataset) => {
    const point = dataset.external.coordinates.get(place.slug);
    return {
      id: idOf(place),
      slug: place.slug,
      name: place.name,
      kind: place.kind,
      country_slug: place.countrySlug,
      wikidata: wikidataOf(dataset, 'Place', place.slug),
      latitude: point?.latitude ?? null,
      longitude: point?.longitude ?? null,
      ...evidenceCells(place.mentions, dataset),
    };
  },
});

/** Every table by the name its URLs use (`/export/<name>.<format>`). */
export const TABLES: Readonly<Record<string, Table<unknown>>> = { events, statements, 'actor-links': actorLinks, places };
