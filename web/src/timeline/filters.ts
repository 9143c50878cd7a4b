/** The timeline's filters as they live in the URL, so a filtered timeline can be shared. */
import type { EventType } from '../gql/graphql';

export interface TimelineFilters {
  /** An actor's slug. */
  actor?: string;
  types: EventType[];
  from?: string;
  to?: string;
  /** Keep only items certainly inside the window (the API's `dateMatch: WITHIN`). */
  within: boolean;
}

/** The filters of `?actor=…&type=…&from=…&to=…&match=within`; the API judges the values. */
export function readFilters(params: URLSearchParams): TimelineFilters {
  return {
    actor: params.get('actor') || undefined,
    types: params.getAll('type') as EventType[],
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    within: params.get('match') === 'within',
  };
}

/** The query string for `filters`, leaving out what is unset. */
export function writeFilters({ actor, types, from, to, within }: TimelineFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (actor) params.set('actor', actor);
  for (const type of types) params.append('type', type);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (within) params.set('match', 'within');
  return params;
}
