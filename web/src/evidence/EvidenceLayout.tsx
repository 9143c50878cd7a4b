/**
 * The evidence view's frame: the fact and where it comes from on one side; on the other each
 * article that reports it, printed whole, its evidence highlighted, with the list of spans between.
 */
import type { ReactNode } from 'react';
import type { ArticleTextFragment, SpanFragment } from '../gql/graphql';
import { ArticleText, spanAnchor } from './ArticleText';
import type { Range } from './segments';

interface Props {
  fact: ReactNode;
  articles: ArticleTextFragment[];
  spans: SpanFragment[];
  focus?: Range[];
  /** What the spans are: "evidence" for facts, "mentions" for named things. */
  spansTitle: string;
}

export function EvidenceLayout({ fact, articles, spans, focus, spansTitle }: Props) {
  const indexed = spans.map((span, index) => ({ ...span, index }));
  return (
    <div className="evidence">
      <div>
        {fact}
        <section aria-labelledby="spans-heading">
          <h2 id="spans-heading">
            {spansTitle} ({spans.length})
          </h2>
          <ol className="spans">
            {indexed.map((span) => (
              <li key={span.index}>
                <a href={`#${spanAnchor(span.index)}`}>“{span.exact}”</a>{' '}
                <span className="muted">
                  characters {span.start}–{span.end}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div>
        {articles.map((article) => (
          <ArticleText key={article.id} article={article} spans={indexed.filter((span) => span.article.id === article.id)} focus={focus} />
        ))}
      </div>
    </div>
  );
}
