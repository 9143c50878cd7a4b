/** Text folding shared by filters and search: case-, accent- and quote-style-insensitive. */

/** Folds text for matching: NFD, diacritics stripped, lower case, curly quotes made straight. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
