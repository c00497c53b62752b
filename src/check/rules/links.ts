// Content rule: every link from a theme to another place on this site (a Markdown link or an <a> in
// MDX) leads somewhere: the page exists and so does the #fragment on it. External links are checked by
// nobody here (the build has no network); links inside the built site are checked again end to end
// (tests/site/links.test.ts).
import type { Problem } from '../problem.ts';
import type { ScanResult } from '../../records/mdx.ts';
import { sectionsKnown, themesInOrder, type RuleContext } from './context.ts';

/** A theme as far as links are concerned. */
export interface LinkTheme {
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  /** Links of its MDX body, lines of the file (src/records/mdx.ts). */
  scan: Pick<ScanResult, 'links'>;
  /** The theme's slug: its page is /<id>/ and its section on the long page is #<id>. */
  id: string;
  /** Section ids of its <Heading>s. */
  headings: string[];
  /** Chart ids placed in it with <Chart id>. */
  charts: string[];
}

/** What exists on the site besides the themes. */
export interface SiteMap {
  /** Source ids: the sources page has a section for each, and pages cite them as #ref-<id>. */
  sources: string[];
  /** Estimate ids (#estimate-<id> in the table of figures). */
  estimates: string[];
  /** Event ids (#event-<id> in the event list). */
  events: string[];
  /**
   * Other pages, as site paths with a trailing slash ("sources/"). A path ending in "*" stands for a
   * folder of generated pages whose names are not known here (only the folder is checked).
   */
  pages: string[];
}

/** Ids every page has, whatever its content (the layout's landmarks and the references list). */
const PAGE_IDS = ['main', 'references'];

/** Reports links to site paths or #fragments that do not exist, naming the file, the link and the fix. */
export function checkInternalLinks(themes: LinkTheme[], site: SiteMap): Problem[] {
  const problems: Problem[] = [];
  const generated = (frag: string) =>
    (frag.startsWith('ref-') && site.sources.includes(frag.slice(4))) ||
    (frag.startsWith('estimate-') && site.estimates.includes(frag.slice(9))) ||
    (frag.startsWith('event-') && site.events.includes(frag.slice(6))) ||
    PAGE_IDS.includes(frag);
  const idsOf = (t: LinkTheme) => [t.id, ...t.headings, ...t.charts];
  const allIds = themes.flatMap(idsOf).concat('contents');
  const bySlug = new Map(themes.map((t) => [t.id, t]));
  const pagePaths = ['', 'sources/', ...themes.map((t) => `${t.id}/`), ...site.pages];

  /** Why a link does not resolve, with its fix; null when it does. */
  function check(from: LinkTheme, target: string): { message: string; fix: string } | null {
    const hash = target.indexOf('#');
    const path = hash < 0 ? target : target.slice(0, hash);
    const frag = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1));
    if (!path) {
      // A bare #fragment: it must be on the theme's own page, which shows only this theme.
      if (idsOf(from).includes(frag) || generated(frag)) return null;
      const other = themes.find((t) => idsOf(t).includes(frag));
      if (other)
        return {
          message: `"#${frag}" is a section of another theme (${other.id}), not of this page`,
          fix: `write the link as /${other.id}/#${frag}`,
        };
      return {
        message: `"#${frag}" is not a section id of this theme`,
        fix: `use the id of one of its <Heading>s (${from.headings.join(', ') || 'none yet'})`,
      };
    }
    if (!path.startsWith('/'))
      return {
        message: `"${target}" is a relative address, which breaks on the long page and under a sub-path`,
        fix: 'write site links from the site root, e.g. /sources/ or /legal-response/#najaf-verdict',
      };
    const p = path.slice(1);
    if (!p.endsWith('/') && p !== '' && !/\.[a-z0-9]+$/i.test(p))
      return {
        message: `"${target}" has no trailing slash; the site's addresses all end in "/"`,
        fix: `write /${p}/${frag ? `#${frag}` : ''}`,
      };
    const known = pagePaths.includes(p) || pagePaths.some((k) => k.endsWith('*') && p.startsWith(k.slice(0, -1)));
    if (!known)
      return {
        message: `"${path}" is not a page of this site`,
        fix: `link to one of: ${pagePaths.map((x) => `/${x}`).join(', ')}`,
      };
    if (!frag) return null;
    const theme = bySlug.get(p.slice(0, -1));
    const ids = p === '' ? allIds : p === 'sources/' ? site.sources : theme ? idsOf(theme) : null;
    if (ids === null || ids.includes(frag) || generated(frag)) return null;
    return {
      message: `"#${frag}" is not an id on ${path}`,
      fix: `use one of its section ids (${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})`,
    };
  }

  for (const t of themes) {
    for (const { target, line } of t.scan.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // another site, mail, tel
      const bad = check(t, target);
      if (bad) problems.push({ file: t.file, field: `link ${target}`, line, ...bad });
    }
  }
  return problems;
}

/** The rule: the links of every language's themes, each language a site of its own. */
export function checkLinks({ index, pages }: RuleContext): Problem[] {
  const site = {
    sources: [...index.sources.keys()],
    estimates: [...index.estimates.keys()],
    events: [...index.events.keys()],
    pages,
  };
  return index.langs
    .filter((lang) => sectionsKnown(index, lang))
    .flatMap((lang) =>
      checkInternalLinks(
        themesInOrder(index, lang).map((t) => ({
          file: t.file,
          scan: t.scan,
          id: t.id,
          headings: t.scan.headings.map((h) => h.id),
          charts: t.scan.charts.map((c) => c.attrs.id ?? ''),
        })),
        site,
      ),
    );
}
