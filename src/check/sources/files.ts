// Rule: every archive file a source record names exists in the archive folder.
import type { Problem } from '../problem.ts';
import type { SourcesRule } from './context.ts';

export const checkArchiveFiles: SourcesRule = ({ index, archive }) => {
  const problems: Problem[] = [];
  const known = [...archive.texts.keys()];
  for (const rec of index.files.sources) {
    const name = (rec.data as { archive?: unknown } | undefined)?.archive;
    if (typeof name !== 'string' || archive.texts.has(name)) continue;
    problems.push({
      file: rec.file,
      field: 'archive',
      message: `names "${name}", which is not in the archive folder ${archive.shown} (files there: ${known.join(', ') || 'none'})`,
      fix: `correct the file name to the archived text of this article, add the text to ${archive.shown}, or remove "archive:" if the site has no copy of the article (its quotations then cannot be verified)`,
    });
  }
  return problems;
};
