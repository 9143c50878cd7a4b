/**
 * A Discover-style table of events or statements: filters, columns sorted by the API, pages
 * through the API's cursors, a download of exactly the filtered rows (the export URLs) and the
 * view's query opened in the explorer. Everything lives in the URL.
 */
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { EntityLink } from '../common/EntityLink';
import { describeDate, humanize } from '../common/labels';
import { ErrorNotice, Loading } from '../common/Status';
import { SlugSelect } from '../common/SlugSelect';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import {
  EventTableDocument,
  StatementTableDocument,
  TableOptionsDocument,
  type EventOrderField,
  type EventTableQuery,
  type EventType,
  type StatementKind,
  type StatementOrderField,
  type StatementTableQuery,
} from '../gql/graphql';
import { compact, eventFilter, explorerUrl, exportUrl, PAGE_SIZES, readTable, statementFilter, writeTable, type TableState } from './filters';

const EVENT_TYPES: EventType[] = [
  'AGREEMENT',
  'ARMED_CONFLICT',
  'ARMS_TRANSFER',
  'BROADCAST',
  'DIPLOMATIC_MEETING',
  'INSPECTION',
  'MILITARY_EXERCISE',
  'STATE_VISIT',
  'TERRITORIAL_CHANGE',
  'TROOP_DEPLOYMENT',
  'WEAPONS_TEST',
];
const STATEMENT_KINDS: StatementKind[] = ['CLAIM', 'DIRECT_QUOTE', 'PARAPHRASE', 'PARTIAL_QUOTE'];

