/** Statements: quotes, paraphrases and attributed claims, with who said and relayed them. */
import type { Statement as StatementModel } from '../data/model.js';
import { STATEMENT_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { paginate } from './connection.js';
import { Event } from './event.js';
import { loadBySlug } from './loaders.js';
import { FuzzyDateType, TextSpanType } from './values.js';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the source renders what was said.',
  values: {
    DIRECT_QUOTE: { description: 'The speaker\'s words, quoted in full; `text` is verbatim.' },
    PARTIAL_QUOTE: { description: 'Reported speech with some words quoted ("for real war"); `text` is the source\'s sentence.' },
    PARAPHRASE: { description: 'What the speaker said, in the reporter\'s words.' },
    CLAIM: { description: 'An assertion of fact attributed to the speaker ("intelligence agencies have reported…").' },
  } satisfies Record<(typeof STATEMENT_KINDS)[number], { description: string }>,
});

export const Statement = builder.loadableNodeRef<StatementModel>('Statement', {
  id: { resolve: (statement) => statement.slug },
  load: loadBySlug('Statement'),
});

Statement.implement({
  description: 'Something an actor said or claimed, with who relayed it, when, and the exact words of the source that report it.',
  isTypeOf: (value) => (value as StatementModel).typename === 'Statement',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this statement.' }),
    text: t.exposeString('text', {
      description: 'For a direct quote, the verbatim words; otherwise the content as the source reports it.',
    }),
    kind: t.expose('kind', { type: StatementKindEnum, description: 'How the source renders what was said.' }),
    speaker: t.field({
      type: Actor,
      description: 'Who said or claimed it.',
      resolve: (statement) => statement.speakerSlug,
    }),
    reportedBy: t.field({
      type: [Actor],
      description: 'Who relayed it to the article, nearest to the speaker first (KCNA, state media, …); empty when the article heard it directly.',
      resolve: (statement) => statement.reportedBySlugs,
    }),
    attribution: t.string({
      description:
        'The attribution chain in words, from speaker to article byline: "Kim Jong Un — reported by Korean Central News Agency — according to AFP and Global Watch".',
      resolve: (statement, _args, { dataset }) => {
        const name = (slug: string) => dataset.maps.Actor.get(slug)?.name ?? slug;
        const article = dataset.maps.Article.get(statement.articleSlug);
        const links = [name(statement.speakerSlug), ...statement.reportedBySlugs.map((slug) => `reported by ${name(slug)}`)];
        if (article?.authorSlugs.length) links.push(`according to ${article.authorSlugs.map(name).join(' and ')}`);
        return links.join(' — ');
      },
    }),
    saidOn: t.field({
      type: FuzzyDateType,
      nullable: true,
      description: 'When it was said, if the source tells.',
      resolve: (statement) => statement.saidOn,
    }),
    occasion: t.field({
      type: Event,
      nullable: true,
      description: 'The event at which it was said, if any.',
      resolve: (statement) => statement.occasionSlug,
    }),
    about: t.field({
      type: [builder.nodeInterfaceRef()],
      description: 'The events, weapon systems, actors and places it concerns.',
      resolve: (statement, _args, { dataset }) =>
        statement.about.flatMap((ref) => dataset.entity(ref.typename, ref.slug) ?? []),
    }),
    asserts: t.field({
      type: [Event],
      description: 'Events whose occurrence this statement asserts (the event lists it among its `claims`).',
      resolve: (statement) => statement.assertsSlugs,
    }),
    article: t.field({
      type: Article,
      description: 'The article that reports it.',
      resolve: (statement) => statement.articleSlug,
    }),
    evidence: t.field({
      type: [TextSpanType],
      description: 'The exact words of the article that report it; at least one span.',
      resolve: (statement) => statement.evidence,
    }),
  }),
});

export const StatementConnection = builder.connectionObject(
  { type: Statement, name: 'StatementConnection', description: 'A page of statements.' },
  { name: 'StatementEdge', description: 'A statement in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  statement: t.field({
    type: Statement,
    nullable: true,
    description: 'A statement by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The statement\'s slug, e.g. `ready-for-real-war`.' }) },
    resolve: (_root, { slug }) => slug,
  }),
  statements: t.connection(
    {
      type: Statement,
      description: 'All statements, in reading order (by article, then by position in it).',
      resolve: (_root, args, { dataset }) => paginate(dataset.statements, args, (statement) => statement.slug),
    },
    StatementConnection,
  ),
}));
