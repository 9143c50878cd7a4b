/** Statements: quotes, paraphrases and attributed claims, with who said and relayed them, and every field that returns one. */
import { selectStatements } from '../data/criteria.js';
import { statementFacets } from '../data/facets.js';
import { EMPTY } from '../data/select.js';
import { STATEMENT_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { MAX_LIST_ARGUMENT_LENGTH } from '../security/limits.js';
import { facetedConnection } from './facets.js';
import { DateMatchEnum, slugsFrom, textFilter, textFrom, windowFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Actor, Article, Event, Statement, WeaponSystem, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
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

Statement.implement({
  description: 'Something an actor said or claimed, with who relayed it, when, and the exact words of the source that report it.',
  isTypeOf: isTypeOf('Statement'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this statement.' }),
    text: t.exposeString('text', {
      description: 'For a direct quote, the verbatim words; otherwise the content as the source reports it.',
    }),
    kind: t.expose('kind', { type: StatementKindEnum, description: 'How the source renders what was said.' }),
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
    about: t.field({
      type: [builder.nodeInterfaceRef()],
      description: 'The events, weapon systems, actors and places it concerns.',
      resolve: (statement, _args, { dataset }) =>
        statement.about.flatMap((ref) => dataset.entity(ref.typename, ref.slug) ?? []),
    }),
    evidence: t.field({
      type: [TextSpanType],
      description: 'The exact words of the article that report it; at least one span.',
      resolve: (statement) => statement.evidence,
    }),
  }),
});

export const StatementFilter = builder.inputType('StatementFilter', {
  description:
    `Criteria for statements. Fields combine with AND; the values inside one list combine with OR. Id lists take at most ${MAX_LIST_ARGUMENT_LENGTH} global ids.`,
  fields: (t) => ({
    speakerIds: t.idList({ description: 'Statements said by any of these actors.' }),
    reportedByIds: t.idList({ description: 'Statements relayed by any of these actors (KCNA, state media, …).' }),
    aboutIds: t.idList({ description: 'Statements about any of these entities (global ids of any type).' }),
    articleIds: t.idList({ description: 'Statements reported by any of these articles.' }),
    occasionIds: t.idList({ description: 'Statements made at any of these events.' }),
    kinds: t.field({ type: [StatementKindEnum], description: 'Statements of any of these kinds.' }),
    text: textFilter(t, 'the statement or its evidence'),
    from: t.field({ type: 'Date', description: 'Start of the window for when it was said (inclusive).' }),
    to: t.field({ type: 'Date', description: 'End of the window for when it was said (inclusive).' }),
    dateMatch: t.field({
      type: DateMatchEnum,
      defaultValue: 'OVERLAPS',
      description: 'How `saidOn` must match the window (default OVERLAPS). Statements with no date never match a window.',
    }),
  }),
});

const StatementOrder = orderInput(
  'Statement',
  'statements',
  {
    POSITION: 'Reading order: by article, then by where the statement first appears in it.',
    SAID_ON: 'When it was said (first known day); undated statements last.',
  },
  'Ties are broken by reading order, so paging is stable.',
);

/** The `filter` and `orderBy` arguments of every statement connection. */
const statementListArgs = listArgs(StatementFilter, StatementOrder, 'statements', 'POSITION (reading order)');

/** One page of statements: filtered, ordered and cut, optionally only among `within`. */
export const statementPage = listPage(
  selectStatements,
  (filter: Partial<typeof StatementFilter.$inferInput>) => ({
    speakerSlugs: slugsFrom('filter.speakerIds', filter.speakerIds, 'Actor'),
    reportedBySlugs: slugsFrom('filter.reportedByIds', filter.reportedByIds, 'Actor'),
    aboutKeys: slugsFrom('filter.aboutIds', filter.aboutIds, null),
    articleSlugs: slugsFrom('filter.articleIds', filter.articleIds, 'Article'),
    occasionSlugs: slugsFrom('filter.occasionIds', filter.occasionIds, 'Event'),
    kinds: filter.kinds ?? undefined,
    text: textFrom(filter.text),
    window: windowFrom('filter.', filter.from, filter.to, filter.dateMatch),
  }),
  { field: 'POSITION', direction: 'ASC' },
);

const StatementConnection = facetedConnection('Statement', Statement, {
  kinds: { type: StatementKindEnum, name: 'StatementKind', field: 'kinds', noun: 'kind' },
  dated: ' said',
  actors: 'speaker',
  actor: 'speaker',
  weaponSystem: 'they are about',
}, statementFacets);

/** Everything a list of statements needs. */
const statements = { type: Statement, connection: StatementConnection, args: statementListArgs, page: statementPage };

entityRoots('Statement', statements, { example: 'ready-for-real-war', order: 'in reading order (by article, then position in it)' });

listField(statements, Actor, 'statements', 'What this actor said or claimed, in reading order.', (actor, d) => d.statementsBySpeaker.get(actor.slug));
listField(statements, Actor, 'reportedStatements', 'Statements of others that this actor relayed (for a medium: what it reported), in reading order.', (actor, d) => d.statementsByReporter.get(actor.slug));

listField(statements, Article, 'statements', 'Statements the article reports, in reading order.', (article, d) => d.statementsByArticle.get(article.slug));

builder.objectFields(Event, (t) => ({
  claims: t.field({
    type: [Statement],
    description: 'Statements that assert this event: who it is "according to". Empty when the article reports it on its own authority.',
    resolve: (event, _args, { dataset }) => dataset.claimsByEvent.get(event.slug) ?? EMPTY,
  }),
  statements: t.field({
    type: [Statement],
    description: 'Statements made at this event, in reading order.',
    resolve: (event, _args, { dataset }) => dataset.statementsByOccasion.get(event.slug) ?? EMPTY,
  }),
}));

listField(statements, WeaponSystem, 'statements', 'Statements about it, in reading order.', (weapon, d) => d.statementsAbout.get(`WeaponSystem:${weapon.slug}`));
