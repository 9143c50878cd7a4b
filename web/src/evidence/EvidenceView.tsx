/** Every entity's page: `/evidence/<kind>/<slug>` opens a fact, or a named thing, in the article's words. */
import { useParams } from 'react-router-dom';
import { NotFound } from '../common/Status';
import { ArticleEvidence } from './ArticleEvidence';
import { EventEvidence } from './EventEvidence';
import { ActorEvidence, PlaceEvidence, WeaponSystemEvidence } from './MentionEvidence';
import { StatementEvidence } from './StatementEvidence';

export default function EvidenceView() {
  const { kind = '', slug = '' } = useParams();
  switch (kind) {
    case 'statement':
      return <StatementEvidence key={slug} slug={slug} />;
    case 'event':
      return <EventEvidence key={slug} slug={slug} />;
    case 'actor':
      return <ActorEvidence key={slug} slug={slug} />;
    case 'weapon-system':
      return <WeaponSystemEvidence key={slug} slug={slug} />;
    case 'place':
      return <PlaceEvidence key={slug} slug={slug} />;
    case 'article':
      return <ArticleEvidence key={slug} slug={slug} />;
    default:
      return <NotFound what={`there is no page for “${kind}”`} />;
  }
}
