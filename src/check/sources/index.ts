// The sources check (`npm run check:sources`): the archived articles as the oracle of the English text.
// It reads the content once through the loader and the archive once through openArchive, and runs
// SOURCES_RULES in order. The runner (scripts/check-sources.ts) gives it the file system.
import { loadContent, type ContentIndex } from '../../records/load.ts';
import type { Problem } from '../problem.ts';
import { openArchive, type Archive, type ArchiveIo } from './archive.ts';
import type { SourcesRule } from './context.ts';
import { checkArchiveFiles } from './files.ts';
import { checkQuotations } from './quotes.ts';
import { checkCopiedText } from './copies.ts';

export { openArchive, DEFAULT_ARCHIVE, type Archive, type ArchiveIo } from './archive.ts';
export { RUN_LENGTH } from './copies.ts';

/** The rules, in the order their problems are reported. */
export const SOURCES_RULES: readonly SourcesRule[] = [checkArchiveFiles, checkQuotations, checkCopiedText];

/** Runs every sources rule over content and an archive already read (tests give both in memory). */
export const checkSources = (index: ContentIndex, archive: Archive): Problem[] =>
  SOURCES_RULES.flatMap((rule) => rule({ index, archive }));

/** What a run of the check gave: problems (none when it passes), or a plain skip. */
export type SourcesResult =
  | { status: 'checked'; problems: Problem[]; index: ContentIndex; archive: Archive }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; problems: Problem[] };

/**
 * The whole check: opens the archive named by `env` (SOURCES_ARCHIVE, resolved from `root`), loads the
 * content under `contentDir`, and runs the rules.
 */
export function runSourcesCheck(opts: {
  root: string;
  contentDir: string;
  env: string | undefined;
  io: ArchiveIo;
}): SourcesResult {
  const opened = openArchive(opts.root, opts.env, opts.io);
  if (opened.status === 'skipped') return opened;
  if (opened.status === 'missing') return { status: 'failed', problems: [opened.problem] };
  const index = loadContent(opts.contentDir, opts.root);
  return { status: 'checked', problems: checkSources(index, opened.archive), index, archive: opened.archive };
}
