// The share control of every link target (src/components/page/Anchor.astro): a link to "#id" that, with
// this script, opens the system share sheet with the link and its title where the Web Share API exists
// (phones, where links travel by messaging apps), and elsewhere copies the absolute link and says so,
// visibly beside the control and to screen readers, in the page's language.
//
// It reads no layout and touches no control until one is used, apart from naming them buttons: one class
// on <html> tells the stylesheet which of each control's names to expose (links.css). A click with a
// modifier key or another mouse button is left to the browser (open in a new tab, copy the address).
// It imports nothing, so Astro inlines it: an embed page runs in a sandboxed frame with an opaque origin,
// where a module script loaded from a file would need CORS headers.

const SELECTOR = 'a.anchor[data-done]';
const canShare = typeof navigator.share === 'function';
const canCopy = !!navigator.clipboard;

if (canShare || canCopy) {
  const root = document.documentElement;
  root.classList.add(canShare ? 'share-sheet' : 'share-copy');
  // With this script the control acts rather than navigates, so it is announced as a button.
  for (const a of document.querySelectorAll(SELECTOR)) a.setAttribute('role', 'button');
  const live = liveRegion();

  const act = async (a: HTMLAnchorElement) => {
    const { shareUrl, title = '', done = '' } = a.dataset;
    const own = !shareUrl;
    const url = new URL(shareUrl ?? a.getAttribute('href')!, `${location.origin}${location.pathname}`).href;
    if (canShare) {
      try {
        await navigator.share({ url, title: title ? `${title} – ${document.title}` : document.title });
        if (own) follow(a);
        return;
      } catch (e) {
        // The reader closed the sheet: nothing else happens.
        if (e instanceof DOMException && e.name === 'AbortError') return;
        // A sheet that could not open (no share target, or not allowed here) falls back to copying.
        if (!canCopy) return;
      }
    }
    let msg = document.body.dataset.copyFailed ?? '';
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      msg = done;
      ok = true;
    } catch {
      /* the message says what to do, and the address bar then holds the link to copy by hand */
    }
    if (own) follow(a);
    note(a, msg, ok);
    // Emptying first makes a repeated, identical message announce again.
    live.textContent = '';
    setTimeout(() => live.replaceChildren(...(ok ? [msg, ': ', ltr(url)] : [msg])), 50);
  };

  document.addEventListener('click', (ev) => {
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    const a = (ev.target as Element).closest<HTMLAnchorElement>(SELECTOR);
    if (!a) return;
    ev.preventDefault();
    void act(a);
  });
  // A button also answers the space bar (a link only Enter, which arrives as a click).
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== ' ' || ev.repeat) return;
    const a = (ev.target as Element).closest?.<HTMLAnchorElement>(SELECTOR);
    if (!a) return;
    ev.preventDefault();
    void act(a);
  });
}

/** The page's one status region for copy messages (src/client/copy.ts uses the same one). */
function liveRegion(): HTMLElement {
  const found = document.querySelector<HTMLElement>('p[data-copy-status]');
  if (found) return found;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.dataset.copyStatus = '';
  document.body.append(live);
  return live;
}

/** The address shows the link that was shared, as following it would, without moving the page. */
function follow(a: HTMLAnchorElement) {
  try {
    history.replaceState(history.state, '', a.getAttribute('href'));
  } catch {
    /* a sandboxed frame may refuse: the link was still shared */
  }
}

/** The visible feedback beside the control, for two seconds (screen readers hear the status region). */
function note(a: HTMLAnchorElement, text: string, ok: boolean) {
  a.querySelector('.share-note')?.remove();
  const n = document.createElement('span');
  n.className = ok ? 'share-note' : 'share-note share-note-failed';
  n.setAttribute('aria-hidden', 'true');
  n.textContent = text;
  a.append(n);
  a.classList.add('copied');
  setTimeout(() => {
    n.remove();
    if (!a.querySelector('.share-note')) a.classList.remove('copied');
  }, 2000);
}

/** A link written into a message: it reads left to right on a right-to-left page. */
function ltr(text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.textContent = text;
  el.dir = 'ltr';
  return el;
}
