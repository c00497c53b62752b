// CSV as RFC 4180 describes it, for the data downloads: one header line, one line per record. Quoting
// and parsing are d3-dsv's; this module adds what spreadsheets need around it (a byte order mark and
// CRLF line ends) and the checks a reader of our own files relies on.
import { csvFormatRow, csvParseRows } from 'd3-dsv';

/** A cell value: text, number, true/false, or empty. */
export type Cell = string | number | boolean | null | undefined;

const BOM = '\ufeff';

/** A cell as text: a missing value is an empty cell. */
const text = (v: Cell) => (v === null || v === undefined ? '' : String(v));

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes (d3-dsv's rule is RFC 4180's). */
export function csvField(v: Cell): string {
  return csvFormatRow([text(v)]);
}

/**
 * Writes rows as CSV with the given columns in order, lines ending in CRLF. Starts with a UTF-8 byte
 * order mark, so spreadsheet programs read non-Latin text (Arabic names) correctly.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  // Row by row rather than csvFormatRows, which ends lines with LF only: Excel wants CRLF.
  const line = (cells: Cell[]) => csvFormatRow(cells.map(text));
  const lines = [line([...columns]), ...rows.map((r) => line(columns.map((c) => r[c])))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by toCsv (or any RFC 4180 CSV) back into rows of text keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  // In RFC 4180 quotes come in pairs (opening and closing, or a doubled quote inside a field); d3-dsv
  // reads an unpaired one leniently, to the end of the file, so it is rejected here instead.
  if ((src.split('"').length - 1) % 2 === 1) throw new Error('CSV ends inside a quoted field');
  const [header, ...body] = csvParseRows(src);
  if (!header) return [];
  return body.map((r, n) => {
    if (r.length !== header.length)
      throw new Error(`CSV line ${n + 2} has ${r.length} fields; the header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}
