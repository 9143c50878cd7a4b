/** The timeline: events and statements together, in chronological order. */
import { selectEvents, selectStatements } from './criteria.js';
import type { Dataset } from './dataset.js';
import type { DateWindow } from './dates.js';
import type { Event, Statement } from './model.js';
import type { EventType } from './records.js';
import { lazyList } from './lazy-list.js';
import { given } from './select.js';

export interface TimelineCriteria {
  actorSlugs?: string[];
  types?: EventType[];
  window?: DateWindow;
}

/**
 * Events and statements together, in chronological order of their first known day (see
 * chronologicalKey), events before statements on the same day, then in default order. Undated
 * items are left out. With `types`, statements count only when made at an event of those types.
 */
export function timeline(dataset: Dataset, criteria: TimelineCriteria): readonly (Event | Statement)[] {
  if (!given(criteria.actorSlugs) && !given(criteria.types)) {
    const window = criteria.window;
    if (!window) return dataset.timeline;
    // Counted in full, but listed only as far as a page reads.
    const found = dataset.timelineDates.matches(window);
    return lazyList(found.count, (index) => dataset.timeline[found.positionAt(index)]);
  }
  const events = selectEvents(
    dataset,
    { actorSlugs: criteria.actorSlugs, types: criteria.types, window: criteria.window },
    { field: 'DATE', direction: 'ASC' },
  );
  const spoken = selectStatements(
    dataset,
    { speakerSlugs: criteria.actorSlugs, window: criteria.window },
    { field: 'POSITION', direction: 'ASC' },
  );
  const eventTypes = given(criteria.types) ? new Set(criteria.types) : null;
  const statements = eventTypes
    ? spoken.filter((s) => {
        const occasion = s.occasionSlug ? dataset.maps.Event.get(s.occasionSlug) : undefined;
        return occasion !== undefined && eventTypes.has(occasion.type);
      })
    : spoken;
  // Each item's place in the precomputed timeline gives the merged order.
  const positions = new Int32Array(events.length + statements.length);
  let count = 0;
  for (const list of [events, statements]) {
    for (const item of list) {
      const position = dataset.timelinePosition.get(item);
      if (position !== undefined) positions[count++] = position;
    }
  }
  return Array.from(positions.subarray(0, count).sort(), (position) => dataset.timeline[position]);
}