export default function TableView() {
  useDocumentTitle('Table');
  const [params, setParams] = useSearchParams();
  const state = readTable(params);
  const wide = useMediaQuery(WIDE);
  const options = useQuery(TableOptionsDocument, {});
  const nodes = <T,>(connection?: { edges: { node: T }[] }) => connection?.edges.map((edge) => edge.node) ?? [];
  const actors = nodes(options.data?.actors);
  const places = nodes(options.data?.places);
  const weapons = nodes(options.data?.weaponSystems);
  const all = [...actors, ...places, ...weapons];
  const id = (slug: string | undefined) => (slug ? all.find((option) => option.slug === slug)?.id : undefined);
  const named = [state.actor, state.place, state.weapon, state.relayer].filter(Boolean);
  const waiting = !options.data && named.length > 0;

  const page = state.before ? { last: state.size, before: state.before } : { first: state.size, after: state.after };
  const events = state.of === 'events';
  const eventVariables = {
    filter: compact(eventFilter(state, id)),
    orderBy: state.sort ? { field: state.sort as EventOrderField, direction: state.descending ? ('DESC' as const) : ('ASC' as const) } : undefined,
    ...page,
  };
  const statementVariables = {
    filter: compact(statementFilter(state, id)),
    orderBy: state.sort ? { field: state.sort as StatementOrderField, direction: state.descending ? ('DESC' as const) : ('ASC' as const) } : undefined,
    ...page,
  };
  const eventRows = useQuery(EventTableDocument, eventVariables, { skip: !events || waiting });
  const statementRows = useQuery(StatementTableDocument, statementVariables, { skip: events || waiting });
  const rows = events ? eventRows : statementRows;

  /** A new filter or order starts again from the first page. */
  const change = (next: Partial<TableState>) => setParams(writeTable({ ...state, after: undefined, before: undefined, ...next }));
  const document = events ? EventTableDocument : StatementTableDocument;
  const variables = events ? eventVariables : statementVariables;
  const connection = events ? eventRows.data?.events : statementRows.data?.statements;

  return (
    <>
      <h1>Table</h1>
      <p className="lede">Events or statements as rows: filter them, sort a column, page through, download exactly these rows or open the query in the explorer.</p>
      <div className="with-filters">
        <details className="filter-fold" open={wide || Boolean(rows.error)} key={String(wide)}>
          <summary>Filters</summary>
          <form className="filters" aria-label="Table filters" onSubmit={(event) => event.preventDefault()}>
            <fieldset className="table-of">
              <legend>Rows</legend>
              {(['events', 'statements'] as const).map((table) => (
                <div className="check" key={table}>
                  <input id={`of-${table}`} type="radio" name="of" checked={state.of === table} onChange={() => change({ of: table, types: [], sort: undefined, place: undefined, weapon: undefined, relayer: undefined })} />
                  <label htmlFor={`of-${table}`}>{humanize(table)}</label>
                </div>
              ))}
            </fieldset>
            <SlugSelect id="table-actor" label={events ? 'Actor taking part' : 'Speaker'} value={state.actor} options={actors} none="Any" onChange={(actor) => change({ actor })} />
            {events ? (
              <>
                <SlugSelect id="table-place" label="Place (a country includes its places)" value={state.place} options={places} none="Any" onChange={(place) => change({ place })} />
                <SlugSelect id="table-weapon" label="Weapon system" value={state.weapon} options={weapons} none="Any" onChange={(weapon) => change({ weapon })} />
              </>
            ) : (
              <SlugSelect id="table-relayer" label="Relayed by" value={state.relayer} options={actors} none="Any" onChange={(relayer) => change({ relayer })} />
            )}
            <div className="field">
              <label htmlFor="table-from">From</label>
              <input id="table-from" type="date" value={state.from ?? ''} onChange={(event) => change({ from: event.target.value || undefined })} />
            </div>
            <div className="field">
              <label htmlFor="table-to">To</label>
              <input id="table-to" type="date" value={state.to ?? ''} onChange={(event) => change({ to: event.target.value || undefined })} />
            </div>
            <div className="field check">
              <input id="table-within" type="checkbox" checked={state.within} onChange={(event) => change({ within: event.target.checked })} />
              <label htmlFor="table-within">Only dates certainly inside the window</label>
            </div>
            <fieldset className="types">
              <legend>{events ? 'Event types' : 'Statement kinds'}</legend>
              {(events ? EVENT_TYPES : STATEMENT_KINDS).map((type) => (
                <div className="check" key={type}>
                  <input
                    id={`table-type-${type}`}
                    type="checkbox"
                    checked={state.types.includes(type)}
                    onChange={(event) => change({ types: event.target.checked ? [...state.types, type] : state.types.filter((chosen) => chosen !== type) })}
                  />
                  <label htmlFor={`table-type-${type}`}>{humanize(type)}</label>
                </div>
              ))}
            </fieldset>
            <button type="button" className="secondary" onClick={() => setParams(writeTable({ of: state.of, types: [], within: false, descending: false, size: state.size }))}>
              Clear filters
            </button>
          </form>
        </details>
        <div className="filtered">
          <div className="table-actions">
            <a className="button" href={exportUrl(state.of, variables.filter)} download>
              Download these rows (CSV)
            </a>
            <a className="button secondary" href={explorerUrl(document.toString(), variables)} target="_blank" rel="noopener">
              Open in the explorer
            </a>
          </div>
          {options.error && <ErrorNotice error={options.error} what="the filters' choices" />}
          {rows.error ? (
            <ErrorNotice error={rows.error} what={`the ${state.of}`}>
              <p>The filters are still yours to change.</p>
            </ErrorNotice>
          ) : !connection ? (
            <Loading what={`the ${state.of}`} />
          ) : (
            <>
              <p className="count-line" aria-live="polite">
                {connection.totalCount === 0 ? `No ${state.of} match these filters.` : `${connection.totalCount} ${connection.totalCount === 1 ? state.of.slice(0, -1) : state.of}`}
              </p>
              <div className="table-scroll">
                {events ? (
                  <EventRows data={eventRows.data!} state={state} onSort={change} />
                ) : (
                  <StatementRows data={statementRows.data!} state={state} onSort={change} />
                )}
              </div>
              <nav className="pager" aria-label="Pages">
                <button type="button" className="secondary" disabled={!connection.pageInfo.hasPreviousPage} onClick={() => setParams(writeTable({ ...state, after: undefined, before: connection.pageInfo.startCursor ?? undefined }))}>
                  Previous {state.size}
                </button>
                <button type="button" className="secondary" disabled={!connection.pageInfo.hasNextPage} onClick={() => setParams(writeTable({ ...state, before: undefined, after: connection.pageInfo.endCursor ?? undefined }))}>
                  Next {state.size}
                </button>
                <div className="field inline">
                  <label htmlFor="table-size">Rows per page</label>
                  <select id="table-size" value={state.size} onChange={(event) => change({ size: Number(event.target.value) })}>
                    {PAGE_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </div>
              </nav>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** A column header; the API sorts by `field` when it has one, and the header says which way. */
function Header({ children, field, state, onSort }: { children: ReactNode; field?: string; state: TableState; onSort: (next: Partial<TableState>) => void }) {
  if (!field) return <th scope="col">{children}</th>;
  const active = state.sort === field;
  return (
    <th scope="col" aria-sort={active ? (state.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort({ sort: field, descending: active && !state.descending })}>
        {children}
        <span aria-hidden="true">{active ? (state.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

function EventRows({ data, state, onSort }: { data: EventTableQuery; state: TableState; onSort: (next: Partial<TableState>) => void }) {
  return (
    <table className="data">
      <caption className="visually-hidden">Events, {state.sort ? `sorted by ${humanize(state.sort).toLowerCase()}` : 'in chronological order'}</caption>
      <thead>
        <tr>
          <Header field="DATE" state={state} onSort={onSort}>
            Date
          </Header>
          <Header field="TITLE" state={state} onSort={onSort}>
            Event
          </Header>
          <Header state={state} onSort={onSort}>
            Type
          </Header>
          <Header state={state} onSort={onSort}>
            Place
          </Header>
          <Header state={state} onSort={onSort}>
            Actors
          </Header>
          <Header state={state} onSort={onSort}>
            Weapon systems
          </Header>
        </tr>
      </thead>
      <tbody>
        {data.events.edges.map(({ cursor, node }) => (
          <tr key={cursor} data-slug={node.slug}>
            <td title={describeDate(node.date)}>{node.date.text ?? node.date.edtf}</td>
            <td>
              <EntityLink type="Event" slug={node.slug}>
                {node.title}
              </EntityLink>
            </td>
            <td>{humanize(node.type)}</td>
            <td>{node.location && <EntityLink type="Place" slug={node.location.slug}>{node.location.name}</EntityLink>}</td>
            <td>
              <Names type="Actor" items={[...new Map(node.participants.map(({ actor }) => [actor.slug, actor])).values()]} />
            </td>
            <td>
              <Names type="WeaponSystem" items={node.weaponSystems} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatementRows({ data, state, onSort }: { data: StatementTableQuery; state: TableState; onSort: (next: Partial<TableState>) => void }) {
  return (
    <table className="data">
      <caption className="visually-hidden">Statements, {state.sort ? `sorted by ${humanize(state.sort).toLowerCase()}` : 'in reading order'}</caption>
      <thead>
        <tr>
          <Header field="SAID_ON" state={state} onSort={onSort}>
            Said on
          </Header>
          <Header field="POSITION" state={state} onSort={onSort}>
            Statement
          </Header>
          <Header state={state} onSort={onSort}>
            Kind
          </Header>
          <Header state={state} onSort={onSort}>
            Speaker
          </Header>
          <Header state={state} onSort={onSort}>
            Relayed by
          </Header>
        </tr>
      </thead>
      <tbody>
        {data.statements.edges.map(({ cursor, node }) => (
          <tr key={cursor} data-slug={node.slug}>
            <td title={node.saidOn ? describeDate(node.saidOn) : 'undated'}>{node.saidOn ? (node.saidOn.text ?? node.saidOn.edtf) : 'undated'}</td>
            <td>
              <EntityLink type="Statement" slug={node.slug}>
                “{node.text}”
              </EntityLink>
            </td>
            <td>{humanize(node.kind)}</td>
            <td>
              <EntityLink type="Actor" slug={node.speaker.slug}>
                {node.speaker.name}
              </EntityLink>
            </td>
            <td>
              <Names type="Actor" items={node.reportedBy} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Names({ type, items }: { type: 'Actor' | 'WeaponSystem'; items: { slug: string; name: string }[] }) {
  return (
    <>
      {items.map((item, index) => (
        <span key={item.slug}>
          {index > 0 && ', '}
          <EntityLink type={type} slug={item.slug}>
            {item.name}
          </EntityLink>
        </span>
      ))}
    </>
  );
}
