// The table of contents as a reading aid: marks the section being read (aria-current), keeps that
// entry in view in the sidebar, and on phones (where the contents are a popover opened from the
// header's Contents control) opens it from that control and closes it once the reader has picked a
// section. Positions come only from IntersectionObserver, which reports them after the browser's own
// layout: nothing here reads the layout, so starting it never makes the browser lay the page out again.

/**
 * A section is "being read" once its heading has come within this many pixels of the line where a link
 * to it puts it (the scroll padding under the header), so a jump to a section always marks that
 * section, and a short section does not hand over to the next one too early.
 */
const READING_SLACK = 48;

/**
 * The reading line, in pixels from the top of the screen: the page's scroll padding (global.css, the
 * header's height plus a gap) plus the slack. A computed style, not a layout measurement.
 */
export function readingLine(doc: Document = document): number {
  const pad = parseFloat(getComputedStyle(doc.documentElement).scrollPaddingBlockStart);
  return (Number.isFinite(pad) ? pad : 0) + READING_SLACK;
}

/** Starts current-section marking and the phone popover behaviour for the page's #toc, if any. */
export function initToc(): void {
  const toc = document.getElementById('toc');
  if (!toc) return;
  const canPop = 'showPopover' in toc;
  const isOpen = () => canPop && toc.matches(':popover-open');
  const wide = matchMedia('(min-width: 64rem)');
  const entries = [...toc.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
    .filter((a) => a.pathname === location.pathname && a.hash.length > 1)
    .map((a) => ({ a, target: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
    .filter((e): e is { a: HTMLAnchorElement; target: HTMLElement } => e.target !== null)
    .sort((x, y) => (x.target.compareDocumentPosition(y.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const byTarget = new Map(entries.map((e) => [e.target as Element, e]));
  /** Targets whose top is above the reading line, as the observer last reported them. */
  const above = new Set<Element>();
  let current: HTMLAnchorElement | undefined;

  const update = () => {
    let next: HTMLAnchorElement | undefined;
    for (const e of entries) if (above.has(e.target)) next = e.a;
    if (next === current) return;
    current?.removeAttribute('aria-current');
    current = next;
    if (!current) return;
    current.setAttribute('aria-current', 'location');
    // Keeps the entry visible inside the sidebar's own scroll area (container: 'nearest' leaves the page
    // where it is); not while the reader moves through the contents with the keyboard, where the entry
    // they focused would be scrolled out of sight under them, nor while the contents are a closed popover.
    if (wide.matches && !toc.contains(document.activeElement))
      current.scrollIntoView({ block: 'nearest', container: 'nearest' } as ScrollIntoViewOptions);
  };

  // The observed band runs from far above the screen (100,000% of its height: past the top of any page)
  // down to the reading line, so "intersecting" means "above the line", and a jump that skips every
  // heading at once still changes each one's state. It follows the screen's height, so it is rebuilt
  // when that changes (rotation, zoom).
  let io: IntersectionObserver | undefined;
  const observe = () => {
    io?.disconnect();
    above.clear();
    io = new IntersectionObserver(
      (seen) => {
        for (const s of seen) {
          if (!byTarget.has(s.target)) continue;
          if (s.isIntersecting) above.add(s.target);
          else above.delete(s.target);
        }
        update();
      },
      { rootMargin: `100000% 0px ${Math.min(0, Math.round(readingLine() - innerHeight))}px 0px` },
    );
    for (const e of entries) io.observe(e.target);
  };
  let resized = 0;
  addEventListener('resize', () => {
    clearTimeout(resized);
    resized = window.setTimeout(observe, 150);
  });
  observe();

  if (!canPop) return;
  toc.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a') && isOpen()) toc.hidePopover();
  });
  // On opening, the current entry is brought into the sheet's view; only the sheet scrolls
  // (container: 'nearest'), never the page under it.
  toc.addEventListener('toggle', () => {
    if (isOpen()) current?.scrollIntoView({ block: 'center', container: 'nearest' } as ScrollIntoViewOptions);
  });
  // The sidebar layout has no popover: close one left open when the screen grows (rotation, zoom out).
  wide.addEventListener('change', () => {
    if (wide.matches && isOpen()) toc.hidePopover();
  });
  // The header's Contents control (a link to #contents, so it works without scripts) opens the popover
  // when the contents are behind it, whether it is followed on this page or from another one.
  const behindButton = () => !wide.matches && toc.closest('#contents') !== null;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href$="#contents"]')) {
    a.addEventListener('click', (e) => {
      if (a.pathname !== location.pathname || !behindButton()) return;
      e.preventDefault();
      toc.showPopover();
    });
  }
  if (location.hash === '#contents' && behindButton()) toc.showPopover();
}
