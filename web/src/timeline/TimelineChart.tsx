/** The drawn timeline: an axis of months and one row per item, its date drawn as what it is. */
import { Link } from 'react-router-dom';
import { describeDate, humanize } from '../common/labels';
import type { TimelineQuery } from '../gql/graphql';
import { axisFor, markFor, ticksFor, type Axis, type Mark } from './scale';

type Edge = TimelineQuery['timeline']['edges'][number];

/** An item the timeline leaves out because it has no date, with its page. */
export interface Undated {
  to: string;
  title: string;
}

interface Props {
  edges: Edge[];
  total: number;
  /** Items matching the filters that cannot be drawn: said where they are left off. */
  undated: Undated[];
  window: { from?: string; to?: string };
  /** New filters are loading: the rows shown are the previous answer. */
  busy: boolean;
}

export function TimelineChart({ edges, total, undated, window, busy }: Props) {
  const axis = axisFor(edges.map((edge) => edge.date), window);
  const ticks = ticksFor(axis);
  return (
    <section className="timeline" aria-labelledby="timeline-count" aria-busy={busy}>
      <p id="timeline-count" className="count-line" aria-live="polite">
        {total === 0
          ? 'Nothing on the timeline matches these filters.'
          : edges.length < total
            ? `The first ${edges.length} of ${total} items on the timeline; narrow the filters to see the others.`
            : `${total} ${total === 1 ? 'item' : 'items'} on the timeline`}
      </p>
      {undated.length > 0 && (
        <details className="undated">
          <summary>
            {undated.length} undated {undated.length === 1 ? 'item' : 'items'} not drawn
          </summary>
          <ul>
            {undated.map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
      {edges.length > 0 && (
        <>
          <Legend />
          <div className="chart">
            <div className="axis" aria-hidden="true">
              {ticks.map((tick) => (
                <span key={tick.at} className={tick.major ? 'tick major' : 'tick'} style={{ left: `${tick.at}%` }}>
                  {tick.label}
                </span>
              ))}
            </div>
            <ol className="rows">
              {edges.map((edge, index) => (
                <Row key={edge.cursor} edge={edge} axis={axis} tipId={`date-tip-${index}`} />
              ))}
            </ol>
          </div>
        </>
      )}
    </section>
  );
}

function Row({ edge, axis, tipId }: { edge: Edge; axis: Axis; tipId: string }) {
  const { node, date } = edge;
  const event = node.__typename === 'Event';
  const to = event ? `/evidence/event/${node.slug}` : `/evidence/statement/${node.slug}`;
  return (
    <li className={event ? 'row event' : 'row statement'}>
      <Link className="row-label" to={to} aria-describedby={tipId}>
        <span className="badge">{event ? `Event · ${humanize(node.type)}` : `Statement · ${humanize(node.kind)}`}</span>
        <span className="row-title">{event ? node.title : `${node.speaker.name}: “${node.text}”`}</span>
      </Link>
      <div className="track">
        <DateMark mark={markFor(axis, date)} />
        <span role="tooltip" id={tipId} className="tip">
          {date.text ? `“${date.text}”` : 'No phrase of its own'} — {describeDate(date)} <span className="edtf">({date.edtf})</span>
        </span>
      </div>
    </li>
  );
}

function DateMark({ mark }: { mark: Mark }) {
  if (mark.kind === 'point') return <span className="mark point" style={{ left: `${mark.at}%` }} />;
  const fade = mark.openStart && mark.openEnd ? 'both' : mark.openStart ? 'start' : mark.openEnd ? 'end' : undefined;
  return (
    <>
      <span className="mark band" data-open={fade} style={{ left: `${mark.left}%`, width: `${mark.width}%` }} />
      {mark.capAt !== undefined && <span className="mark point" style={{ left: `${mark.capAt}%` }} />}
    </>
  );
}

/** What the shapes mean. */
function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch point" aria-hidden="true" /> a known day
      </li>
      <li>
        <span className="swatch band" aria-hidden="true" /> a month, a year or a span: any day in it
      </li>
      <li>
        <span className="swatch band" data-open="start" aria-hidden="true" /> open start: on or before
      </li>
      <li>
        <span className="swatch event" aria-hidden="true" /> event
      </li>
      <li>
        <span className="swatch statement" aria-hidden="true" /> statement
      </li>
    </ul>
  );
}
