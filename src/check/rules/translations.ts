// Content rule: the Arabic edition mirrors the English one. Every theme exists in both languages with
// the same sections (ids, levels, order), the same figures and charts, and the same place in the
// reading order, so a link such as /ar/disputed-figures/#how-they-conflict works in both editions.
import type { Problem } from '../problem.ts';
import type { ThemeFile } from '../../records/load.ts';
import type { RuleContext } from './context.ts';
import { TRANSLATION_LANGS } from '../../schema/translations.ts';

const LANG_NAMES: Record<string, string> = { ar: 'Arabic' };

/** Ids a theme uses, in order of first use. */
const ids = (tags: { attrs: Record<string, string> }[]) => [...new Set(tags.map((t) => t.attrs.id).filter(Boolean))];

/** Items of `a` missing from `b`, quoted and joined. */
const missing = (a: string[], b: string[]) =>
  a
    .filter((x) => !b.includes(x))
    .map((x) => `"${x}"`)
    .join(', ');

/**
 * Compares each translated theme with its English original and returns a problem for every theme
 * without a counterpart and every section id, level, figure or chart that differs. Mistakes in the
 * English theme that other checks report (an unknown estimate, a duplicate id, a broken frontmatter)
 * are not reported again here.
 */
export function checkTranslatedThemes(
  themes: ThemeFile[],
  knownEstimates: ReadonlySet<string> | Map<string, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  const en = themes.filter((t) => t.lang === 'en');
  const allEn = en.flatMap((t) => [t.id, ...t.scan.headings.map((h) => h.id)]);
  const duplicated = new Set(allEn.filter((id, i) => allEn.indexOf(id) !== i));
  for (const lang of TRANSLATION_LANGS) {
    const name = LANG_NAMES[lang] ?? lang;
    const tr = themes.filter((t) => t.lang === lang);
    for (const e of en) {
      const t = tr.find((x) => x.id === e.id);
      const file = e.file.replace(/themes\/en\//, `themes/${lang}/`);
      // A theme that cannot be read is reported once, for its syntax; comparing it would only repeat that.
      if (t && (t.scan.error || e.scan.error)) continue;
      if (!t) {
        problems.push({
          file,
          field: '(file)',
          message: `is missing: the English theme ${e.file} has no ${name} translation`,
          fix: `translate ${e.file} into ${file}, keeping every <Heading id>, <Estimate id> and <Chart id> as they are`,
        });
        continue;
      }
      if (typeof e.data.order === 'number' && t.data.order !== e.data.order) {
        problems.push({
          file: t.file,
          field: 'order',
          line: 1,
          message: `is ${String(t.data.order)}, but the English theme's order is ${String(e.data.order)}`,
          fix: `set "order: ${String(e.data.order)}" so both editions read in the same order`,
        });
      }
      const enH = e.scan.headings.map((h) => h.id).filter((id) => !duplicated.has(id));
      const trH = t.scan.headings.map((h) => h.id).filter((id) => !duplicated.has(id));
      const lost = missing(enH, trH);
      const extra = missing(trH, enH);
      if (lost || extra) {
        const parts = [
          lost && `lacks the section ids ${lost} that ${e.file} has`,
          extra && `has section ids ${extra} that ${e.file} does not have`,
        ];
        problems.push({
          file: t.file,
          field: '<Heading id>',
          message: parts.filter(Boolean).join(', and '),
          fix: 'use the same <Heading id="…"> as in English: ids are shared by both editions, only the heading text is translated (a new section is added to the English theme first)',
        });
      }
      if (!lost && !extra) {
        const order = trH.findIndex((id, i) => id !== enH[i]);
        if (order >= 0)
          problems.push({
            file: t.file,
            field: `<Heading id="${trH[order]}">`,
            line: t.scan.headings.find((h) => h.id === trH[order])?.line,
            message: `comes where ${e.file} has "${enH[order]}": sections are in a different order`,
            fix: 'put the sections in the same order as in English',
          });
        for (const h of t.scan.headings) {
          const o = e.scan.headings.find((x) => x.id === h.id);
          if (!o) continue;
          if (o.level !== h.level)
            problems.push({
              file: t.file,
              field: `<Heading id="${h.id}">`,
              line: h.line,
              message: `has level ${h.level}, but level ${o.level} in ${e.file}`,
              fix: `write level={${o.level}} as in English`,
            });
        }
      }
      for (const [kind, enIds, trIds] of [
        ['Estimate', ids(e.scan.estimates).filter((id) => knownEstimates.has(id)), ids(t.scan.estimates)],
        ['Chart', ids(e.scan.charts), ids(t.scan.charts)],
      ] as const) {
        const gone = missing(enIds, trIds);
        if (gone)
          problems.push({
            file: t.file,
            field: `<${kind} id>`,
            message: `does not show ${gone}, which ${e.file} shows`,
            fix: `place <${kind} id="…" /> for each of them, so both editions give the same figures`,
          });
      }
    }
    for (const t of tr) {
      if (!en.some((e) => e.id === t.id)) {
        problems.push({
          file: t.file,
          field: '(file)',
          message: `has no English original content/themes/en/${t.id}.mdx`,
          fix: 'name the file after its English original, or write the English theme first',
        });
      }
    }
  }
  return problems;
}

/** The rule: translations compared with the English themes. */
export const checkTranslations = ({ index }: RuleContext): Problem[] =>
  checkTranslatedThemes(index.themes, index.estimates);
