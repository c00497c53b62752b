// Citations and embed codes written with the page's own address (src/client/here.ts), in the same
// formats the build writes (src/format/cite.ts, src/format/embed.ts).
import { bibtex, citationParts, cslJson, type CitationInput } from '../format/cite.ts';
import { embedCode } from '../format/embed.ts';

/** Rewrites every citation that has no address yet and every embed code with this page's address. */
export function fillCodes(): void {
  const here = () => `${location.origin}${location.pathname}`;
  for (const box of document.querySelectorAll<HTMLElement>('[data-citation]')) {
    const c = { ...(JSON.parse(box.dataset.citation!) as CitationInput), url: here() };
    const set = (suffix: string, text: string) => {
      const el = document.getElementById(`${box.id}-${suffix}`);
      if (el) el.textContent = text;
    };
    // The words, then the address in a span of its own that reads left to right (an Arabic citation).
    const { words, sep, url } = citationParts(c);
    const cite = (before: string) => {
      const link = document.createElement('span');
      link.className = 'citation-url';
      link.dir = 'ltr';
      link.textContent = url ?? '';
      return [`${before}${words}${sep}`, link];
    };
    document.getElementById(`${box.id}-text`)?.replaceChildren(...cite(''));
    set('bibtex', bibtex(c));
    set('csl', cslJson(c));
    const print = document.getElementById(`${box.id}-print`);
    if (print) print.replaceChildren(...cite(`${print.dataset.prefix ?? ''} `));
  }
  // An embed code always names the address the chart is read at: the iframe loads from the same place.
  for (const pre of document.querySelectorAll<HTMLElement>('[data-embed-src]')) {
    pre.textContent = embedCode({
      src: new URL(pre.dataset.embedSrc!, location.origin).href,
      title: pre.dataset.embedTitle ?? '',
    });
  }
}
