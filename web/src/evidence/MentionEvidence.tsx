/** A weapon system, a place or an actor: what it is linked to, and every place the articles name it. */
import type { ReactNode } from 'react';
import { useQuery } from '../api/useQuery';
import { EntityLink } from '../common/EntityLink';
import { humanize } from '../common/labels';
import type { EntityType } from '../common/links';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ActorMentionsDocument, PlaceMentionsDocument, WeaponSystemMentionsDocument, type ArticleTextFragment, type SpanFragment } from '../gql/graphql';
import { ActorFacts } from '../network/ActorPanel';
import { EvidenceLayout } from './EvidenceLayout';

/** Each article once, in the order the mentions first cite it. */
function articlesOf(mentions: { article: ArticleTextFragment }[]): ArticleTextFragment[] {
  return [...new Map(mentions.map((mention) => [mention.article.id, mention.article])).values()];
}

interface Named {
  eyebrow: string;
  name: string;
  about?: string | null;
  details?: ReactNode;
  mentions: (SpanFragment & { article: ArticleTextFragment })[];
}

function Mentions({ named }: { named: Named }) {
  const claim = (
    <>
      <p className="eyebrow">{named.eyebrow}</p>
      <h1>{named.name}</h1>
    </>
  );
  const details = (
    <>
      {named.about && <p>{named.about}</p>}
      {named.details}
    </>
  );
  return <EvidenceLayout claim={claim} details={details} articles={articlesOf(named.mentions)} spans={named.mentions} spansTitle="Mentions" />;
}

type Item = { slug: string } & ({ name: string } | { title: string } | { text: string; speaker: { name: string } });

/** A heading and a list of linked entities, or nothing when the list is empty. */
export function LinkList({ title, type, items, total }: { title: string; type: EntityType; items: Item[]; total?: number }) {
  if (items.length === 0) return null;
  const words = (item: Item) => ('name' in item ? item.name : 'title' in item ? item.title : `${item.speaker.name}: “${item.text}”`);
  return (
    <>
      <h2>
        {title} ({total ?? items.length})
      </h2>
      <ul className="facts">
        {items.map((item) => (
          <li key={item.slug}>
            <EntityLink type={type} slug={item.slug}>
              {words(item)}
            </EntityLink>
          </li>
        ))}
      </ul>
    </>
  );
}

export function WeaponSystemEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(WeaponSystemMentionsDocument, { slug });
  useDocumentTitle('Weapon system');
  if (error) return <ErrorNotice error={error} what="the weapon system" />;
  if (loading || !data) return <Loading what="the weapon system and its mentions" />;
  const system = data.weaponSystem;
  if (!system) return <NotFound what={`no weapon system has the slug “${slug}”`} />;
  const details = (
    <>
      <LinkList title="Operated by" type="Actor" items={system.operators} />
      <LinkList title="Events" type="Event" items={system.events.edges.map((edge) => edge.node)} total={system.events.totalCount} />
      <LinkList title="Statements" type="Statement" items={system.statements.edges.map((edge) => edge.node)} total={system.statements.totalCount} />
    </>
  );
  return <Mentions named={{ eyebrow: `Weapon system · ${humanize(system.category)}`, name: system.name, about: system.description, details, mentions: system.mentions }} />;
}

export function PlaceEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(PlaceMentionsDocument, { slug });
  useDocumentTitle('Place');
  if (error) return <ErrorNotice error={error} what="the place" />;
  if (loading || !data) return <Loading what="the place and its mentions" />;
  const place = data.place;
  if (!place) return <NotFound what={`no place has the slug “${slug}”`} />;
  const details = (
    <>
      {place.country && (
        <p>
          In{' '}
          <EntityLink type="Place" slug={place.country.slug}>
            {place.country.name}
          </EntityLink>
        </p>
      )}
      <LinkList title="Places in it" type="Place" items={place.places.edges.map((edge) => edge.node)} />
      <LinkList title="Events here" type="Event" items={place.events.edges.map((edge) => edge.node)} total={place.events.totalCount} />
    </>
  );
  const eyebrow = `Place · ${humanize(place.kind)}${place.country ? ` in ${place.country.name}` : ''}`;
  return <Mentions named={{ eyebrow, name: place.name, details, mentions: place.mentions }} />;
}

export function ActorEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(ActorMentionsDocument, { slug });
  useDocumentTitle('Actor');
  if (error) return <ErrorNotice error={error} what="the actor" />;
  if (loading || !data) return <Loading what="the actor and its mentions" />;
  const actor = data.actor;
  if (!actor) return <NotFound what={`no actor has the slug “${slug}”`} />;
  return <Mentions named={{ eyebrow: `Actor · ${humanize(actor.kind)}`, name: actor.name, details: <ActorFacts actor={actor} headingLevel="h2" />, mentions: actor.mentions }} />;
}
