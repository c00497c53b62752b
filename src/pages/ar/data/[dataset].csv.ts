// ar/data/<id>.csv: one dataset as CSV in Arabic: the English file's columns and machine values, its words translated (see src/build/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, type Dataset } from '../../../build/downloads.ts';
import { toCsv } from '../../../format/csv.ts';

export const getStaticPaths = (async () =>
  (await datasets('ar')).map((d) => ({ params: { dataset: d.id }, props: { d } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ d: Dataset }> = ({ props }) =>
  new Response(toCsv(props.d.columns, props.d.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
