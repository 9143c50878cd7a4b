/**
 * The typed TypeScript client in clients/typescript/: the generated documents and the quote-card
 * view run against the real API and come back in the shapes their types promise.
 */
import { describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError } from '../clients/typescript/client.js';
import { EvidenceFor10000TroopsDocument, SearchMissilesDocument } from '../clients/typescript/generated/graphql.js';
import { loadQuoteCard } from '../clients/typescript/quote-card.js';
import { dataset, server } from './helpers.js';

const execute = createClient({
  endpoint: 'http://localhost/graphql',
  fetch: async (input, init) => server.fetch(new Request(input, init)),
});

describe('the TypeScript client', () => {
  it('loads a quote card with exactly what the view shows', async () => {
    const card = await loadQuoteCard(execute, 'nuclear-counteraction-posture-indefinitely');
    expect(card).toMatchObject({ verbatim: true, speaker: 'Kim Jong Un', when: 'in January' });
    expect(card?.attribution).toContain('Korean Central News Agency');
    const body = dataset.articles[0].body;
    expect(body.slice(card!.source.start, card!.source.end)).toBe(card!.source.exact);
  });

  it('gives null for a statement that does not exist', async () => {
    expect(await loadQuoteCard(execute, 'no-such-statement')).toBeNull();
  });

  it('runs a generated example document with its default variables', async () => {
    const { event } = await execute(EvidenceFor10000TroopsDocument);
    expect(event?.quantities).toContainEqual(expect.objectContaining({ value: 10000, qualifier: 'MORE_THAN' }));
  });

  it('throws the API\'s errors, with their codes, as a GraphQLRequestError', async () => {
    const failure = await execute(SearchMissilesDocument, { query: '' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
