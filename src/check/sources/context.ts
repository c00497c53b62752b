// What every sources rule is given (the content, read once by the loader, and the archive, read once
// by openArchive) and the words they share: how an article is named in a message.
import type { ContentIndex } from '../../records/load.ts';
import type { Problem } from '../problem.ts';
import type { Archive } from './archive.ts';

export interface SourcesContext {
  /** Everything under content/, from loadContent(). */
  index: ContentIndex;
  /** The archived article texts. */
  archive: Archive;
}

/** One sources rule. */
export type SourcesRule = (ctx: SourcesContext) => Problem[];

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The archive file a source record names, if it names one. */
export const archiveOf = (ctx: SourcesContext, sourceId: string) => str(ctx.index.sources.get(sourceId)?.archive);

/** An article as a message names it: 'Noon Post (English), 002_8e95….txt'. */
export function articleName(ctx: SourcesContext, file: string): string {
  for (const s of ctx.index.sources.values())
    if (s.archive === file) return `${str(s.outlet) ?? 'an article'} (${file})`;
  return file;
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** A passage as a message quotes it, shortened in the middle when long. */
export function shown(passage: string, max = 160): string {
  const s = passage.replace(/\s+/g, ' ').trim();
  return `"${s.length > max ? `${s.slice(0, max / 2 - 1)} … ${s.slice(-(max / 2 - 2))}` : s}"`;
}
