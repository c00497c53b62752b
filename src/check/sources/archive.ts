// The archive: the folder of archived article texts that the sources check reads as its oracle. The
// texts stay outside the repository; a source record's `archive:` names its file. The folder is
// SOURCES_ARCHIVE, resolved from the repository root, or ../shared/sources when it is unset. Reading
// files is the runner's job (scripts/check-sources.ts gives the file system as `ArchiveIo`), so this
// room never touches node:fs and its tests can give a folder in memory.
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../problem.ts';

/** Where the archive is when SOURCES_ARCHIVE is not set, relative to the repository root. */
export const DEFAULT_ARCHIVE = '../shared/sources';

/** What the check needs from the file system. */
export interface ArchiveIo {
  /** Whether the path is an existing folder. */
  isDir(path: string): boolean;
  /** The file names in a folder. */
  list(path: string): string[];
  /** A file's text (UTF-8). */
  read(path: string): string;
}

/** The archived articles, read once. */
export interface Archive {
  /** The folder, absolute, and as messages name it (relative to the root when inside it, else as given). */
  dir: string;
  shown: string;
  /** Every .txt file of the folder by name, with its text. */
  texts: Map<string, string>;
}

/** What opening the archive gave: the archive, a plain skip, or the problem that stops the check. */
export type ArchiveOpening =
  | { status: 'open'; archive: Archive }
  | { status: 'skipped'; reason: string }
  | { status: 'missing'; problem: Problem };

/**
 * Opens the archive folder named by `env` (the value of SOURCES_ARCHIVE, or undefined), resolved from
 * `root`. A folder that was asked for and is missing stops the check (CI sets it, so CI never skips);
 * the default folder missing is a skip, said plainly.
 */
export function openArchive(root: string, env: string | undefined, io: ArchiveIo): ArchiveOpening {
  const asked = env !== undefined && env.trim() !== '';
  const given = asked ? env.trim() : DEFAULT_ARCHIVE;
  const dir = resolve(root, given);
  const inside = relative(root, dir);
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : given;
  if (!io.isDir(dir)) {
    if (!asked)
      return {
        status: 'skipped',
        reason: `Sources check skipped: there is no archive folder at ${DEFAULT_ARCHIVE} (${dir}). Set SOURCES_ARCHIVE to the folder of archived articles to run it.`,
      };
    return {
      status: 'missing',
      problem: {
        file: shown,
        field: 'SOURCES_ARCHIVE',
        message: `is "${env}", which is not a folder (resolved from the repository root: ${dir})`,
        fix: `point SOURCES_ARCHIVE at the folder of archived article texts, relative to the repository root or absolute; unset it to use ${DEFAULT_ARCHIVE}`,
      },
    };
  }
  const texts = new Map<string, string>();
  for (const name of io
    .list(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    texts.set(name, io.read(join(dir, name)));
  return { status: 'open', archive: { dir, shown, texts } };
}
