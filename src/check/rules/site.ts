// The rule for content/site.yaml: the shape and placeholders (src/schema/site.ts, read by
// src/records/site.ts) and the public address against the base path (src/urls.ts). Also the function
// astro.config.mjs calls to stop the build with the same messages, and to settle the public address.
import { readSite, type SiteConfig } from '../../records/site.ts';
import { checkSiteUrl } from '../../urls.ts';
import type { RuleContext } from './context.ts';
import type { Problem } from '../problem.ts';

/** One mistake, in the shape of the content check's problems (src/check/index.ts). */
export interface SiteProblem {
  file: string;
  field: string;
  line?: number;
  message: string;
  fix: string;
}

export interface SiteRuleOptions {
  /** Folder holding site.yaml; content/ (or CONTENT_DIR) when omitted. */
  contentDir?: string;
  /** The base path the site is built for (BASE_PATH), which site.yaml's `url` must agree with. */
  base?: string;
}

/** Every problem of site.yaml, each naming the file, the field, what was expected and the fix. */
export function checkSite(options: SiteRuleOptions = {}): SiteProblem[] {
  return siteAndProblems(options).problems;
}

function siteAndProblems({ contentDir, base = '/' }: SiteRuleOptions): {
  file: string;
  site?: SiteConfig;
  problems: SiteProblem[];
} {
  const { file, site, issues } = readSite(contentDir);
  const problems: SiteProblem[] = issues.map((i) => ({ file, ...i }));
  if (site?.url) {
    const checked = checkSiteUrl(site.url, base);
    if ('problem' in checked) {
      const p = checked.problem;
      problems.push({
        file,
        field: 'url',
        message: `found ${p.found}; expected ${p.expected}`,
        fix: `${p.fix}, or remove "url:" until the public address is known`,
      });
    }
  }
  return { file, site: problems.length ? undefined : site, problems };
}

/** The rule as the content check runs it: site.yaml in the folder the index was read from, for the base path being built. */
export function checkSiteFile({ index }: RuleContext): Problem[] {
  const options = { contentDir: index.contentDir, base: process.env.BASE_PATH ?? '/' };
  const { file, site, problems } = siteAndProblems(options);
  // The key figures name claims: each must be a record of content/estimates/.
  (site?.home?.keyFigures ?? []).forEach((id, i) => {
    if (!index.estimates.has(id))
      problems.push({
        file,
        field: `home.keyFigures.${i}`,
        message: `"${id}" is not a known estimate; expected the id of a file in content/estimates/ (one of: ${[...index.estimates.keys()].join(', ')})`,
        fix: 'correct the id, or remove it from the list',
      });
  });
  return problems;
}

/** The problems as the build prints them: "file:line field: message", then "Fix: …". */
export function formatSiteProblems(problems: readonly SiteProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}\n  Fix: ${p.fix}`)
    .join('\n');
}

/** What the build needs from site.yaml and SITE_URL: the facts and the public address, if known. */
export interface SiteSettings {
  site: SiteConfig;
  /** The public origin with a trailing slash ("https://news.test/"), or undefined when unknown. */
  url?: string;
  /** Where the address came from, for the build's messages. */
  from?: 'SITE_URL' | 'content/site.yaml';
}

/**
 * For astro.config.mjs: site.yaml's facts and the public address (SITE_URL wins over site.yaml's `url`).
 * Throws, and so stops the build, with every problem of site.yaml or a SITE_URL that cannot be used.
 */
export function siteOrStop(
  env: { SITE_URL?: string; BASE_PATH?: string } = process.env,
  options: Omit<SiteRuleOptions, 'base'> = {},
): SiteSettings {
  const base = env.BASE_PATH ?? '/';
  const { site, problems } = siteAndProblems({ ...options, base });
  if (!site)
    throw new Error(`The site's settings have ${problems.length} problem(s):\n${formatSiteProblems(problems)}`);
  const given = env.SITE_URL?.trim();
  if (given) {
    const checked = checkSiteUrl(given, base);
    if ('problem' in checked) {
      const p = checked.problem;
      throw new Error(
        `SITE_URL: found ${p.found}; expected ${p.expected}.\n  Fix: ${p.fix}; or leave SITE_URL unset to build without a public address.`,
      );
    }
    return { site, url: checked.url, from: 'SITE_URL' };
  }
  if (site.url) {
    const checked = checkSiteUrl(site.url, base);
    return { site, url: 'url' in checked ? checked.url : undefined, from: 'content/site.yaml' };
  }
  return { site };
}
