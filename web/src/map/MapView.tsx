/**
 * A map of the places, drawn offline: country shapes from Natural Earth (the `world-atlas`
 * package, 1:110m), projected with d3-geo into an SVG; no tile server. Each place with
 * coordinates is a point; choosing one lists its events (`?place=` in the URL).
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { useQuery } from '../api/useQuery';
import { EntityLink } from '../common/EntityLink';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import { MapPlaceEventsDocument, MapPlacesDocument, type MapPlacesQuery } from '../gql/graphql';

type Place = MapPlacesQuery['places']['edges'][number]['node'];

const WIDTH = 960;
const HEIGHT = 540;
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const COUNTRIES = feature(topology, topology.objects.countries) as FeatureCollection;

export default function MapView() {
  useDocumentTitle('Map');
  const [params, setParams] = useSearchParams();
  const selected = params.get('place') ?? undefined;
  const { data, error } = useQuery(MapPlacesDocument, {});
  const places = useMemo(() => data?.places.edges.map((edge) => edge.node) ?? [], [data]);
  const located = places.filter((place) => place.coordinates);
  const unlocated = places.filter((place) => !place.coordinates);
  const wide = useMediaQuery(WIDE);
  const panel = useRef<HTMLElement>(null);

  // The projection fits the points, with a margin, so the places are not lost in the whole world.
  const { path, project } = useMemo(() => {
    const points: Feature<MultiPoint> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: located.map((place) => [place.coordinates!.longitude, place.coordinates!.latitude]) },
    };
    const projection = geoNaturalEarth1();
    if (located.length > 0) projection.fitExtent([[120, 90], [WIDTH - 120, HEIGHT - 90]], points);
    else projection.fitSize([WIDTH, HEIGHT], COUNTRIES);
    return { path: geoPath(projection), project: (place: Place) => projection([place.coordinates!.longitude, place.coordinates!.latitude]) };
  }, [located]);

  const choose = (slug: string) => {
    setParams({ place: slug });
    if (!wide) requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'start' }));
  };
  const place = places.find((candidate) => candidate.slug === selected);

  return (
    <>
      <h1>Map</h1>
      <p className="lede">Where the places the articles name lie, with their events. Choose a point, or a place in the list, for its events.</p>
      {error ? (
        <ErrorNotice error={error} what="the places" />
      ) : !data ? (
        <Loading what="the places" />
      ) : (
        <div className="network">
          <div>
            <figure className="map-figure">
              <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="map" role="group" aria-label={`Map of ${located.length} places`}>
                <rect width={WIDTH} height={HEIGHT} className="sea" />
                <g aria-hidden="true">
                  {COUNTRIES.features.map((country, index) => (
                    <path key={index} d={path(country) ?? undefined} className="country" />
                  ))}
                </g>
                {located.map((item) => {
                  const at = project(item);
                  if (!at) return null;
                  return (
                    <a
                      key={item.slug}
                      href={`?place=${item.slug}`}
                      className={item.slug === selected ? 'map-point selected' : 'map-point'}
                      data-slug={item.slug}
                      aria-label={`${item.name}: ${item.events.totalCount} ${item.events.totalCount === 1 ? 'event' : 'events'}`}
                      onClick={(event) => {
                        event.preventDefault();
                        choose(item.slug);
                      }}
                    >
                      <circle cx={at[0]} cy={at[1]} r={4 + 2 * Math.sqrt(item.events.totalCount)} />
                      <text x={at[0] + 10} y={at[1] + 5}>
                        {item.name}
                      </text>
                    </a>
                  );
                })}
              </svg>
              <figcaption>
                {located.length} of {places.length} places have coordinates; country shapes from Natural Earth.
                {unlocated.length > 0 && ` Not drawn, with no coordinates (undisclosed or not located): ${unlocated.map((item) => item.name).join(', ')}.`}
              </figcaption>
            </figure>
            <nav aria-labelledby="place-list-heading" className="actor-list">
              <h2 id="place-list-heading">Places</h2>
              <ul>
                {[...places]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((item) => (
                    <li key={item.slug}>
                      <a
                        href={`?place=${item.slug}`}
                        aria-current={item.slug === selected ? 'true' : undefined}
                        onClick={(event) => {
                          event.preventDefault();
                          choose(item.slug);
                        }}
                      >
                        {item.name}
                      </a>{' '}
                      <span className="muted">({item.events.totalCount})</span>
                    </li>
                  ))}
              </ul>
            </nav>
          </div>
          <aside className="panel" aria-label="Selected place" ref={panel}>
            {place ? <PlaceEvents place={place} /> : <p className="hint">Choose a place on the map or in the list.</p>}
          </aside>
        </div>
      )}
    </>
  );
}

function PlaceEvents({ place }: { place: Place }) {
  const { data, error } = useQuery(MapPlaceEventsDocument, { slug: place.slug });
  const events = data?.place?.events.edges.map((edge) => edge.node) ?? [];
  return (
    <article>
      <h2>{place.name}</h2>
      <p className="muted">
        {humanize(place.kind)}
        {place.country && ` in ${place.country.name}`}
        {place.coordinates && ` · ${place.coordinates.latitude.toFixed(2)}, ${place.coordinates.longitude.toFixed(2)}`}
      </p>
      <p>
        <EntityLink type="Place" slug={place.slug}>
          Open the page of {place.name}
        </EntityLink>
      </p>
      <h3>Events ({place.events.totalCount})</h3>
      {error ? (
        <ErrorNotice error={error} what="the events here" />
      ) : !data ? (
        <Loading what="the events here" />
      ) : events.length === 0 ? (
        <p className="muted">No event is placed here.</p>
      ) : (
        <ul className="facts">
          {events.map((event) => (
            <li key={event.slug}>
              <EntityLink type="Event" slug={event.slug}>
                {event.title}
              </EntityLink>{' '}
              <span className="muted">{event.date.text ?? event.date.edtf}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
