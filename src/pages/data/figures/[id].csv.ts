// data/figures/<id>.csv: one figure's row of data/estimates.csv, with the same columns (see src/build/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureDatasets, type Dataset } from '../../../build/downloads.ts';
import { toCsv } from '../../../format/csv.ts';

export const getStaticPaths = (async () =>
  (await figureDatasets('en')).map((d) => ({ params: { id: d.id }, props: { d } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ d: Dataset }> = ({ props }) =>
  new Response(toCsv(props.d.columns, props.d.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
