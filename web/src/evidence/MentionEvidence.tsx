/** A weapon system or a place, and every place the articles name it. */
import { useQuery } from '../api/useQuery';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PlaceMentionsDocument, WeaponSystemMentionsDocument, type ArticleTextFragment, type SpanFragment } from '../gql/graphql';
import { EvidenceLayout } from './EvidenceLayout';

/** Each article once, in the order the mentions first cite it. */
function articlesOf(mentions: { article: ArticleTextFragment }[]): ArticleTextFragment[] {
  return [...new Map(mentions.map((mention) => [mention.article.id, mention.article])).values()];
}

interface Named {
  eyebrow: string;
  name: string;
  about?: string | null;
  mentions: (SpanFragment & { article: ArticleTextFragment })[];
}

function Mentions({ named }: { named: Named }) {
  const fact = (
    <>
      <p className="eyebrow">{named.eyebrow}</p>
      <h1>{named.name}</h1>
      {named.about && <p>{named.about}</p>}
    </>
  );
  return <EvidenceLayout fact={fact} articles={articlesOf(named.mentions)} spans={named.mentions} spansTitle="Mentions" />;
}

export function WeaponSystemEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(WeaponSystemMentionsDocument, { slug });
  useDocumentTitle('Mentions of a weapon system');
  if (error) return <ErrorNotice error={error} what="the weapon system" />;
  if (loading || !data) return <Loading what="the weapon system and its mentions" />;
  const system = data.weaponSystem;
  if (!system) return <NotFound what={`no weapon system has the slug “${slug}”`} />;
  return <Mentions named={{ eyebrow: `Weapon system · ${humanize(system.category)}`, name: system.name, about: system.description, mentions: system.mentions }} />;
}

export function PlaceEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(PlaceMentionsDocument, { slug });
  useDocumentTitle('Mentions of a place');
  if (error) return <ErrorNotice error={error} what="the place" />;
  if (loading || !data) return <Loading what="the place and its mentions" />;
  const place = data.place;
  if (!place) return <NotFound what={`no place has the slug “${slug}”`} />;
  const eyebrow = `Place · ${humanize(place.kind)}${place.country ? ` in ${place.country.name}` : ''}`;
  return <Mentions named={{ eyebrow, name: place.name, mentions: place.mentions }} />;
}
