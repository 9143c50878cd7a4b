/** An article printed verbatim, with its evidence spans highlighted at their offsets. */
import { Fragment } from 'react';
import { formatDay } from '../common/labels';
import type { ArticleTextFragment } from '../gql/graphql';
import { segmentsOf, type Range } from './segments';

/** The id of the first highlight of span `index`, for links from the list of spans. */
export const spanAnchor = (index: number) => `evidence-${index + 1}`;

interface Props {
  article: ArticleTextFragment;
  /** The spans to highlight, all in this article; `data-spans` on each mark names them by index. */
  spans: (Range & { index: number })[];
  focus?: Range[];
}

export function ArticleText({ article, spans, focus = [] }: Props) {
  const segments = segmentsOf(article.body, spans, focus);
  return (
    <article className="article" aria-labelledby={`article-${article.slug}`}>
      <header>
        <h2 id={`article-${article.slug}`}>{article.title}</h2>
        <p className="muted">
          By {article.bylines.join(', ')} · {formatDay(article.publishedOn)}
        </p>
      </header>
      <div className="body">
        {segments.map((segment) => {
          if (segment.spans.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
          const indexes = segment.spans.map((local) => spans[local].index);
          const opening = spans.find((span, local) => span.start === segment.start && segment.spans.includes(local));
          return (
            <mark
              key={segment.start}
              id={opening ? spanAnchor(opening.index) : undefined}
              tabIndex={opening ? -1 : undefined}
              className={segment.focus ? 'focus' : undefined}
              data-spans={indexes.join(' ')}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
