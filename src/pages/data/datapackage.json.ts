// data/datapackage.json: the downloads as a Frictionless Data Package (see src/build/datapackage.ts).
import type { APIRoute } from 'astro';
import { editionPackage } from '../../build/edition-package.ts';
import { toPackageJson } from '../../build/datapackage.ts';

export const GET: APIRoute = async () =>
  new Response(toPackageJson(await editionPackage('en')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
