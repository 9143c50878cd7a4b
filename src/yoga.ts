/**
 * Wires the dataset and the schema into a GraphQL Yoga server. Tests call it through
 * `yoga.fetch`; `main.ts` puts it on a port.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { createContext, type Context } from './context.js';
import type { Dataset } from './data/dataset.js';
import { schema } from './schema/index.js';

export interface ServerOptions {
  dataset: Dataset;
  /** Serve the GraphiQL explorer on GET /graphql (default true). */
  explorer?: boolean;
}

/** The query the explorer opens with: a first look at who said what, with evidence. */
export const EXPLORER_DEFAULT_QUERY = `# Welcome to escalation-graph. Press the run button (or Ctrl-Enter).
# Who said what, relayed by whom, in the article's exact words:
query WhoSaidWhat {
  statements(first: 5) {
    totalCount
    edges {
      node {
        text
        kind
        speaker { name role }
        reportedBy { name }
        saidOn { text edtf }
        evidence { exact start end }
      }
    }
  }
}
`;

/** A small inline favicon, so the explorer page needs nothing from another origin. */
const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#7a1f1f"/><path d="M3 12 L8 3 L13 12 Z" fill="#fff"/></svg>',
  );

/** Creates the Yoga server over a loaded dataset. */
export function createServer({ dataset, explorer = true }: ServerOptions) {
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => createContext(dataset),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: true,
    graphiql: explorer && {
      title: 'escalation-graph explorer',
      defaultQuery: EXPLORER_DEFAULT_QUERY,
      favicon: FAVICON,
    },
    renderGraphiQL,
  });
}

export type Server = ReturnType<typeof createServer>;
