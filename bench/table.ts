// The printed table, like issue 18's: one row per page (the site's, then the fixture and the peers),
// with the transfer, the after-scroll transfer beside Starlight's, the Lighthouse scores, TBT, LCP, CLS
// and the element count. Pure: tested in tests/unit/bench/table.test.ts.

/** One row as measured; null where the number was not measured (skipped, or the run failed). */
export interface Row {
  page: string;
  transferBytes: number | null;
  scrollBytes: number | null;
  perf: number | null;
  a11y: number | null;
  bp: number | null;
  seo: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  cls: number | null;
  elements: number | null;
  /** "ok", "MISSED", "not judged"… */
  verdict: string;
}

/** KB of 1,024 bytes, one decimal, as the table writes them. */
export const kb = (n: number | null) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);
const int = (n: number | null) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const ms = (n: number | null) => (n == null ? '–' : `${Math.round(n).toLocaleString('en-US')} ms`);

/** "67.3 KB (0.98×)": bytes, and their ratio to the reference when there is one. */
export function withRatio(bytes: number | null, ref: number | null): string {
  if (bytes == null) return '–';
  return ref ? `${kb(bytes)} (${(bytes / ref).toFixed(2)}×)` : kb(bytes);
}

const HEAD = [
  'page',
  'transfer',
  'after scroll (× Starlight)',
  'perf',
  'a11y',
  'bp',
  'seo',
  'TBT',
  'LCP',
  'CLS',
  'elements',
  'verdict',
];

/** The table as text: a header, a rule, and the rows, columns padded (numbers to the right). */
export function formatTable(rows: Row[], starlightScrollBytes: number | null): string {
  const cells = rows.map((r) => [
    r.page,
    kb(r.transferBytes),
    withRatio(r.scrollBytes, starlightScrollBytes),
    int(r.perf),
    int(r.a11y),
    int(r.bp),
    int(r.seo),
    ms(r.tbtMs),
    ms(r.lcpMs),
    r.cls == null ? '–' : r.cls.toFixed(3),
    int(r.elements),
    r.verdict,
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 0 || i === c.length - 1 ? s.padEnd(widths[i]) : s.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(HEAD), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
