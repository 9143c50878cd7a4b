/** Shared scalars, taken from graphql-scalars rather than written by hand. */
import { DateResolver, URLResolver } from 'graphql-scalars';
import { builder } from '../builder.js';

builder.addScalarType('Date', DateResolver, {
  description: 'An ISO 8601 calendar date, `YYYY-MM-DD` (no time, no zone): RFC 3339 `full-date`.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
});

builder.addScalarType('URL', URLResolver, {
  description: 'An absolute URL, as defined by the WHATWG URL standard.',
  specifiedByURL: 'https://url.spec.whatwg.org/',
});

/** A Date scalar input as the `YYYY-MM-DD` string the data layer compares. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
