/**
 * Resolves quote selectors (exact words, optional prefix/suffix) to UTF-16 offsets in an
 * article body, refusing selectors that match nowhere or more than once.
 */
import type { TextSpan } from './model.js';

/** How many characters of context a resolved span carries on each side. */
export const CONTEXT_CHARS = 32;

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type Resolution = { ok: true; start: number; end: number } | { ok: false; reason: string };

/** Every offset at which `exact` starts in `body`, overlapping matches included. */
function occurrences(body: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(exact); at !== -1; at = body.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Finds the single place in `body` that the selector names. */
export function resolveSelector(body: string, selector: QuoteSelector): Resolution {
  const { exact, prefix, suffix } = selector;
  const all = occurrences(body, exact);
  if (all.length === 0) return { ok: false, reason: `quote not found in the article body: "${exact}"` };
  const matching = all.filter(
    (start) =>
      (prefix === undefined || body.slice(0, start).endsWith(prefix)) &&
      (suffix === undefined || body.slice(start + exact.length).startsWith(suffix)),
  );
  if (matching.length === 0) {
    return { ok: false, reason: `quote "${exact}" occurs ${all.length} time(s) but never with the given prefix/suffix` };
  }
  if (matching.length > 1) {
    return {
      ok: false,
      reason: `quote "${exact}" is ambiguous: it occurs ${matching.length} times; add a prefix or suffix`,
    };
  }
  return { ok: true, start: matching[0], end: matching[0] + exact.length };
}

/** The span at `start..end` of `body`, with its W3C TextQuoteSelector context. */
export function spanAt(articleSlug: string, body: string, start: number, end: number): TextSpan {
  return {
    articleSlug,
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * The shortest selector that names exactly the span `start..end` of `body`: the quote alone
 * when it is unique, otherwise with as much prefix and suffix as it takes.
 */
export function selectorFor(body: string, start: number, end: number): QuoteSelector {
  const exact = body.slice(start, end);
  for (let context = 0; context <= body.length; context += 8) {
    const selector: QuoteSelector = { exact };
    if (context > 0) {
      const prefix = body.slice(Math.max(0, start - context), start);
      const suffix = body.slice(end, end + context);
      if (prefix) selector.prefix = prefix;
      if (suffix) selector.suffix = suffix;
    }
    const resolved = resolveSelector(body, selector);
    if (resolved.ok && resolved.start === start) return selector;
  }
  return { exact, prefix: body.slice(0, start), suffix: body.slice(end) };
}
