/** An article on its own, verbatim: what a search result for an article opens. */
import { useQuery } from '../api/useQuery';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ArticleEvidenceDocument } from '../gql/graphql';
import { ArticleText } from './ArticleText';

export function ArticleEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(ArticleEvidenceDocument, { slug });
  useDocumentTitle('Article');
  if (error) return <ErrorNotice error={error} what="the article" />;
  if (loading || !data) return <Loading what="the article" />;
  if (!data.article) return <NotFound what={`no article has the slug “${slug}”`} />;
  return (
    <>
      <h1 className="eyebrow">Article</h1>
      <ArticleText article={data.article} spans={[]} />
    </>
  );
}
