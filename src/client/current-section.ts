// Which section the reader is in: the last section heading (or section) that has scrolled past the
// line under the sticky header where a link to it would put it. Asked only when the reader follows the
// language switch, so reading positions then costs nothing while the page loads or scrolls.
import { readingLine } from './toc.ts';

/**
 * Elements whose ids are shared by both editions and name a place in the text. Navigation is left
 * out: the contents column stays in view (sticky) beside the text, so its title is no place in it.
 */
const TARGETS = 'main :is(h2, h3, h4, section)[id]:not(nav *)';

/**
 * Id of the section at the top of the reader's screen, or "" above the first one. The reader's own
 * fragment wins while its target is still on screen, so a freshly followed link is kept. The line is
 * the page's scroll padding (the header's height in CSS, global.css): the header itself is not measured.
 */
export function currentSectionId(doc: Document = document): string {
  const line = readingLine(doc) - 32;
  let id = '';
  for (const el of doc.querySelectorAll<HTMLElement>(TARGETS)) {
    if (el.getBoundingClientRect().top <= line) id = el.id;
    else break;
  }
  const hash = decodeURIComponent(doc.location?.hash.slice(1) ?? '');
  const target = hash ? doc.getElementById(hash) : null;
  if (target) {
    const r = target.getBoundingClientRect();
    if (r.top >= 0 && r.top < (doc.defaultView?.innerHeight ?? 0)) return hash;
  }
  return id;
}
