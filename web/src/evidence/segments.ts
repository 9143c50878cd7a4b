/**
 * Cuts an article body at every evidence boundary, so each piece is either plain text or
 * highlighted and knows which spans cover it. Spans may overlap; offsets are UTF-16 code units,
 * exactly what `String.prototype.slice` takes.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  text: string;
  /** Indexes of the spans that cover this piece. */
  spans: number[];
  /** Inside one of the `focus` ranges (the words of a number, for instance). */
  focus: boolean;
}

/** `cuts` are further offsets to cut at (where a caption's markup starts and ends, say). */
export function segmentsOf(body: string, spans: Range[], focus: Range[] = [], cuts: number[] = []): Segment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), body.length);
  const boundaries = new Set([0, body.length, ...cuts.map(clamp)]);
  for (const { start, end } of [...spans, ...focus]) {
    boundaries.add(clamp(start));
    boundaries.add(clamp(end));
  }
  const sorted = [...boundaries].sort((a, b) => a - b);
  const covers = (range: Range, start: number, end: number) => range.start <= start && range.end >= end;
  return sorted.slice(0, -1).map((start, index) => {
    const end = sorted[index + 1];
    return {
      start,
      text: body.slice(start, end),
      spans: spans.flatMap((span, spanIndex) => (covers(span, start, end) ? [spanIndex] : [])),
      focus: focus.some((range) => covers(range, start, end)),
    };
  });
}
