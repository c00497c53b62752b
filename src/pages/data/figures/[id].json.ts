// data/figures/<id>.json: one figure's row of data/estimates.json, with the same fields (see src/build/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureDatasets, toJson, type Dataset } from '../../../build/downloads.ts';

export const getStaticPaths = (async () =>
  (await figureDatasets('en')).map((d) => ({ params: { id: d.id }, props: { d } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ d: Dataset }> = ({ props }) =>
  new Response(toJson(props.d), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
