/** Articles: the verbatim source texts that every fact's evidence points into. */
import type { Article as ArticleModel } from '../data/model.js';
import { builder } from '../builder.js';
import { Actor, ActorConnection, actorListArgs, actorPage } from './actor.js';
import { EMPTY, selectArticles } from '../data/query.js';
import { listArgs, listPage, orderInput } from './lists.js';
import { DateMatchEnum, slugsFrom, textFrom, windowFrom } from './inputs.js';
import { Event, EventConnection, eventListArgs, eventPage } from './event.js';
import { loadBySlug } from './loaders.js';
import { Statement, StatementConnection, statementListArgs, statementPage } from './statement.js';
import { WeaponSystem, WeaponSystemConnection, weaponSystemListArgs, weaponSystemPage } from './weapon-system.js';


export const Article = builder.loadableNodeRef<ArticleModel>('Article', {
  id: { resolve: (article) => article.slug },
  load: loadBySlug('Article'),
});

Article.implement({
  description: 'A news article, kept verbatim, and everything the dataset draws from it.',
  isTypeOf: (value) => (value as ArticleModel).typename === 'Article',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this article.' }),
    title: t.exposeString('title', { description: 'The headline.' }),
    subtitle: t.exposeString('subtitle', { nullable: true, description: 'The standfirst under the headline, if any.' }),
    section: t.exposeString('section', { nullable: true, description: 'The section it was published in, if known.' }),
    publishedOn: t.field({ type: 'Date', description: 'The day it was published.', resolve: (a) => a.publishedOn }),
    bylines: t.exposeStringList('bylines', { description: 'The names in the byline, as printed.' }),
    authors: t.field({
      type: [Actor],
      description: 'The media outlets or people in the byline, as actors.',
      resolve: (article) => article.authorSlugs,
    }),
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where it was published; null when the source text does not give it.',
      resolve: (article) => article.url,
    }),
    body: t.exposeString('body', {
      description: 'The verbatim source text, image caption included; every evidence offset points into it.',
    }),
    bodyDigest: t.exposeString('bodyDigest', {
      description: 'sha256 of `body` in hex: the text version that evidence offsets refer to.',
    }),
    statements: t.connection(
      {
        type: Statement,
        description: 'Statements the article reports, in reading order.',
        args: statementListArgs,
        resolve: (article, args, { dataset }) =>
          statementPage(dataset, args, dataset.statementsByArticle.get(article.slug) ?? EMPTY),
      },
      StatementConnection,
    ),
    events: t.connection(
      {
        type: Event,
        description: 'Events the article reports, in chronological order.',
        args: eventListArgs,
        resolve: (article, args, { dataset }) => eventPage(dataset, args, dataset.eventsByArticle.get(article.slug) ?? EMPTY),
      },
      EventConnection,
    ),
    actors: t.connection(
      {
        type: Actor,
        description: 'Actors the article mentions, by name.',
        args: actorListArgs,
        resolve: (article, args, { dataset }) => actorPage(dataset, args, dataset.actorsByArticle.get(article.slug) ?? EMPTY),
      },
      ActorConnection,
    ),
    weaponSystems: t.connection(
      {
        type: WeaponSystem,
        description: 'Weapon systems the article mentions, by name.',
        args: weaponSystemListArgs,
        resolve: (article, args, { dataset }) =>
          weaponSystemPage(dataset, args, dataset.weaponSystemsByArticle.get(article.slug) ?? EMPTY),
      },
      WeaponSystemConnection,
    ),
  }),
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Criteria for articles. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    actorIds: t.idList({ description: 'Articles that mention any of these actors (at most 100 ids).' }),
    text: t.string({ description: 'Case- and accent-insensitive text in the title, subtitle or body (at most 256 characters).' }),
    from: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Published on or before this day.' }),
    dateMatch: t.field({
      type: DateMatchEnum,
      defaultValue: 'OVERLAPS',
      description: 'How the publication day must match the window; for a single day both modes agree.',
    }),
  }),
});

const ArticleOrder = orderInput(
  'Article',
  'articles',
  {
    PUBLISHED_ON: 'The publication day.',
    TITLE: 'The headline, alphabetically.',
  },
  'Ties are broken by publication day (newest first), then slug.',
);

/** The `filter` and `orderBy` arguments of every article connection. */
export const articleListArgs = listArgs(ArticleFilter, ArticleOrder, 'articles', 'PUBLISHED_ON descending (newest first)');

/** One page of articles: filtered, ordered and cut, optionally only among `within`. */
export const articlePage = listPage(
  selectArticles,
  (filter: Partial<typeof ArticleFilter.$inferInput>) => ({
    actorSlugs: slugsFrom('filter.actorIds', filter.actorIds, 'Actor'),
    text: textFrom('filter.text', filter.text),
    window: windowFrom('filter.', filter.from, filter.to, filter.dateMatch),
  }),
  { field: 'PUBLISHED_ON', direction: 'DESC' },
);

export const ArticleConnection = builder.connectionObject(
  { type: Article, name: 'ArticleConnection', description: 'A page of articles.' },
  { name: 'ArticleEdge', description: 'An article in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  article: t.field({
    type: Article,
    nullable: true,
    description: 'An article by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The article\'s slug, e.g. `kim-real-war-2025-07`.' }) },
    resolve: (_root, { slug }) => slug,
  }),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles, filtered and ordered; by default all, newest first.',
      args: articleListArgs,
      resolve: (_root, args, { dataset }) => articlePage(dataset, args),
    },
    ArticleConnection,
  ),
}));
