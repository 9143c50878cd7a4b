/**
 * Custom scalars say what they are: `Date` and `URL` carry `@specifiedBy` (so codegen, gql.tada and
 * Relay users know what to map them to), and both codegen configurations map them to strings.
 */
import { describe, expect, it } from 'vitest';
import codegen from '../codegen.js';
import webCodegen from '../web/codegen.js';
import { request } from './helpers.js';

const SPECIFICATIONS = {
  Date: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  URL: 'https://url.spec.whatwg.org/',
};

describe('custom scalars', () => {
  it('are specified by RFC 3339 full-date and the WHATWG URL standard, as introspection tells', async () => {
    const result = await request('{ date: __type(name: "Date") { specifiedByURL } url: __type(name: "URL") { specifiedByURL } }');
    expect(result.data).toEqual({ date: { specifiedByURL: SPECIFICATIONS.Date }, url: { specifiedByURL: SPECIFICATIONS.URL } });
  });

  it('are typed as strings by both codegen configurations', () => {
    for (const config of [codegen, webCodegen]) {
      for (const output of Object.values(config.generates)) {
        const scalars = (output as { config?: { scalars?: Record<string, string> } }).config?.scalars;
        expect(scalars).toMatchObject({ Date: 'string', URL: 'string' });
      }
    }
  });
});
