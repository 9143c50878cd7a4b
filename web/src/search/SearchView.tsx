/** Search: the API's ranked results with their snippets; the words and type live in the URL. */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { humanize } from '../common/labels';
import { entityPath } from '../common/links';
import { ErrorNotice, Loading } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { SearchDocument, type SearchQuery, type SearchType } from '../gql/graphql';
import { parseSnippet } from './snippet';

const TYPES: SearchType[] = ['STATEMENT', 'EVENT', 'ACTOR', 'WEAPON_SYSTEM', 'PLACE', 'ARTICLE'];

type Result = SearchQuery['search']['edges'][number]['node'];

/** Where a result opens, and the line that names it. */
function describe(node: Result): { to: string; title: string; kind: string } {
  switch (node.__typename) {
    case 'Actor':
      return { to: entityPath('Actor', node.slug), title: node.name, kind: `Actor · ${humanize(node.actorKind)}` };
    case 'Article':
      return { to: entityPath('Article', node.slug), title: node.title, kind: 'Article' };
    case 'Event':
      return { to: entityPath('Event', node.slug), title: node.title, kind: `Event · ${humanize(node.type)}` };
    case 'Statement':
      return { to: entityPath('Statement', node.slug), title: `${node.speaker.name}, ${humanize(node.statementKind).toLowerCase()}`, kind: 'Statement' };
    case 'WeaponSystem':
      return { to: entityPath('WeaponSystem', node.slug), title: node.name, kind: `Weapon system · ${humanize(node.category)}` };
    case 'Place':
      return { to: entityPath('Place', node.slug), title: node.name, kind: `Place · ${humanize(node.placeKind)}` };
  }
}

function Snippet({ html }: { html: string }) {
  return (
    <p className="snippet">
      {parseSnippet(html).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}

export default function SearchView() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const [draft, setDraft] = useState(query);
  // Back and forward change the URL under the field: show the words being searched.
  useEffect(() => setDraft(query), [query]);
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  const { data, error, loading } = useQuery(SearchDocument, { query, types: type ? [type as SearchType] : null }, { skip: !query });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.trim()) next.set('q', draft.trim());
    const chosen = new FormData(event.currentTarget).get('type');
    if (typeof chosen === 'string' && chosen) next.set('type', chosen);
    setParams(next);
  };

  return (
    <>
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor="search-query">Words to look for</label>
          <input id="search-query" type="search" value={draft} maxLength={256} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="search-type">In</label>
          <select id="search-type" name="type" defaultValue={type} key={type}>
            <option value="">Everything</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {humanize(value)}s
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {!query ? (
        <p className="hint">Search statements, events, actors, weapon systems, places and the articles' text; prefixes and typos are fine.</p>
      ) : error ? (
        <ErrorNotice error={error} what="the search results" />
      ) : loading || !data ? (
        <Loading what="the search results" />
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {data.search.totalCount === 0
              ? `Nothing found for “${query}”`
              : `${data.search.totalCount} ${data.search.totalCount === 1 ? 'result' : 'results'} for “${query}”, best first`}
          </h2>
          <ol className="results">
            {data.search.edges.map((edge) => {
              const { to, title, kind } = describe(edge.node);
              return (
                <li key={edge.cursor}>
                  <p className="eyebrow">{kind}</p>
                  <Link to={to} className="result-title">
                    {title}
                  </Link>
                  <Snippet html={edge.snippet} />
                  <p className="muted score">Relevance {edge.score.toFixed(2)}</p>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
