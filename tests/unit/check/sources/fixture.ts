// A small content index in memory and the invented fixture archive (tests/fixtures/archive/), for the
// tests of the sources check. Never the articles' text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import {
  indexOf,
  RECORD_KINDS,
  themeFromText,
  type RecordFile,
  type RecordKind,
} from '../../../../src/records/load.ts';
import { openArchive, type Archive, type ArchiveIo } from '../../../../src/check/sources/archive.ts';

export const ROOT = process.cwd();
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';
export const GAZETTE = '100_0a1b2c3d4e5f6a7b.txt';
export const COURIER = '101_f0e1d2c3b4a59687.txt';

/** The file system, as the runner gives it. */
export const fsIo: ArchiveIo = {
  isDir: (p) => existsSync(p) && statSync(p).isDirectory(),
  list: (p) => readdirSync(p),
  read: (p) => readFileSync(p, 'utf8'),
};

/** The fixture archive, opened as the check opens it. */
export function fixtureArchive(): Archive {
  const opened = openArchive(ROOT, FIXTURE_ARCHIVE, fsIo);
  if (opened.status !== 'open') throw new Error('the fixture archive is missing');
  return opened.archive;
}

/** The two archived fixture sources and one without an archive. */
export const SOURCES: Record<string, Record<string, unknown>> = {
  gazette: {
    outlet: 'Lantern Gazette',
    headline: 'Harbour Council Votes to Rebuild the Old Lighthouse on the Northern Pier',
    archive: GAZETTE,
  },
  courier: { outlet: 'Valley Courier', headline: 'Ferry Timetable Cut as Winter Nears', archive: COURIER },
  'no-archive': { outlet: 'Unarchived Weekly', headline: 'A story the site has no copy of' },
};

const FRONTMATTER =
  '---\ntitle: Test theme\nsummary: A theme written only for the tests of the sources check.\norder: 1\nupdated: 2026-12-01\n---\n';
/** The file line of the first line of a fixture theme's body. */
export const BODY_LINE = 7;

/** A content index in memory: the fixture sources, and any records and English theme bodies given. */
export function contentIndex(
  opts: { records?: Partial<Record<RecordKind, Record<string, unknown>>>; themes?: Record<string, string> } = {},
) {
  const files = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as RecordFile[]])) as Record<
    RecordKind,
    RecordFile[]
  >;
  const add = (kind: RecordKind, id: string, data: unknown) =>
    files[kind].push({ id, file: `content/${kind}/${id}.yaml`, data });
  for (const [id, data] of Object.entries(SOURCES)) add('sources', id, data);
  for (const [kind, recs] of Object.entries(opts.records ?? {}) as [RecordKind, Record<string, unknown>][])
    for (const [id, data] of Object.entries(recs)) add(kind, id, data);
  const themes = Object.entries(opts.themes ?? {}).map(([id, body]) =>
    themeFromText(FRONTMATTER + body, `content/themes/en/${id}.mdx`, id, 'en'),
  );
  return indexOf(`${ROOT}/content`, ROOT, files, themes);
}
