// The content check: runs every content rule, in order, over the content as the one loader read it
// (src/records/load.ts), and reports each mistake as an instruction naming the file, the field, what
// was expected and how to fix it. It runs before every build, on each page request in `astro dev`
// (src/build/integrations/content-check.ts) and on its own with `npm run check:content`.
// May import: src/records/, src/schema/, its own problem.ts and rules/. Rules import problem.ts and
// rules/context.ts, never this file.
import { loadContent, type ContentIndex } from '../records/load.ts';
import type { Problem } from './problem.ts';
import type { Rule } from './rules/context.ts';
import { checkRecords, checkThemeFiles } from './rules/records.ts';
import { checkRecordReferences, checkTagReferences } from './rules/references.ts';
import { checkHeadings, checkUniqueSections, checkEventSections } from './rules/sections.ts';
import { checkImages } from './rules/images.ts';
import { checkLinks } from './rules/links.ts';
import { sitePages } from '../records/pages.ts';
import { storyRules } from './rules/story.ts';
import { checkCharts } from './rules/charts.ts';
import { checkUpdates } from './rules/updates.ts';
import { checkWalks } from './rules/walk.ts';
import { checkTranslations } from './rules/translations.ts';
import { checkSiteFile } from './rules/site.ts';
import { checkClaims } from './rules/claims.ts';
import { checkEstimateNouns } from './rules/nouns.ts';
import { checkRecruiterForm } from './rules/recruiter-form.ts';
import { checkLatinLetters } from './rules/latin-letters.ts';
import { checkSourceNumbers } from './rules/source-numbers.ts';

export type { Problem } from './problem.ts';
export { fromIssue, formatProblems } from './problem.ts';
export type { ContentIndex, ThemeFile } from '../records/load.ts';
export type { RuleContext, Rule } from './rules/context.ts';

export interface ValidateOptions {
  /** Project root that file names in messages are relative to. */
  root: string;
  /** Folder holding themes/, sources/, estimates/ and events/. */
  contentDir: string;
  /** Ids of the charts <Chart id> may name; when omitted, chart ids are not checked. */
  charts?: readonly string[];
  /** Site pages besides themes and sources, for the link check (see sitePages()); read from src/pages/ when omitted. */
  pages?: string[];
}

/** The rules, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  checkRecords,
  checkThemeFiles,
  checkHeadings,
  checkRecordReferences,
  checkSourceNumbers,
  checkClaims,
  checkUniqueSections,
  checkTagReferences,
  checkEstimateNouns,
  checkImages,
  checkLinks,
  checkEventSections,
  storyRules,
  checkCharts,
  checkUpdates,
  checkWalks,
  checkTranslations,
  checkRecruiterForm,
  checkLatinLetters,
  checkSiteFile,
];

/** Runs the rules over an index already loaded (the tests give small in-memory ones). */
export function checkIndex(
  index: ContentIndex,
  opts: Pick<ValidateOptions, 'charts' | 'pages'> = {},
  rules: readonly Rule[] = RULES,
): Problem[] {
  const ctx = { index, charts: opts.charts, pages: opts.pages ?? sitePages() };
  return rules.flatMap((rule) => rule(ctx));
}

/**
 * Validates all content and returns every problem found (an empty list means the content is good),
 * together with the index of the records.
 */
export function validateContent(opts: ValidateOptions): { problems: Problem[]; index: ContentIndex } {
  const index = loadContent(opts.contentDir, opts.root);
  return { problems: checkIndex(index, opts), index };
}
