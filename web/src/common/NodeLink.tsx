/** A link to any entity the API returns as a `Node`, named the way its kind is named. */
import { EntityLink } from './EntityLink';
import type { EntityType } from './links';

export type NamedNode =
  | { __typename: 'Actor' | 'Place' | 'WeaponSystem'; slug: string; name: string }
  | { __typename: 'Event' | 'Article'; slug: string; title: string }
  | { __typename: 'Statement'; slug: string; text: string };

/** The words a node is known by. */
export function nameOf(node: NamedNode): string {
  switch (node.__typename) {
    case 'Event':
    case 'Article':
      return node.title;
    case 'Statement':
      return `“${node.text}”`;
    default:
      return node.name;
  }
}

export function NodeLink({ node }: { node: NamedNode }) {
  return (
    <EntityLink type={node.__typename as EntityType} slug={node.slug}>
      {nameOf(node)}
    </EntityLink>
  );
}
