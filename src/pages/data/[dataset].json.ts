// data/<id>.json: one dataset as JSON (see src/build/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, toJson, type Dataset } from '../../build/downloads.ts';

export const getStaticPaths = (async () =>
  (await datasets('en')).map((d) => ({ params: { dataset: d.id }, props: { d } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ d: Dataset }> = ({ props }) =>
  new Response(toJson(props.d), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
