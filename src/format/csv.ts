// CSV as RFC 4180 describes it, for the data downloads: one header line, one line per record.

/** A cell value: text, number, true/false, or empty. */
export type Cell = string | number | boolean | null | undefined;

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes rows as CSV with the given columns in order, lines ending in CRLF. Starts with a UTF-8 byte
 * order mark, so spreadsheet programs read non-Latin text (Arabic names) correctly.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by toCsv (or any RFC 4180 CSV) back into rows of text keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\ufeff/, '');
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field), records.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length) row.push(field), records.push(row);
  const [header, ...body] = records;
  return body.map((r, n) => {
    if (r.length !== header.length) throw new Error(`CSV line ${n + 2} has ${r.length} fields; the header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}
