// The records a build was made from, read for comparison with what the build wrote (downloads, feed).
// They come from the one loader (src/records/load.ts) as raw YAML data, before any of the code that
// turns them into downloads or feed entries: a test of the downloads does not share the code it tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type RecordKind } from '../../src/records/load.ts';
import { csvParse } from 'd3-dsv';
import { ROOT } from './fixture.ts';

const CONTENT = process.env.CONTENT_DIR ?? join(ROOT, 'content');

/** The records of one content folder, by file name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw YAML: the tests read fields of every kind
export function records(folder: RecordKind): Map<string, Record<string, any>> {
  return new Map(
    loadContent(CONTENT, ROOT).files[folder].map((f) => [f.id, f.data as Record<string, unknown>] as const),
  );
}

/** A CSV download as rows of text, read by d3-dsv (the byte order mark spreadsheets need is dropped first). */
export function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  return csvParse(text.startsWith('\uFEFF') ? text.slice(1) : text).map((r) => ({ ...r }) as Record<string, string>);
}
