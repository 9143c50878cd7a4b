/** Articles: the verbatim source texts that every fact's evidence points into. */
import type { Article as ArticleModel } from '../data/model.js';
import { builder } from '../builder.js';
import { Actor, ActorConnection } from './actor.js';
import { paginate } from './connection.js';
import { Event, EventConnection } from './event.js';
import { loadBySlug } from './loaders.js';
import { Statement, StatementConnection } from './statement.js';
import { WeaponSystem, WeaponSystemConnection } from './weapon-system.js';

const EMPTY: readonly never[] = [];

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
        resolve: (article, args, { dataset }) =>
          paginate(dataset.statementsByArticle.get(article.slug) ?? EMPTY, args, (s) => s.slug),
      },
      StatementConnection,
    ),
    events: t.connection(
      {
        type: Event,
        description: 'Events the article reports, in chronological order.',
        resolve: (article, args, { dataset }) =>
          paginate(dataset.eventsByArticle.get(article.slug) ?? EMPTY, args, (event) => event.slug),
      },
      EventConnection,
    ),
    actors: t.connection(
      {
        type: Actor,
        description: 'Actors the article mentions, by name.',
        resolve: (article, args, { dataset }) =>
          paginate(dataset.actorsByArticle.get(article.slug) ?? EMPTY, args, (actor) => actor.slug),
      },
      ActorConnection,
    ),
    weaponSystems: t.connection(
      {
        type: WeaponSystem,
        description: 'Weapon systems the article mentions, by name.',
        resolve: (article, args, { dataset }) =>
          paginate(dataset.weaponSystemsByArticle.get(article.slug) ?? EMPTY, args, (weapon) => weapon.slug),
      },
      WeaponSystemConnection,
    ),
  }),
});

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
      description: 'All articles, newest first.',
      resolve: (_root, args, { dataset }) => paginate(dataset.articles, args, (article) => article.slug),
    },
    ArticleConnection,
  ),
}));
