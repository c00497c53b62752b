// The table of contents as a reading aid: marks the section being read (aria-current), keeps that
// entry in view in the sidebar, and on phones (where the contents are a popover behind a button)
// closes the popover once the reader has picked a section.

/**
 * A section is "being read" once its heading has come within this many pixels of the header: just
 * below where a link to it puts it (scroll-padding), so a jump to a section always marks that
 * section, and a short section does not hand over to the next one too early.
 */
const READING_LINE = 64;

/** Starts current-section marking and the phone popover behaviour for the page's #toc, if any. */
export function initToc(): void {
  const toc = document.getElementById('toc');
  if (!toc) return;
  const canPop = 'showPopover' in toc;
  const isOpen = () => canPop && toc.matches(':popover-open');
  const header = document.querySelector<HTMLElement>('.site-header');
  const entries = [...toc.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
    .filter((a) => a.pathname === location.pathname && a.hash.length > 1)
    .map((a) => ({ a, target: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
    .filter((e): e is { a: HTMLAnchorElement; target: HTMLElement } => e.target !== null)
    .sort((x, y) => (x.target.compareDocumentPosition(y.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  let current: HTMLAnchorElement | undefined;

  const line = () => (header?.getBoundingClientRect().bottom ?? 0) + READING_LINE;
  const update = () => {
    const limit = line();
    let next: HTMLAnchorElement | undefined;
    for (const e of entries) {
      if (e.target.getBoundingClientRect().top <= limit) next = e.a;
      else break;
    }
    if (next === current) return;
    current?.removeAttribute('aria-current');
    current = next;
    if (!current) return;
    current.setAttribute('aria-current', 'location');
    reveal();
  };
  // Keeps the current entry visible inside the sidebar's own scroll area, without scrolling the page.
  // Not while the reader is moving through the contents with the keyboard: the entry they focused
  // would be scrolled out of sight under them.
  const reveal = () => {
    if (!current || toc.scrollHeight <= toc.clientHeight || toc.contains(document.activeElement)) return;
    const box = toc.getBoundingClientRect();
    const r = current.getBoundingClientRect();
    if (box.height === 0) return;
    if (r.top < box.top || r.bottom > box.bottom) toc.scrollTop += r.top - box.top - box.height / 2;
  };

  // Headings crossing the reading line (the bottom edge of the observed band) trigger a check;
  // `scrollend` and `hashchange` catch jumps that skip over every heading at once. The band follows
  // the viewport and the header's height, so it is rebuilt when they change (rotation, zoom).
  let io: IntersectionObserver | undefined;
  const observe = () => {
    io?.disconnect();
    io = new IntersectionObserver(update, {
      rootMargin: `0px 0px ${Math.min(0, Math.round(line() - innerHeight))}px 0px`,
    });
    for (const e of entries) io.observe(e.target);
  };
  let resized = 0;
  addEventListener('resize', () => {
    clearTimeout(resized);
    resized = window.setTimeout(() => (observe(), update()), 150);
  });
  addEventListener('scrollend', update);
  addEventListener('hashchange', update);
  observe();
  update();

  if (!canPop) return;
  toc.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a') && isOpen()) toc.hidePopover();
  });
  toc.addEventListener('toggle', () => {
    if (isOpen()) current?.scrollIntoView({ block: 'center' });
  });
  // The sidebar layout has no popover: close one left open when the screen grows (rotation, zoom out).
  const wide = matchMedia('(min-width: 64rem)');
  wide.addEventListener('change', () => {
    if (wide.matches && isOpen()) toc.hidePopover();
  });
  // The header's "Contents" link (/#contents) opens the popover when the contents are behind the
  // button, whether it is followed on this page or from another one.
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
