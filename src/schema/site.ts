// The site's own facts (content/site.yaml): who publishes it, its public address, where readers send
// corrections, and the licence. Words readers see are given in English with an `ar:` Arabic version.
// No placeholder passes: a made-up host or a "TODO" would be published on every page.
import { z } from 'astro/zod';

/** Hosts and words that mark a value as not yet filled in; checked in every text of the file. */
export function placeholderIn(value: string): string | undefined {
  // Any host under example.* (RFC 2606 reserves example.org, .com and .net for documentation).
  const host = /(?:^|[^a-z0-9-])((?:[a-z0-9-]+\.)*example\.[a-z]{2,})\b/i.exec(value);
  if (host) return `the placeholder host "${host[1]}"`;
  if (/\blocalhost\b/i.test(value)) return 'the local host "localhost"';
  if (/\b127\.0\.0\.1\b/.test(value)) return 'the local address "127.0.0.1"';
  const word = /\b(TODO|TBD|FIXME)\b/i.exec(value);
  if (word) return `the placeholder "${word[1]}"`;
  return undefined;
}

/** A text readers see: trimmed, not empty, and no placeholder. */
const words = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(max)
    .superRefine((s, ctx) => {
      const p = placeholderIn(s);
      if (p)
        ctx.addIssue({
          code: 'custom',
          message: `holds ${p}; expected the real text`,
          params: { fix: 'write the real value, or ask the editor who knows it; never publish a placeholder' },
        });
    });

/** Where corrections go: a page of this site (a path from the site root), an https:// page or a mailto: address. */
const contact = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const fix = 'give a page of this site such as /methodology/#corrections, an https:// address or a mailto: address';
    if (!s)
      return void ctx.addIssue({
        code: 'custom',
        message: 'is empty; expected where readers send corrections',
        params: { fix },
      });
    const p = placeholderIn(s);
    if (p)
      return void ctx.addIssue({
        code: 'custom',
        message: `holds ${p}; expected where readers really send corrections`,
        params: { fix },
      });
    if (s.startsWith('/') && !s.startsWith('//')) return;
    if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) || /^https:\/\/[^/\s]+\.[^/\s]+/.test(s)) return;
    ctx.addIssue({
      code: 'custom',
      message: `is "${s}"; expected a site path (/…), an https:// address or a mailto: address`,
      params: { fix },
    });
  });

/** A text that types no number: Latin or Arabic-Indic digits stop the check. */
const noDigits = (t: ReturnType<typeof words>) =>
  t.refine(
    (v) => !/[0-9\u0660-\u0669]/.test(v),
    'types a number; expected words only, since the key figures under it give the numbers from their records',
  );

export const siteSchema = z.strictObject({
  /** Who publishes the site, named in structured data (JSON-LD), the feed and citations. */
  publisher: z.strictObject({
    /** The publisher's name, as readers see it ("Iraq’s Recruits"). */
    name: words(80),
    ar: z.strictObject({
      /** The publisher's name in the Arabic edition. */
      name: words(80),
    }),
  }),
  /**
   * The site's public address ("https://<host>/", or with the same path as BASE_PATH). Optional: the
   * SITE_URL environment variable overrides it, and without either the build writes no absolute URL
   * (no canonical, share images or sitemap) rather than a made-up one. Checked in src/urls.ts.
   */
  url: words(200).optional(),
  corrections: z.strictObject({
    /** Where readers report a mistake; the footer's "Report a correction" link leads there. */
    contact,
  }),
  /**
   * The home page's opening, above the first chapter: a one-sentence dek and the key figures. Optional:
   * without it the long page opens with its headline alone.
   */
  home: z
    .strictObject({
      /** One sentence under the headline saying what the explainer tells; no digits (the key figures give the numbers). */
      dek: noDigits(words(260)),
      /** Ids of the claims shown in the key-figures strip, in order (files of content/estimates/); two to six. */
      keyFigures: z
        .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the id of a file in content/estimates/'))
        .min(2)
        .max(6),
      ar: z.strictObject({
        /** The dek in the Arabic edition. */
        dek: noDigits(words(260)),
      }),
    })
    .optional(),
  /**
   * Citation numbers of removed sources (see `number:` in src/schema/records.ts), which are never given
   * again; when a source is removed, its number is added here.
   */
  retiredSourceNumbers: z.array(z.number().int().positive()).optional(),
  licence: z.strictObject({
    /** Short name of the licence of the site's own text, charts and data, e.g. "CC BY 4.0". */
    name: words(40),
    /** The licence's deed, an https:// address. */
    url: words(200).pipe(z.url({ protocol: /^https$/, error: 'expected an https:// address of the licence' })),
    /** One sentence readers see in the footer: what may be reused, and that quotations and headlines stay their authors'. */
    text: words(300),
    ar: z.strictObject({
      /** The same sentence in the Arabic edition. */
      text: words(300),
    }),
  }),
});

export type SiteConfig = z.output<typeof siteSchema>;
