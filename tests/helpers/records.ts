// The records a build was made from, read for comparison with what the build wrote (downloads, feed).
// Read straight from the YAML files on purpose: a test of the downloads must not share the code it tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { csvParse } from 'd3-dsv';
import { ROOT } from './fixture.ts';

const CONTENT = process.env.CONTENT_DIR ?? join(ROOT, 'content');

/** The records of one content folder, by file name. */
export function records(folder: string): Map<string, Record<string, any>> {
  return new Map(
    readdirSync(join(CONTENT, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(CONTENT, folder, f), 'utf8'))] as const),
  );
}

/** A CSV download as rows of text, read by d3-dsv (the byte order mark spreadsheets need is dropped first). */
export function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  return csvParse(text.startsWith('\uFEFF') ? text.slice(1) : text).map((r) => ({ ...r }) as Record<string, string>);
}
