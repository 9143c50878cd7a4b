/**
 * The data of a quote card: one statement as a front end shows it (the words, who said them, the
 * attribution chain and where the article says so), fetching exactly those fields.
 */
import type { Execute } from './client.js';
import { graphql } from './generated/gql.js';

const QuoteCardQuery = graphql(/* GraphQL */ `
  query QuoteCard($slug: String!) {
    statement(slug: $slug) {
      text
      kind
      speaker {
        name
      }
      attribution
      saidOn {
        text
      }
      evidence {
        exact
        start
        end
      }
    }
  }
`);

/** What the card renders. */
export interface QuoteCard {
  quote: string;
  verbatim: boolean;
  speaker: string;
  attribution: string;
  when: string | null;
  /** The first span of the article that reports it, as offsets into the article body. */
  source: { exact: string; start: number; end: number };
}

/** Loads the card for the statement with `slug`; null when there is no such statement. */
export async function loadQuoteCard(execute: Execute, slug: string): Promise<QuoteCard | null> {
  const { statement } = await execute(QuoteCardQuery, { slug });
  if (!statement) return null;
  return {
    quote: statement.text,
    verbatim: statement.kind === 'DIRECT_QUOTE',
    speaker: statement.speaker.name,
    attribution: statement.attribution,
    when: statement.saidOn?.text ?? null,
    source: statement.evidence[0],
  };
}
