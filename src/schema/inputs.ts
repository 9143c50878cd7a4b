/**
 * Shared pieces of the list arguments: order direction, date windows, and decoding of the global
 * ids, dates and text that filters take, with BAD_USER_INPUT errors that name the argument.
 */
import type { DateWindow } from '../data/dates.js';
import type { EntityTypename } from '../data/model.js';
import { builder } from '../builder.js';
import { decodeId } from '../global-id.js';
import { MAX_LIST_ARGUMENT_LENGTH, MAX_STRING_ARGUMENT_LENGTH } from '../security/limits.js';
import { badUserInput } from '../security/rejection.js';
import { isoDay } from './scalars.js';

type InputFields = PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>;

/** The bound on id lists, in the words of their descriptions. */
export const AT_MOST_IDS = `at most ${MAX_LIST_ARGUMENT_LENGTH} ids`;

/** The bound on text arguments, in the words of their descriptions. */
export const AT_MOST_CHARACTERS = `at most ${MAX_STRING_ARGUMENT_LENGTH} characters`;

/** A filter's `text` field: what it is matched in, and its bound. */
export function textFilter(t: InputFields, where: string) {
  return t.string({ description: `Case- and accent-insensitive text in ${where} (${AT_MOST_CHARACTERS}).` });
}

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'The direction of an ordering.',
  values: {
    ASC: { description: 'Ascending: A→Z, oldest first, smallest first.' },
    DESC: { description: 'Descending: Z→A, newest first, largest first.' },
  },
});

export const DateMatchEnum = builder.enumType('DateMatch', {
  description: 'How a fuzzy date is matched against a `from`/`to` window.',
  values: {
    OVERLAPS: {
      description:
        'Some day the date can mean lies in the window: an event dated "2024" matches August 2024, and an ongoing war overlaps every later window.',
    },
    WITHIN: {
      description:
        'Every day the date can mean lies in the window; a date open on one side lies within a window only when the window is open on that side too.',
    },
  },
});

/**
 * Decodes a list of global ids to slugs, checking each is an id of `typename` (any entity type
 * when null). Its length was checked before execution (MAX_LIST_ARGUMENT_LENGTH).
 */
export function slugsFrom(
  argument: string,
  ids: readonly string[] | null | undefined,
  typename: EntityTypename | null,
): string[] | undefined {
  if (!ids) return undefined;
  return ids.map((id, index) => {
    const decoded = decodeId(id);
    if (!decoded.typename || (typename && decoded.typename !== typename)) {
      throw badUserInput(
        `\`${argument}[${index}]\` is not ${typename ? `the global id of ${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}` : 'a global id of this API'}.`,
        argument,
      );
    }
    return typename ? decoded.id : `${decoded.typename}:${decoded.id}`;
  });
}

/** A free-text filter, trimmed; undefined when blank. Its length was checked before execution (MAX_STRING_ARGUMENT_LENGTH). */
export function textFrom(text: string | null | undefined): string | undefined {
  return text?.trim() || undefined;
}

/** A date window from `from`/`to` arguments (named with `prefix`), or undefined when neither is given. */
export function windowFrom(
  prefix: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
  match: DateWindow['match'] | null | undefined,
): DateWindow | undefined {
  if (!from && !to) return undefined;
  const window = { from: from ? isoDay(from) : null, to: to ? isoDay(to) : null, match: match ?? 'OVERLAPS' };
  if (window.from && window.to && window.from > window.to) {
    throw badUserInput(`\`${prefix}from\` (${window.from}) is after \`${prefix}to\` (${window.to}).`, `${prefix}from`);
  }
  return window;
}
