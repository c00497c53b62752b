// What every content rule is given: the parsed content (one ContentIndex from src/records/load.ts) and
// what the content cannot say about itself. Every rule is a function (ctx: RuleContext) => Problem[].
import type { ContentIndex } from '../../records/load.ts';
import type { Problem } from '../problem.ts';

export interface RuleContext {
  /** Everything under content/, parsed once. */
  index: ContentIndex;
  /** Ids of the charts <Chart id> may name; when omitted, chart ids are not checked. */
  charts?: readonly string[];
  /** Site pages besides themes and sources, for the link check (see sitePages()). */
  pages: string[];
}

/** One content rule. */
export type Rule = (ctx: RuleContext) => Problem[];

/** The "unknown id" problem, the same words wherever a record points at another. */
export function unknownRef(
  index: ContentIndex,
  target: 'sources' | 'estimates' | 'events',
  file: string,
  field: string,
  id: string,
  line?: number,
): Problem {
  const noun = { sources: 'source', estimates: 'estimate', events: 'event' }[target];
  const known = [...index[target].keys()].join(', ') || '(none yet)';
  return {
    file,
    field,
    ...(line === undefined ? {} : { line }),
    message: `"${id}" is not a known ${noun}; expected the id of a file in content/${target}/ (one of: ${known})`,
    fix: `correct the id, or add content/${target}/${id}.yaml`,
  };
}

/** A language's themes in reading order (by their frontmatter's order; unreadable ones last). */
export function themesInOrder(index: ContentIndex, lang: string) {
  const order = (t: { data: Record<string, unknown> }) => (typeof t.data.order === 'number' ? t.data.order : Infinity);
  return index.themes.filter((t) => t.lang === lang).sort((a, b) => order(a) - order(b));
}

/** The languages whose section ids other records point at: English, or every language when there is none. */
export const referenceLangs = (index: ContentIndex) => (index.langs.includes('en') ? ['en'] : index.langs);

/** Theme and section ids (with aliases when asked) of one language's themes. */
export function sectionIds(index: ContentIndex, lang: string, withAliases: boolean): Set<string> {
  return new Set(
    index.themes
      .filter((t) => t.lang === lang)
      .flatMap((t) => [t.id, ...t.scan.headings.flatMap((h) => (withAliases ? [h.id, ...h.aliases] : [h.id]))]),
  );
}

/**
 * Whether every theme of a language could be read. When one has an MDX syntax error its sections are
 * unknown, so rules that look a section up skip that language: the syntax error is the one report.
 */
export const sectionsKnown = (index: ContentIndex, lang: string) =>
  !index.themes.some((t) => t.lang === lang && t.scan.error);
