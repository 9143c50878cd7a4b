/**
 * Streams rows as CSV (RFC 4180), JSON Lines or a GeoJSON FeatureCollection (RFC 7946), a batch
 * of rows per read, so that a large table is never held in memory as one text.
 */

/** A cell: text, a number, a list (joined with `;` in CSV), or nothing. */
export type Cell = string | number | null | readonly (string | null)[];
export type Row = Record<string, Cell>;

/** Rows encoded per chunk: big enough to amortise the stream's overhead, small enough to stream. */
const BATCH = 256;

/** A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = Array.isArray(cell) ? cell.map((item) => item ?? '').join(';') : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface Format {
  contentType: string;
  /** The text before the first row, given the column names. */
  head(columns: readonly string[]): string;
  /** One row's text; `first` is true for the first row. */
  row(row: Row, columns: readonly string[], first: boolean): string;
  /** The text after the last row. */
  tail: string;
}

export const CSV: Format = {
  contentType: 'text/csv; charset=utf-8; header=present',
  head: (columns) => `${columns.join(',')}\r\n`,
  row: (row, columns) => `${columns.map((column) => csvField(row[column])).join(',')}\r\n`,
  tail: '',
};

export const JSONL: Format = {
  contentType: 'application/jsonl; charset=utf-8',
  head: () => '',
  row: (row) => `${JSON.stringify(row)}\n`,
  tail: '',
};

/**
 * GeoJSON: each row a Feature whose geometry is a Point at its `longitude`/`latitude` columns
 * ([longitude, latitude], as RFC 7946 orders them), or null where the row has none.
 */
export const GEOJSON: Format = {
  contentType: 'application/geo+json; charset=utf-8',
  head: () => '{"type":"FeatureCollection","features":[\n',
  row: (row, _columns, first) => {
    const { latitude, longitude } = row;
    const geometry = typeof latitude === 'number' && typeof longitude === 'number' ? { type: 'Point', coordinates: [longitude, latitude] } : null;
    return `${first ? '' : ',\n'}${JSON.stringify({ type: 'Feature', id: row.id, geometry, properties: row })}`;
  },
  tail: '\n]}\n',
};

/** A byte stream of `items` encoded in `format`, produced a batch at a time as it is read. */
export function encodeStream<T>(
  items: readonly T[],
  rowOf: (item: T) => Row,
  columns: readonly string[],
  format: Format,
  Stream: typeof ReadableStream,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = -1; // -1: the head is still to come
  return new Stream<Uint8Array>({
    pull(controller) {
      if (next === -1) {
        controller.enqueue(encoder.encode(format.head(columns)));
        next = 0;
        return;
      }
      if (next >= items.length) {
        if (format.tail) controller.enqueue(encoder.encode(format.tail));
        controller.close();
        return;
      }
      let text = '';
      const end = Math.min(items.length, next + BATCH);
      for (; next < end; next++) text += format.row(rowOf(items[next]), columns, next === 0);
      controller.enqueue(encoder.encode(text));
    },
  });
}
