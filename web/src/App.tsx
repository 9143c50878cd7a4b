/** The shell: skip link, header and navigation, and one route per view under /app. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from './common/ErrorBoundary';
import { ShareButton } from './common/ShareButton';
import { Loading, NotFound } from './common/Status';
import EvidenceView from './evidence/EvidenceView';
import SearchView from './search/SearchView';
import TimelineView from './timeline/TimelineView';

// Heavy or less visited views load as chunks of their own: Cytoscape for the network, the
// country shapes and projection for the map, the table and the connections.
const NetworkView = lazy(() => import('./network/NetworkView'));
const ConnectionsView = lazy(() => import('./connections/ConnectionsView'));
const TableView = lazy(() => import('./table/TableView'));
const MapView = lazy(() => import('./map/MapView'));

const VIEWS = [
  ['/timeline', 'Timeline'],
  ['/table', 'Table'],
  ['/network', 'Network'],
  ['/connections', 'Connections'],
  ['/map', 'Map'],
  ['/search', 'Search'],
] as const;

export function App() {
  return (
    <BrowserRouter basename="/app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="brand">escalation-graph</p>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ShareButton />
      </header>
      <Main />
    </BrowserRouter>
  );
}

function Main() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  // After a navigation, keyboard and screen-reader users start from the new view, not the link.
  // A new page starts at its top (a view may scroll itself further, as evidence pages do).
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else {
      window.scrollTo(0, 0);
      main.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <main id="main" ref={main} tabIndex={-1}>
      {/* Keyed by path: moving to another view clears an error caught in the previous one. */}
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<Loading what="the view" />}>
          <Routes>
            <Route index element={<Navigate to="/timeline" replace />} />
            <Route path="timeline" element={<TimelineView />} />
            <Route path="table" element={<TableView />} />
            <Route path="network" element={<NetworkView />} />
            <Route path="connections" element={<ConnectionsView />} />
            <Route path="map" element={<MapView />} />
            <Route path="evidence/:kind/:slug" element={<EvidenceView />} />
            <Route path="search" element={<SearchView />} />
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}

function PageNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <NotFound what="the web client has no page at this address" />
    </>
  );
}
