// Rule: every quotation is in the article cited for it. That is an estimate's quote.text (which must
// equal the article's characters exactly: it becomes the link's URL text fragment), its `wording`, each
// dispute's quote, and every passage in quotation marks (“…” or "…") in the English prose and the
// English record fields. The article cited for a passage in a theme is any source its paragraph or list
// item cites (with <Cite> or <Estimate>); for a record field, the `source`/`sources` of the record or of
// the list item holding the field; a source record's fields cite that source.
import type { Problem } from '../problem.ts';
import { articleName, shown, type SourcesContext, type SourcesRule } from './context.ts';
import { exactMatch, quotationFound, quotedSpans, typographicDifferences } from './text.ts';
import { englishUnits, type TextUnit } from './units.ts';

/** What each kind of quotation must do when it is not found: the fix. */
const NOT_FOUND_FIX: Record<string, string> = {
  'quote.text':
    "copy the quotation from the article character for character (it becomes the link's text fragment), or cite the article it comes from",
  wording:
    'copy the source\'s own words for the number from the article (e.g. "closer to 1,400"), or cite the article they come from',
  dispute: 'copy the sentence or fragment from the article of the dispute\'s "source", or correct "source"',
  passage:
    'copy the quoted words exactly as the article has them (only typographic quotes, apostrophes, dashes and spacing may differ) and cite that article in the same paragraph or record, or remove the quotation marks and say it in your own words',
};

const kindOf = (u: TextUnit) =>
  u.quotation === 'exact' ? 'quote.text' : u.field === 'wording' ? 'wording' : u.quotation ? 'dispute' : 'passage';

export const checkQuotations: SourcesRule = (ctx) => {
  const problems: Problem[] = [];
  for (const u of englishUnits(ctx.index)) {
    if (u.headline) continue;
    const passages: [number, number][] = u.quotation ? [[0, u.text.length]] : quotedSpans(u.text);
    for (const [start, end] of passages) {
      const passage = u.text.slice(start, end).trim();
      if (!/[\p{L}\p{N}]/u.test(passage)) continue;
      const problem = checkOne(ctx, u, passage);
      if (problem) problems.push({ ...problem, ...(u.lines ? { line: u.lines[start] } : {}) });
    }
  }
  return problems;
};

/** The problem with one quotation, or null when it is in its article. */
function checkOne(ctx: SourcesContext, u: TextUnit, passage: string): Problem | null {
  const kind = kindOf(u);
  const where = u.lines ? 'its paragraph' : 'the record';
  const what = kind === 'passage' ? `the quotation ${shown(passage)}` : shown(passage);
  const at = { file: u.file, field: u.field };
  if (!u.sources.length)
    return {
      ...at,
      message: `cannot verify ${what}: ${where} cites no source`,
      fix:
        kind === 'passage'
          ? `cite the article the words come from (${u.lines ? '<Cite id="source-id" /> in the same paragraph' : '"source:" or "sources:"'}), or remove the quotation marks`
          : 'give the record the "source" the words come from',
    };
  const archived = u.sources.flatMap((id) => {
    const file = ctx.index.sources.get(id)?.archive;
    return typeof file === 'string' && ctx.archive.texts.has(file)
      ? [{ id, file, text: ctx.archive.texts.get(file)! }]
      : [];
  });
  if (!archived.length)
    return {
      ...at,
      message: `cannot verify ${what}: ${where} cites only ${u.sources.map((s) => `"${s}"`).join(', ')}, and the archive (${ctx.archive.shown}) has no text of ${u.sources.length > 1 ? 'these sources' : 'that source'}`,
      fix: 'cite an archived article the words come from, or remove the quotation marks and say it in your own words (a source without "archive:" cannot back a quotation)',
    };
  const articles = archived.map((a) => articleName(ctx, a.file)).join(' or ');
  if (kind === 'quote.text') {
    const matches = archived.map((a) => exactMatch(passage, a.text));
    if (matches.some((m) => m?.kind === 'exact')) {
      return passage === u.text
        ? null
        : {
            ...at,
            message: `has spaces before or after the words; it must equal the text of ${articles} exactly`,
            fix: 'remove the leading and trailing spaces',
          };
    }
    const close = matches.find((m) => m?.kind === 'typographic');
    if (close?.kind === 'typographic')
      return {
        ...at,
        message: `${what} matches ${articles} only with typographic characters aside; quote.text must equal the article's characters exactly, because it becomes the link's text fragment`,
        fix: `copy these characters from the article: ${shown(close.original, 400)} (${typographicDifferences(passage, close.original).join('; ')})`,
      };
  } else if (archived.some((a) => quotationFound(passage, a.text))) return null;
  return {
    ...at,
    message: `${what} is not in ${archived.length > 1 ? 'any of the articles cited for it' : 'the article cited for it'}: ${articles}`,
    fix: NOT_FOUND_FIX[kind],
  };
}
