// The page's own address, as the browser knows it: the build writes no absolute URL it cannot know
// (see src/urls.ts), so what a reader copies or prints takes the address the page was read at.
import { fillCodes } from './here-codes.ts';

/** The address of this page (origin and path, no query), with an optional "#fragment" or site-relative path resolved against it. */
export function here(link = ''): string {
  return new URL(link, `${location.origin}${location.pathname}`).href;
}

/**
 * Fills in what the build left without an address: the printed page address ([data-page-address]),
 * citations ([data-citation]) and embed codes ([data-embed-src]). At once, not in a chunk loaded
 * later, so a copy button never copies the text from before.
 */
export function initHere(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-address]')) el.textContent = here();
  fillCodes();
}
