// The page's own address, as the browser knows it: the build writes no absolute URL it cannot know
// (see src/urls.ts), so what a reader copies or prints takes the address the page was read at.

/** The address of this page (origin and path, no query), with an optional "#fragment" or site-relative path resolved against it. */
export function here(link = ''): string {
  return new URL(link, `${location.origin}${location.pathname}`).href;
}

/**
 * Fills in what the build left without an address: the printed page address ([data-page-address]),
 * and, loaded only where a page has them, citations ([data-citation]) and embed codes ([data-embed-src]).
 */
export function initHere(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-address]')) el.textContent = here();
  if (document.querySelector('[data-citation], [data-embed-src]')) {
    import('./here-codes.ts').then((m) => m.fillCodes()).catch(() => {
      /* the page still reads; citations keep their text without the address */
    });
  }
}
