/** Value types shared by the entity types: fuzzy dates, quantities and evidence spans (`TextSpan.article` is in article.ts). */
import type { FuzzyDate, Quantity, TextSpan } from '../data/model.js';
import { DATE_PRECISIONS, QUANTITY_QUALIFIERS } from '../data/records.js';
import { builder } from '../builder.js';

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely a fuzzy date is known.',
  values: {
    DAY: { description: 'Known to the day ("January 25").' },
    MONTH: { description: 'Known to the month ("last August").' },
    YEAR: { description: 'Known to the year ("last year").' },
    UNKNOWN: { description: 'Neither bound is known; only the source phrase describes it (an ongoing war of unstated start).' },
  } satisfies Record<(typeof DATE_PRECISIONS)[number], { description: string }>,
});

export const QuantityQualifierEnum = builder.enumType('QuantityQualifier', {
  description: 'The hedge the source puts on a number.',
  values: {
    EXACT: { description: 'Exactly this number ("two officers").' },
    APPROXIMATE: { description: 'About this number ("about 600").' },
    AT_LEAST: { description: 'This number or more ("a minimum range of 5,500km").' },
    MORE_THAN: { description: 'Strictly more than this number ("more than 10,000").' },
    AT_MOST: { description: 'This number or fewer ("up to 50").' },
    LESS_THAN: { description: 'Strictly fewer than this number ("under 50").' },
    INDEFINITE: { description: 'No number is given ("thousands", "volleys"); value is null.' },
  } satisfies Record<(typeof QUANTITY_QUALIFIERS)[number], { description: string }>,
});

export const FuzzyDateType = builder.objectRef<FuzzyDate>('FuzzyDate').implement({
  description:
    'A date as precisely as the source gives it, resolved against the publication date: the first and last day it can mean, its precision, the source phrase and its EDTF form.',
  fields: (t) => ({
    start: t.expose('start', {
      type: 'Date',
      nullable: true,
      description: 'The first day it can mean; null when open on that side (for example "before 2022").',
    }),
    end: t.expose('end', {
      type: 'Date',
      nullable: true,
      description: 'The last day it can mean; null when open on that side (for example an ongoing war).',
    }),
    precision: t.expose('precision', { type: DatePrecisionEnum, description: 'How precisely the date is known.' }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'The phrase in the source the date comes from ("last August"), when there is one.',
    }),
    edtf: t.exposeString('edtf', {
      description: 'The date in ISO 8601-2 / EDTF form: 2025-01-25, 2024-08, 2024, 2024-08/2025-03, ../2025-07-24.',
    }),
  }),
});

export const QuantityType = builder.objectRef<Quantity>('Quantity').implement({
  description: 'A number the source states, with its hedge and its exact words.',
  fields: (t) => ({
    measure: t.exposeString('measure', { description: 'What is counted or measured: "soldiers sent", "range".' }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The number given; null when the source gives none ("thousands").',
    }),
    low: t.exposeFloat('low', { nullable: true, description: 'Lower bound the wording implies, if any.' }),
    high: t.exposeFloat('high', { nullable: true, description: 'Upper bound the wording implies, if any.' }),
    qualifier: t.expose('qualifier', { type: QuantityQualifierEnum, description: 'The hedge on the number.' }),
    unit: t.exposeString('unit', { description: 'The unit of the number: "soldiers", "km".' }),
    text: t.exposeString('text', { description: 'The words in the source: "more than 10,000 soldiers".' }),
  }),
});

export const TextSpanType = builder.objectRef<TextSpan>('TextSpan').implement({
  description:
    'A span of an article body that supports a fact. With `prefix` and `suffix`, `exact` forms a W3C Web Annotation TextQuoteSelector that re-finds the span in another copy of the text.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'UTF-16 code unit offset of the first character in `Article.body`.' }),
    end: t.exposeInt('end', { description: 'UTF-16 code unit offset just past the last character in `Article.body`.' }),
    exact: t.exposeString('exact', { description: 'The quoted words: always `body.slice(start, end)`.' }),
    prefix: t.exposeString('prefix', { description: 'Up to 32 characters of the body before the span.' }),
    suffix: t.exposeString('suffix', { description: 'Up to 32 characters of the body after the span.' }),
  }),
});
