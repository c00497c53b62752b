// The one content loader: reads every file under content/ (YAML records, theme MDX with its
// frontmatter) once and gives one parsed ContentIndex to the content check, the charts, the downloads,
// bench/ and scripts/. It reports only what stops a file from being read (YAML or MDX syntax, a missing
// frontmatter), with file:line; whether what it read is right is the check's business (src/check/).
// Outside src/records/, nothing reads content/ from disk or imports the YAML library.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { yamlProblem, type Problem } from '../check/problem.ts';
import { scanMdx, splitFrontmatter, type ScanResult } from './mdx.ts';

/** The folders of YAML records, one record per file. */
export const RECORD_KINDS = ['sources', 'estimates', 'events', 'updates', 'charts', 'places', 'walks'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One YAML file as read. */
export interface RecordFile {
  /** Its name without ".yaml": the record's id. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** What the YAML says; undefined when it cannot be read (see `problem`). */
  data: unknown;
  /** Why it cannot be read, if it cannot. */
  problem?: Problem;
}

/** One theme in one language (content/themes/<lang>/<id>.mdx). */
export interface ThemeFile {
  /** The theme's slug, its file name. */
  id: string;
  /** Its language, the folder it is in. */
  lang: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The frontmatter's fields ({} when it is missing or cannot be read). */
  data: Record<string, unknown>;
  /** What its body uses, with lines of the file (see src/records/mdx.ts). */
  scan: ScanResult;
  /** The MDX body (without frontmatter), and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** Why the file cannot be read (no frontmatter, a YAML or MDX syntax error), in file order. */
  problems: Problem[];
}

/** Everything under content/, parsed. */
export interface ContentIndex {
  /** The folder read, and the root that file names are relative to. */
  contentDir: string;
  root: string;
  /** Each folder of records, files in name order. */
  files: Record<RecordKind, RecordFile[]>;
  /** The records by id (their raw data; {} for a file that cannot be read, so that its id is still known). */
  sources: Map<string, Record<string, unknown>>;
  estimates: Map<string, Record<string, unknown>>;
  events: Map<string, Record<string, unknown>>;
  /** Theme language folders, sorted. */
  langs: string[];
  /** Every theme of every language, by language then file name. */
  themes: ThemeFile[];
}

const listFiles = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

/** Reads a YAML text; a syntax error becomes a problem at its line of the file. */
export function readYamlText(text: string, file: string, lineOffset = 0): { data: unknown; problem?: Problem } {
  try {
    return { data: parseYaml(text, { prettyErrors: true }) };
  } catch (e) {
    return { data: undefined, problem: yamlProblem(file, e, lineOffset) };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A theme from its file's text (also used by tests to build an index in memory). */
export function themeFromText(text: string, file: string, id: string, lang: string): ThemeFile {
  const { frontmatter, body, bodyLine } = splitFrontmatter(text);
  const problems: Problem[] = [];
  if (frontmatter === null) {
    problems.push({
      file,
      field: '(frontmatter)',
      line: 1,
      message: 'has no frontmatter',
      fix: 'start the file with a block between two "---" lines holding title, summary, order and updated',
    });
    return { id, lang, file, data: {}, scan: scanMdx(''), body, bodyLine, problems };
  }
  const yaml = readYamlText(frontmatter, file, 1);
  if (yaml.problem) problems.push(yaml.problem);
  // The body is read even when the frontmatter is broken, so one mistake reports once.
  const scan = scanMdx(body, bodyLine);
  if (scan.error) {
    const e = scan.error;
    problems.push({ file, field: '(MDX syntax)', line: e.line, column: e.column, message: e.reason, fix: e.fix });
  }
  return { id, lang, file, data: isRecord(yaml.data) ? yaml.data : {}, scan, body, bodyLine, problems };
}

/** Reads everything under `contentDir` afresh. */
export function readContent(contentDir: string, root = process.cwd()): ContentIndex {
  const rel = (p: string) => relative(root, p) || p;
  const files = {} as Record<RecordKind, RecordFile[]>;
  for (const kind of RECORD_KINDS) {
    const dir = join(contentDir, kind);
    files[kind] = listFiles(dir, '.yaml').map((f) => {
      const file = rel(join(dir, f));
      return { id: basename(f, '.yaml'), file, ...readYamlText(readFileSync(join(dir, f), 'utf8'), file) };
    });
  }
  const themesDir = join(contentDir, 'themes');
  const langs = existsSync(themesDir)
    ? readdirSync(themesDir)
        .filter((d) => !d.includes('.'))
        .sort()
    : [];
  const themes = langs.flatMap((lang) =>
    listFiles(join(themesDir, lang), '.mdx').map((f) =>
      themeFromText(
        readFileSync(join(themesDir, lang, f), 'utf8'),
        rel(join(themesDir, lang, f)),
        basename(f, '.mdx'),
        lang,
      ),
    ),
  );
  return indexOf(contentDir, root, files, themes);
}

/** Builds the index from files already read (also used by tests to build one in memory). */
export function indexOf(
  contentDir: string,
  root: string,
  files: Record<RecordKind, RecordFile[]>,
  themes: ThemeFile[],
): ContentIndex {
  // A file that exists is a known id even when it cannot be read, so its mistakes do not cascade.
  const byId = (kind: RecordKind) => new Map(files[kind].map((r) => [r.id, isRecord(r.data) ? r.data : {}] as const));
  const langs = [...new Set(themes.map((t) => t.lang))].sort();
  return {
    contentDir,
    root,
    files,
    sources: byId('sources'),
    estimates: byId('estimates'),
    events: byId('events'),
    langs,
    themes,
  };
}

/** Every problem that stops a file from being read, in folder order. */
export function loadProblems(index: ContentIndex): Problem[] {
  return [
    ...RECORD_KINDS.flatMap((k) => index.files[k].flatMap((r) => (r.problem ? [r.problem] : []))),
    ...index.themes.flatMap((t) => t.problems),
  ];
}

/** The names, sizes and change times of every file under the content folder. */
function stamp(contentDir: string): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out.push(`${p}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`);
      }
    }
  };
  walk(contentDir);
  return out.join('|');
}

const cache = new Map<string, { stamp: string; index: ContentIndex }>();

/**
 * The content under `contentDir`, read once and kept until a file there changes (so that `astro dev`
 * sees an edit at once, and a build reads each file once). File names in problems are relative to `root`.
 */
export function loadContent(contentDir: string, root = process.cwd()): ContentIndex {
  const key = `${root}\0${contentDir}`;
  const now = stamp(contentDir);
  const hit = cache.get(key);
  if (hit?.stamp === now) return hit.index;
  const index = readContent(contentDir, root);
  cache.set(key, { stamp: now, index });
  return index;
}

/**
 * The text of every record and theme file under `contentDir`, with its path relative to it
 * ("estimates/x.yaml", "themes/en/y.mdx"), for tools that rewrite content as text (bench/).
 */
export function contentTexts(contentDir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const kind of RECORD_KINDS)
    for (const f of listFiles(join(contentDir, kind), '.yaml'))
      out.push({ path: `${kind}/${f}`, text: readFileSync(join(contentDir, kind, f), 'utf8') });
  const themesDir = join(contentDir, 'themes');
  const langs = existsSync(themesDir)
    ? readdirSync(themesDir)
        .filter((d) => !d.includes('.'))
        .sort()
    : [];
  for (const lang of langs)
    for (const f of listFiles(join(themesDir, lang), '.mdx'))
      out.push({ path: `themes/${lang}/${f}`, text: readFileSync(join(themesDir, lang, f), 'utf8') });
  return out;
}
