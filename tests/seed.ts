/**
 * The seed article's records read straight from its JSON files, so that the query tests derive
 * their expectations from the data itself rather than from what the server answers.
 */
import { readFileSync } from 'node:fs';
import { globalId } from './helpers.js';

export const ARTICLE = 'kim-real-war-2025-07';
/** The article's publication day: where open ends stop in facets. */
export const PUBLISHED_ON = '2025-07-29';

export interface RawDate {
  start: string | null;
  end: string | null;
  precision: string;
  edtf: string;
  text: string | null;
}

export interface RawEvent {
  slug: string;
  title: string;
  summary: string;
  type: string;
  date: RawDate;
  location: string | null;
  participants: { actor: string; role: string }[];
  weaponSystems: string[];
  partOf: string | null;
}

export interface RawStatement {
  slug: string;
  text: string;
  kind: string;
  speaker: string;
  reportedBy: string[];
  saidOn: RawDate | null;
  occasion: string | null;
  /** Slugs of the events whose occurrence it asserts. */
  asserts: string[];
  /** `kind:slug` references, e.g. `weapon-system:nuclear-weapons`. */
  about: string[];
  evidence: { exact: string }[];
}

export interface RawActor {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  role: string | null;
  affiliation: string | null;
}

export interface RawPlace {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  country: string | null;
}

export interface RawWeaponSystem {
  slug: string;
  name: string;
  category: string;
  aliases: string[];
  propellant: string | null;
  nuclearCapable: boolean | null;
  operators: string[];
}

/** Parses one JSON file of the seed article. */
const read = (file: string) => JSON.parse(readFileSync(new URL(`../data/articles/${ARTICLE}/${file}`, import.meta.url), 'utf8'));

export const raw = {
  article: read('article.json') as { slug: string; title: string; publishedOn: string },
  body: readFileSync(new URL(`../data/articles/${ARTICLE}/body.txt`, import.meta.url), 'utf8'),
  events: read('events.json').events as RawEvent[],
  statements: read('statements.json').statements as RawStatement[],
  actors: read('actors.json').actors as RawActor[],
  places: read('places.json').places as RawPlace[],
  weaponSystems: read('weapon-systems.json').weaponSystems as RawWeaponSystem[],
};

/** The slugs of a list of records, in the order given. */
export const slugs = (list: { slug: string }[]) => list.map((item) => item.slug);

/** The same slugs sorted, for comparing sets. */
export const sorted = (list: string[]) => [...list].sort();

/** The global ids the API gives the entities of `typename` with these slugs. */
export const idsOf = (typename: string, ...slugList: string[]) => Promise.all(slugList.map((slug) => globalId(typename, slug)));

/** Case-, accent- and quote-style-insensitive form of a text, written independently of the server's. */
export const folded = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

/** Where a date sorts on a time line: its first possible day, or its last when only that is known. */
export const firstKnownDay = (date: RawDate | null) => date?.start ?? date?.end ?? null;
