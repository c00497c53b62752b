// Which section the reader is in: the last section heading (or section) that has scrolled past the
// top of the screen, below the sticky header.

/**
 * Elements whose ids are shared by both editions and name a place in the text. Navigation is left
 * out: the contents column stays in view (sticky) beside the text, so its title is no place in it.
 */
const TARGETS = 'main :is(h2, h3, h4, section)[id]:not(nav *)';

/**
 * Id of the section at the top of the reader's screen, or "" above the first one. The reader's own
 * fragment wins while its target is still on screen, so a freshly followed link is kept.
 */
export function currentSectionId(doc: Document = document): string {
  const header = doc.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const line = header + 16;
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
