/**
 * The evidence view's frame. The claim and whom it is according to stay in view (beside the
 * article on a wide screen, pinned above it on a narrow one), and the article is scrolled to the
 * first highlighted span on arrival. Choosing another span, or a number, scrolls to it and the
 * panel says which one is marked. The rest (details, the list of spans) folds away on a phone.
 */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import type { ArticleTextFragment, SpanFragment } from '../gql/graphql';
import { ArticleText, spanAnchor } from './ArticleText';
import type { Range } from './segments';

interface Props {
  /** What stays in view: the kind, the fact or the name, and its attribution. */
  claim: ReactNode;
  /** Everything else about it, folded away on a narrow screen. */
  details?: ReactNode;
  articles: ArticleTextFragment[];
  spans: SpanFragment[];
  /** Words marked more strongly (a number's), with what to call them. */
  focus?: { ranges: Range[]; label: string };
  /** What the spans are: "Evidence" for facts, "Mentions" for named things. */
  spansTitle: string;
}

/** Scrolls a highlight to the reading position (the stylesheet's scroll-margin keeps it clear of the pinned claim). */
function reveal(mark: Element | null, moveFocus: boolean) {
  if (!(mark instanceof HTMLElement)) return;
  mark.scrollIntoView({ block: 'start' });
  if (moveFocus) mark.focus({ preventScroll: true });
}

/** The first highlight of span `index` (several spans may start at the same word, so not by id). */
const markOf = (index: number) => document.querySelector(`.article mark[data-spans~="${index}"]`);

/** The span read first: the earliest in the first article shown. */
function firstRead(spans: SpanFragment[], articles: ArticleTextFragment[]): number | undefined {
  let first: number | undefined;
  spans.forEach((span, index) => {
    if (span.article.id !== articles[0]?.id) return;
    if (first === undefined || span.start < spans[first].start) first = index;
  });
  return first ?? (spans.length ? 0 : undefined);
}

export function EvidenceLayout({ claim, details, articles, spans, focus, spansTitle }: Props) {
  const indexed = spans.map((span, index) => ({ ...span, index }));
  const [current, setCurrent] = useState<number | undefined>(() => firstRead(spans, articles));
  const wide = useMediaQuery(WIDE);
  const panel = useRef<HTMLElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [panelHeight, setPanelHeight] = useState(0);
  const focusKey = focus ? JSON.stringify(focus.ranges) : '';

  // The pinned claim's height, so a highlight scrolled to lands below it rather than under it.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPanelHeight(element.getBoundingClientRect().height));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // On arrival (once the pinned claim is measured) and when a number is chosen: the number's
  // words, else the span read first. A span chosen later scrolls itself (in `choose`). Only a
  // reader's choice moves the keyboard focus.
  const measured = panelHeight > 0;
  const arrived = useRef(false);
  useEffect(() => {
    const root = frame.current;
    if (!root || !measured) return;
    const target = focusKey ? root.querySelector('.article mark.focus') : current === undefined ? null : markOf(current);
    reveal(target, arrived.current);
    arrived.current = true;
  }, [focusKey, measured]);

  const choose = (index: number) => {
    setCurrent(index);
    reveal(markOf(index), true);
  };

  const spanList = (
    <section aria-labelledby="spans-heading">
      <h2 id="spans-heading">
        {spansTitle} ({spans.length})
      </h2>
      <ol className="spans">
        {indexed.map((span) => (
          <li key={span.index}>
            <a
              href={`#${spanAnchor(span.index)}`}
              aria-current={span.index === current ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                choose(span.index);
              }}
            >
              “{span.exact}”
            </a>{' '}
            <span className="muted">
              characters {span.start}–{span.end}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );

  return (
    <div className="evidence" ref={frame} style={{ '--claim-height': `${Math.ceil(panelHeight)}px` } as CSSProperties}>
      <aside className="claim-panel" ref={panel} aria-label="The claim and its evidence">
        {claim}
        {spans.length > 0 && <SpanStepper spans={spans} current={current} focusLabel={focus?.label} onChoose={choose} />}
        {/* Keyed by width: crossing the breakpoint opens or folds the details again. */}
        <details className="more" open={wide} key={String(wide)}>
          <summary>Details and the list of {spansTitle.toLowerCase()}</summary>
          {details}
          {spanList}
        </details>
      </aside>
      <div className="articles">
        {articles.map((article) => (
          <ArticleText
            key={article.id}
            article={article}
            spans={indexed.filter((span) => span.article.id === article.id)}
            focus={focus?.ranges}
            current={current}
          />
        ))}
      </div>
    </div>
  );
}

/** Which span is marked, in words, and the buttons to step through them. */
function SpanStepper({ spans, current, focusLabel, onChoose }: { spans: SpanFragment[]; current?: number; focusLabel?: string; onChoose: (index: number) => void }) {
  const at = current ?? 0;
  return (
    <div className="stepper">
      <p role="status" className="marked">
        {focusLabel ? (
          <>The words {focusLabel} are marked more strongly. </>
        ) : null}
        Span {at + 1} of {spans.length} marked: <q>{spans[at].exact}</q>
      </p>
      {spans.length > 1 && (
        <div className="stepper-buttons">
          <button type="button" className="secondary" disabled={at === 0} onClick={() => onChoose(at - 1)}>
            Previous span
          </button>
          <button type="button" className="secondary" disabled={at === spans.length - 1} onClick={() => onChoose(at + 1)}>
            Next span
          </button>
        </div>
      )}
    </div>
  );
}
