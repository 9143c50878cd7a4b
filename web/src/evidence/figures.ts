/**
 * The image lines of an article body (`![caption](/path/image.webp)`): the client shows the
 * caption as a caption and hides the markup around it, without touching the offsets, since
 * evidence spans may point into the caption's words.
 */
import type { Range } from './segments';

export interface Figure {
  /** The whole line, markup included. */
  line: Range;
  /** The caption's words, between `![` and `](`. */
  caption: Range;
}

const IMAGE_LINE = /^!\[(.*)\]\(([^()\s]*)\)[ \t]*$/gm;

export function figuresOf(body: string): Figure[] {
  return [...body.matchAll(IMAGE_LINE)].map((match) => {
    const start = match.index;
    const captionStart = start + 2;
    return {
      line: { start, end: start + match[0].length },
      caption: { start: captionStart, end: captionStart + match[1].length },
    };
  });
}
