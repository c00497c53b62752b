// Rule: no run of RUN_LENGTH or more consecutive words of an archived article appears outside quotation
// marks in the English text readers see (the prose with <Estimate> expanded, every English record
// field). Words are compared case-folded, punctuation stripped, numbers kept (src/check/sources/text.ts).
// The one exemption is a source's own headline (the `headline` field of a source record); quotations
// (passages in quotation marks, quote.text, wording, a dispute's quote) are the quotation rule's, and
// there is no allowlist.
import type { Problem } from '../problem.ts';
import { articleName, lineAt, shown, type SourcesRule } from './context.ts';
import { quotedSpans, wordsOf } from './text.ts';
import { englishUnits } from './units.ts';

/** How many consecutive words of an article make a copied passage. */
export const RUN_LENGTH = 10;

/** Where each run of RUN_LENGTH words occurs in the articles: key → [article file, offset of its first word]. */
export function runIndex(texts: Map<string, string>): Map<string, [string, number][]> {
  const runs = new Map<string, [string, number][]>();
  for (const [file, text] of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
      const key = words
        .slice(i, i + RUN_LENGTH)
        .map((w) => w.word)
        .join(' ');
      const at = runs.get(key);
      if (at) at.push([file, words[i].start]);
      else runs.set(key, [[file, words[i].start]]);
    }
  }
  return runs;
}

export const checkCopiedText: SourcesRule = (ctx) => {
  const runs = runIndex(ctx.archive.texts);
  const problems: Problem[] = [];
  for (const u of englishUnits(ctx.index)) {
    if (u.headline || u.quotation) continue;
    const words = wordsOf(u.text);
    const spans = quotedSpans(u.text);
    // A word touching a quotation ("fuel" with its marks) is inside it.
    const outside = words.map((w) => !spans.some(([s, e]) => w.start < e && w.end > s));
    // Matching windows of RUN_LENGTH words, all outside quotation marks, grouped per article into
    // maximal runs: a window at i and one at i + 1 in the same article are one longer run.
    const found: { from: number; to: number; file: string; offset: number }[] = [];
    for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
      if (!outside.slice(i, i + RUN_LENGTH).every(Boolean)) continue;
      const key = words
        .slice(i, i + RUN_LENGTH)
        .map((w) => w.word)
        .join(' ');
      for (const [file, offset] of runs.get(key) ?? []) {
        const last = found.find((f) => f.file === file && f.to === i + RUN_LENGTH - 2);
        if (last) last.to = i + RUN_LENGTH - 1;
        else if (!found.some((f) => f.to >= i + RUN_LENGTH - 1 && f.from <= i))
          found.push({ from: i, to: i + RUN_LENGTH - 1, file, offset });
      }
    }
    for (const f of found) {
      const start = words[f.from].start;
      const end = words[f.to].end;
      const n = f.to - f.from + 1;
      const printed = [...new Set((u.printedBy ?? []).slice(start, end).filter((p): p is string => Boolean(p)))];
      const article = ctx.archive.texts.get(f.file)!;
      problems.push({
        file: u.file,
        field: u.field,
        ...(u.lines ? { line: u.lines[start] } : {}),
        message: `${n} consecutive words are the same as ${articleName(ctx, f.file)} at its line ${lineAt(article, f.offset)}, outside quotation marks: ${shown(u.text.slice(start, end), 400)}${printed.length ? ` (including the words ${printed.join(' and ')} prints)` : ''}`,
        fix: `say it in your own words, keeping who says it and every hedge ("may have", "appeared to"), and adding no fact; or quote only a short fragment, in quotation marks, attributed to its speaker${printed.length ? '; the words a component prints come from its record, so reword the text around it' : ''}`,
      });
    }
  }
  return problems;
};
