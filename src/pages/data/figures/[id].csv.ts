// data/figures/<id>.csv: one figure's row of data/estimates.csv, with the same columns (see src/build/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { estimatesDataset, type Dataset } from '../../../build/downloads.ts';
import { toCsv } from '../../../format/csv.ts';

export const getStaticPaths = (async () => {
  const d = await estimatesDataset();
  return d.rows.map((row) => ({ params: { id: String(row.id) }, props: { d: { ...d, rows: [row] } } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ d: Dataset }> = ({ props }) =>
  new Response(toCsv(props.d.columns, props.d.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
