/** The timeline's filters: actor, date window (overlapping or certainly inside) and event types. */
import { useEffect, useRef, useState } from 'react';
import type { EventType } from '../gql/graphql';
import { humanize } from '../common/labels';
import type { TimelineFilters } from './filters';

/** How long the actor select must rest before its choice applies. */
const ACTOR_SETTLE_MS = 400;

interface Props {
  filters: TimelineFilters;
  actors: { slug: string; name: string }[];
  /** Items per actor for the other filters; actors with none are grouped apart. */
  actorCounts?: Map<string, number>;
  /** Events per type for the same actor and window, from the API's facets. */
  typeCounts: { value: EventType; count: number }[];
  onChange: (filters: TimelineFilters) => void;
}

export function FilterForm({ filters, actors, actorCounts, typeCounts, onChange }: Props) {
  const counts = new Map(typeCounts.map(({ value, count }) => [value, count]));
  // A type chosen in the URL stays listed even when nothing of it is left in the window.
  const types = [...new Set([...counts.keys(), ...filters.types])].sort((a, b) => humanize(a).localeCompare(humanize(b)));
  const toggle = (type: EventType, on: boolean) =>
    onChange({ ...filters, types: on ? [...filters.types, type] : filters.types.filter((chosen) => chosen !== type) });
  const knownActor = !filters.actor || actors.some((actor) => actor.slug === filters.actor);

  // Arrowing through the closed select changes its value at each key press: the choice is applied
  // once the keys rest (or the select loses focus), so the view queries once, for that actor.
  const [draft, setDraft] = useState<string>();
  const actor = draft ?? filters.actor ?? '';
  const commitActor = () => {
    if (draft === undefined) return;
    setDraft(undefined);
    if (draft !== (filters.actor ?? '')) onChange({ ...filters, actor: draft || undefined });
  };
  // The timer reads the latest commit, made with the latest filters.
  const commit = useRef(commitActor);
  commit.current = commitActor;
  useEffect(() => {
    if (draft === undefined) return;
    const timer = setTimeout(() => commit.current(), ACTOR_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  const chooseActor = (value: string) => setDraft(value);

  return (
    <form className="filters" aria-label="Timeline filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-actor">Actor</label>
        <select id="filter-actor" value={actor} onChange={(event) => chooseActor(event.target.value)} onBlur={commitActor}>
          <option value="">All actors</option>
          {!knownActor && <option value={filters.actor}>{filters.actor}</option>}
          {actorCounts ? (
            <>
              {actors
                .filter((actor) => actorCounts.get(actor.slug))
                .map((actor) => (
                  <option key={actor.slug} value={actor.slug}>
                    {actor.name} ({actorCounts.get(actor.slug)})
                  </option>
                ))}
              <optgroup label="Nothing on the timeline for these filters">
                {actors
                  .filter((actor) => !actorCounts.get(actor.slug))
                  .map((actor) => (
                    <option key={actor.slug} value={actor.slug}>
                      {actor.name}
                    </option>
                  ))}
              </optgroup>
            </>
          ) : (
            actors.map((actor) => (
              <option key={actor.slug} value={actor.slug}>
                {actor.name}
              </option>
            ))
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" type="date" value={filters.from ?? ''} onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" type="date" value={filters.to ?? ''} onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })} />
      </div>
      <div className="field check">
        <input id="filter-within" type="checkbox" checked={filters.within} onChange={(event) => onChange({ ...filters, within: event.target.checked })} />
        <label htmlFor="filter-within">Only dates certainly inside the window</label>
      </div>
      <fieldset className="types">
        <legend>Event types</legend>
        {types.map((type) => (
          <div className="check" key={type}>
            <input id={`type-${type}`} type="checkbox" checked={filters.types.includes(type)} onChange={(event) => toggle(type, event.target.checked)} />
            <label htmlFor={`type-${type}`}>
              {humanize(type)} <span className="count">({counts.get(type) ?? 0})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <button type="button" className="secondary" onClick={() => onChange({ types: [], within: false })}>
        Clear filters
      </button>
    </form>
  );
}
