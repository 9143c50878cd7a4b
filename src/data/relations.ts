/** Actor relations: who shares events with whom, and how many. */
import type { Dataset } from './dataset.js';
import type { Actor, Event } from './model.js';
import { EMPTY } from './select.js';
import { fold } from './text.js';

export interface Relation {
  actor: Actor;
  weight: number;
  events: Event[];
}

/** The actors that share events with `slug`, by number of shared events, then by name. */
export function relationsOf(dataset: Dataset, slug: string): Relation[] {
  const shared = new Map<string, Event[]>();
  for (const event of dataset.eventsByActor.get(slug) ?? EMPTY) {
    for (const other of new Set(event.participants.map((p) => p.actorSlug))) {
      if (other === slug) continue;
      const list = shared.get(other) ?? [];
      list.push(event);
      shared.set(other, list);
    }
  }
  return [...shared]
    .map(([other, events]) => ({ actor: dataset.maps.Actor.get(other)!, weight: events.length, events }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        fold(a.actor.name).localeCompare(fold(b.actor.name)) ||
        (a.actor.slug < b.actor.slug ? -1 : 1),
    );
}
