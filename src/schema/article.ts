/** Articles: the verbatim source texts that every fact's evidence points into, and every field that returns one. */
import { selectArticles } from '../data/criteria.js';
import { builder } from '../builder.js';
import { AT_MOST_IDS, DateMatchEnum, slugsFrom, textFilter, textFrom, windowFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Actor, Article, Event, Statement, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
import { TextSpanType } from './values.js';
import { entity } from './loaders.js';

Article.implement({
  description: 'A news article, kept verbatim, and everything the dataset draws from it.',
  isTypeOf: isTypeOf('Article'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this article.' }),
    title: t.exposeString('title', { description: 'The headline.' }),
    subtitle: t.exposeString('subtitle', { nullable: true, description: 'The standfirst under the headline, if any.' }),
    section: t.exposeString('section', { nullable: true, description: 'The section it was published in, if known.' }),
    publishedOn: t.field({ type: 'Date', description: 'The day it was published.', resolve: (a) => a.publishedOn }),
    bylines: t.exposeStringList('bylines', { description: 'The names in the byline, as printed.' }),
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
  }),
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Criteria for articles. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    actorIds: t.idList({ description: `Articles that mention any of these actors (${AT_MOST_IDS}).` }),
    text: textFilter(t, 'the title, subtitle or body'),
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
const articleListArgs = listArgs(ArticleFilter, ArticleOrder, 'articles', 'PUBLISHED_ON descending (newest first)');

/** One page of articles: filtered, ordered and cut, optionally only among `within`. */
const articlePage = listPage(
  selectArticles,
  (filter: Partial<typeof ArticleFilter.$inferInput>) => ({
    actorSlugs: slugsFrom('filter.actorIds', filter.actorIds, 'Actor'),
    text: textFrom(filter.text),
    window: windowFrom('filter.', filter.from, filter.to, filter.dateMatch),
  }),
  { field: 'PUBLISHED_ON', direction: 'DESC' },
);

const ArticleConnection = builder.connectionObject(
  { type: Article, name: 'ArticleConnection', description: 'A page of articles.' },
  { name: 'ArticleEdge', description: 'An article in a page, with its cursor.' },
);

/** Everything an article list needs. */
const articles = { type: Article, connection: ArticleConnection, args: articleListArgs, page: articlePage };

entityRoots('Article', articles, { example: 'kim-real-war-2025-07', order: 'newest first' });

listField(articles, Actor, 'articles', 'Articles that mention it, newest first.', (actor, d) => d.articlesByActor.get(actor.slug));
listField(articles, Event, 'articles', 'Articles that report this event, newest first.', (event, d) => d.articlesByEvent.get(event.slug));

builder.objectFields(Statement, (t) => ({
  article: t.field({
    type: Article,
    description: 'The article that reports it.',
    resolve: (statement, _args, context) => entity('Article', statement.articleSlug, context),
  }),
}));

builder.objectFields(TextSpanType, (t) => ({
  article: t.field({
    type: Article,
    description: 'The article whose body the offsets point into.',
    resolve: (span, _args, context) => entity('Article', span.articleSlug, context),
  }),
}));
