import { Link } from 'react-router-dom';
import { entityPath, type EntityType } from './links';

/** A name that opens its entity's page. */
export function EntityLink({ type, slug, children, className }: { type: EntityType; slug: string; children: React.ReactNode; className?: string }) {
  return (
    <Link className={className} to={entityPath(type, slug)}>
      {children}
    </Link>
  );
}
