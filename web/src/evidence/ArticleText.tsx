/**
 * An article printed verbatim, with its evidence spans highlighted at their offsets. An image
 * line is shown as its caption; its markup stays in the page, hidden, so offsets stay exact.
 */
import { Fragment, type ReactNode } from 'react';
import { EntityLink } from '../common/EntityLink';
import { formatDay } from '../common/labels';
import type { ArticleTextFragment } from '../gql/graphql';
import { figuresOf, type Figure } from './figures';
import { segmentsOf, type Range, type Segment } from './segments';

/** The id of the first highlight of span `index`, for links from the list of spans. */
export const spanAnchor = (index: number) => `evidence-${index + 1}`;

interface Props {
  article: ArticleTextFragment;
  /** The spans to highlight, all in this article; `data-spans` on each mark names them by index. */
  spans: (Range & { index: number })[];
  focus?: Range[];
  /** The span the reader chose: its marks are drawn as the current one. */
  current?: number;
}

const inside = (range: Range, offset: number) => offset >= range.start && offset < range.end;

export function ArticleText({ article, spans, focus = [], current }: Props) {
  const figures = figuresOf(article.body);
  const cuts = figures.flatMap(({ line, caption }) => [line.start, line.end, caption.start, caption.end]);
  const segments = segmentsOf(article.body, spans, focus, cuts);

  const render = (segment: Segment): ReactNode => {
    if (segment.spans.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
    const indexes = segment.spans.map((local) => spans[local].index);
    const opening = spans.find((span, local) => span.start === segment.start && segment.spans.includes(local));
    const classes = [segment.focus && 'focus', current !== undefined && indexes.includes(current) && 'current'].filter(Boolean).join(' ');
    return (
      <mark key={segment.start} id={opening ? spanAnchor(opening.index) : undefined} tabIndex={opening ? -1 : undefined} className={classes || undefined} data-spans={indexes.join(' ')}>
        {segment.text}
      </mark>
    );
  };

  // Plain text and highlights in order; an image line becomes a figure of its caption.
  const blocks: ReactNode[] = [];
  let figure: { of: Figure; parts: ReactNode[] } | undefined;
  for (const segment of segments) {
    const of = figures.find((candidate) => inside(candidate.line, segment.start));
    if (figure && figure.of !== of) {
      blocks.push(<FigureBlock key={`figure-${figure.of.line.start}`} parts={figure.parts} />);
      figure = undefined;
    }
    if (!of) {
      blocks.push(render(segment));
      continue;
    }
    figure ??= { of, parts: [] };
    figure.parts.push(
      inside(of.caption, segment.start) ? (
        render(segment)
      ) : (
        <span key={segment.start} className="markup" hidden>
          {segment.text}
        </span>
      ),
    );
  }
  if (figure) blocks.push(<FigureBlock key={`figure-${figure.of.line.start}`} parts={figure.parts} />);

  return (
    <article className="article" aria-labelledby={`article-${article.slug}`}>
      <header>
        <h2 id={`article-${article.slug}`}>
          <EntityLink type="Article" slug={article.slug}>
            {article.title}
          </EntityLink>
        </h2>
        <p className="muted">
          By {article.bylines.join(', ')} · {formatDay(article.publishedOn)}
        </p>
      </header>
      <div className="body">{blocks}</div>
    </article>
  );
}

/** An image the article carries, shown by its caption alone: the image itself is not ours to serve. */
function FigureBlock({ parts }: { parts: ReactNode[] }) {
  return (
    // "Image:" is drawn by CSS, so the text of the body stays the article's, offset for offset.
    <span className="figure" role="figure" aria-label="Image caption">
      {parts}
    </span>
  );
}
