/** `Actor.relations`: the actors linked to one actor, each with the links, their kinds and events. */
import type { Dataset } from './dataset.js';
import { ACTOR_LINK_KINDS, distinctEvidence, type ActorLink, type ActorLinkKind } from './links.js';
import type { Actor, Event } from './model.js';
import { fold } from './text.js';

export interface Relation {
  actor: Actor;
  /** Distinct evidence spans across `links`. */
  weight: number;
  /** The events the links rest on, in chronological order. */
  events: Event[];
  links: ActorLink[];
  /** The kinds among `links`, in declaration order. */
  kinds: ActorLinkKind[];
}

/**
 * The actors linked to `slug` by links of `mask`'s kinds, most evidence first, then by name and
 * slug.
 */
export function relationsOf(dataset: Dataset, slug: string, mask: number): Relation[] {
  const relations: Relation[] = [];
  for (const { slug: other, links } of dataset.links.neighboursOf(slug, mask)) {
    const events = [...new Set(links.flatMap((link) => (link.eventSlug ? [dataset.maps.Event.get(link.eventSlug)!] : [])))];
    events.sort((a, b) => dataset.position.get(a)! - dataset.position.get(b)!);
    const kinds = new Set(links.map((link) => link.kind));
    relations.push({
      actor: dataset.maps.Actor.get(other)!,
      weight: distinctEvidence(links),
      events,
      links,
      kinds: ACTOR_LINK_KINDS.filter((kind) => kinds.has(kind)),
    });
  }
  const names = new Map(relations.map((r) => [r, fold(r.actor.name)]));
  return relations.sort(
    (a, b) =>
      b.weight - a.weight ||
      (names.get(a)! < names.get(b)! ? -1 : names.get(a)! > names.get(b)! ? 1 : 0) ||
      (a.actor.slug < b.actor.slug ? -1 : 1),
  );
}
