/** Text folding shared by filters and search: case-, accent- and quote-style-insensitive. */

/** Printable ASCII only: nothing to strip or straighten, so folding is just lower-casing. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Folds text for matching: NFD, diacritics stripped, lower case, curly quotes made straight. */
export function fold(text: string): string {
  // The fast path matters when the search index folds every word of every article at load.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
