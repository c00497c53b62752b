// Copy buttons with visible words (src/components/page/CopyButton.astro: a citation, an embed code, a
// figure page's link; the link of a section, figure or event is shared by src/client/share.ts): shows
// them where the Clipboard API exists, copies an absolute link (resolved against the address the page
// was read at, so it is right whatever the build knew of the site's address) or a block of text, and
// announces the result in a live region.
// It imports nothing, so Astro inlines it: an embed page runs in a sandboxed frame with an opaque
// origin, where a module script loaded from a file would need CORS headers.

const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-done]');
if (navigator.clipboard && buttons.length) {
  // One status region per page, shared with the share controls (src/client/share.ts).
  let live = document.querySelector<HTMLElement>('p[data-copy-status]');
  if (!live) {
    live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.dataset.copyStatus = '';
    document.body.append(live);
  }
  const status = live;
  for (const b of buttons) b.hidden = false;
  document.addEventListener('click', async (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-done]');
    if (!b) return;
    const { copyUrl, copyText, done = '', term } = b.dataset;
    const source = copyText ? document.getElementById(copyText) : null;
    const text = copyUrl
      ? new URL(copyUrl, `${location.origin}${location.pathname}`).href
      : (source?.textContent ?? '').trim();
    // The failure message is the page's, in its language (Base.astro puts it on <body>).
    let msg: (Node | string)[] = [document.body.dataset.copyFailed ?? ''];
    try {
      await navigator.clipboard.writeText(text);
      msg = [...said(done, term), ': ', excerpt(text, source)];
      b.classList.add('copied');
      setTimeout(() => b.classList.remove('copied'), 2000);
    } catch {
      /* the message above says what to do */
    }
    // Emptying first makes a repeated, identical message announce again.
    status.textContent = '';
    setTimeout(() => status.replaceChildren(...msg), 50);
  });
}

/** A span that reads left to right, marked with a language or as text not to translate. */
function span(text: string, mark: { lang?: string; code?: boolean }): HTMLSpanElement {
  const el = document.createElement('span');
  el.textContent = text;
  el.dir = 'ltr';
  if (mark.lang) el.lang = mark.lang;
  if (mark.code) el.translate = false;
  return el;
}

/** What was copied ("BibTeX copied"): a technical name the message holds as "{term}" is marked as English. */
function said(done: string, term?: string): (Node | string)[] {
  if (!term || !done.includes('{term}')) return [done];
  const [before, after] = done.split('{term}');
  return [before, span(term, { lang: 'en' }), after];
}

/**
 * The start of what was copied, marked the way its source is: a link reads left to right, code (a <pre>,
 * BibTeX) is not to be translated, and text keeps the markup of the element it was copied from (an
 * address in a citation stays in its left-to-right span), cut after 77 characters (before an address
 * that would not fit).
 */
function excerpt(text: string, source: HTMLElement | null): Node | string {
  const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
  if (!source) return span(short(text), {});
  if (source.closest('pre, code, [translate="no"]')) return span(short(text), { code: true });
  const out = document.createElement('span');
  const lang = source.closest('[lang]')?.getAttribute('lang') ?? '';
  if (lang && lang !== document.documentElement.lang) out.lang = lang;
  let left = 77;
  const copy = (from: Node, to: Node) => {
    for (const n of from.childNodes) {
      if (left <= 0) return;
      if (n.nodeType === Node.TEXT_NODE) {
        const t = n.textContent ?? '';
        to.appendChild(document.createTextNode(t.length > left ? `${t.slice(0, left)}…` : t));
        left -= t.length;
      } else if (n instanceof HTMLElement) {
        // An address is shown whole or not at all: a cut one would no longer read as an address.
        if (n.dir === 'ltr' && (n.textContent ?? '').length > left) {
          to.appendChild(document.createTextNode('…'));
          left = 0;
          return;
        }
        const el = document.createElement('span');
        for (const a of ['lang', 'dir', 'translate']) if (n.hasAttribute(a)) el.setAttribute(a, n.getAttribute(a)!);
        to.appendChild(el);
        copy(n, el);
      }
    }
  };
  copy(source, out);
  return out;
}
