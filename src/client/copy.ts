// Copying and sharing, in one small script so a page pays for it once:
// - the share control of every link target (src/components/page/Anchor.astro), a link to "#id": where the
//   Web Share API exists (phones, where links travel by messaging apps) it opens the system share sheet
//   with the absolute link and its title, and a closed sheet does nothing else; elsewhere it copies the
//   link, shown for two seconds beside the control and announced, in the page's language. One class on
//   <html>, set by the head script, tells the stylesheet which of each control's names to expose
//   (links.css), and the controls are named buttons; no layout is read. A click with a modifier key or another mouse button is left to the
//   browser (a new tab, "copy link address").
// - copy buttons with visible words (src/components/page/CopyButton.astro: a citation, an embed code, a
//   figure page's link), shown by CSS where the Clipboard API exists.
// Links are made absolute against the address the page was read at, so they are right whatever the build
// knew of the site's address. It is part of reader.ts, the one script file of every page but an embed,
// which the browser keeps from page to page instead of reading it again in each page's HTML. An embed
// page has neither (withoutPageControls, src/format/embed.ts), so it does without the script.

const CONTROL = 'a.anchor[data-done]';
const clip = navigator.clipboard;
const canShare = typeof navigator.share === 'function';
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-done]');
const controls = document.querySelectorAll(CONTROL);
if ((clip && buttons.length) || ((clip || canShare) && controls.length)) {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  document.body.append(live);
  /** Emptying first makes a repeated, identical message announce again. */
  const say = (msg: (Node | string)[]) => {
    live.textContent = '';
    setTimeout(() => live.replaceChildren(...msg), 50);
  };
  const absolute = (url: string) => new URL(url, `${location.origin}${location.pathname}`).href;
  // The failure message is the page's, in its language (Base.astro puts it on <body>).
  const failed = () => document.body.dataset.copyFailed ?? '';
  // The copy buttons are shown, and the share controls' names picked, by CSS under the classes the head
  // script sets before the first paint (src/client/theme-init.js: `can-copy`, `share-sheet`, `share-copy`):
  // un-hiding each button here made the browser recompute style and layout over the whole long page.
  // With this script the control acts rather than navigates, so it is announced as a button.
  for (const a of controls) a.setAttribute('role', 'button');

  const share = async (a: HTMLAnchorElement) => {
    const { shareUrl, title, done = '' } = a.dataset;
    const url = absolute(shareUrl ?? a.getAttribute('href')!);
    // The address then shows the link shared, as following it would, without moving the page.
    const follow = () => {
      try {
        if (!shareUrl) history.replaceState(history.state, '', a.getAttribute('href'));
      } catch {
        /* a sandboxed frame may refuse to change its address */
      }
    };
    if (canShare) {
      try {
        await navigator.share({ url, title: `${title} – ${document.title}` });
        return follow();
      } catch (e) {
        // A closed sheet: nothing else happens. A sheet that could not open falls back to copying.
        if ((e as Error).name === 'AbortError' || !clip) return;
      }
    }
    let ok = true;
    try {
      await clip.writeText(url);
    } catch {
      ok = false; // the message says what to do, and the address bar holds the link to copy by hand
    }
    follow();
    const note = document.createElement('span');
    note.className = 'share-note';
    note.setAttribute('aria-hidden', 'true');
    note.textContent = ok ? done : failed();
    a.querySelector('.share-note')?.remove();
    a.append(note);
    setTimeout(() => note.remove(), 2000);
    say(ok ? [done, ': ', span(url, {})] : [failed()]);
  };

  const copy = async (b: HTMLButtonElement) => {
    const { copyUrl, copyText, done = '', term } = b.dataset;
    const source = copyText ? document.getElementById(copyText) : null;
    const text = copyUrl ? absolute(copyUrl) : (source?.textContent ?? '').trim();
    let msg: (Node | string)[] = [failed()];
    try {
      await clip.writeText(text);
      msg = [...said(done, term), ': ', excerpt(text, source)];
      b.classList.add('copied');
      setTimeout(() => b.classList.remove('copied'), 2000);
    } catch {
      /* the message above says what to do */
    }
    say(msg);
  };

  document.addEventListener('click', (ev) => {
    const t = ev.target as Element;
    const a = t.closest<HTMLAnchorElement>(CONTROL);
    if (a) {
      if (ev.button || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      void share(a);
    }
    const b = t.closest<HTMLButtonElement>('button[data-done]');
    if (b && clip) void copy(b);
  });
  // A button also answers the space bar (Enter on a link arrives as a click).
  document.addEventListener('keydown', (ev) => {
    const a = ev.key === ' ' && (ev.target as Element).closest?.<HTMLAnchorElement>(CONTROL);
    if (!a) return;
    ev.preventDefault();
    void share(a);
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
