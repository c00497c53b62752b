// Copy buttons (src/components/page/CopyButton.astro): shows them where the Clipboard API exists, copies
// an absolute link (resolved against the address the page was read at, so it is right whatever the
// build knew of the site's address) or a block of text, and announces the result in a live region.
// It imports nothing, so Astro inlines it: an embed page runs in a sandboxed frame with an opaque
// origin, where a module script loaded from a file would need CORS headers.

const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-done]');
if (navigator.clipboard && buttons.length) {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  document.body.append(live);
  for (const b of buttons) b.hidden = false;
  document.addEventListener('click', async (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-done]');
    if (!b) return;
    const { copyUrl, copyText, done } = b.dataset;
    const text = copyUrl
      ? new URL(copyUrl, `${location.origin}${location.pathname}`).href
      : (document.getElementById(copyText!)?.textContent ?? '').trim();
    // The failure message is the page's, in its language (Base.astro puts it on <body>).
    let msg = document.body.dataset.copyFailed ?? '';
    try {
      await navigator.clipboard.writeText(text);
      msg = `${done}: ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
      b.classList.add('copied');
      setTimeout(() => b.classList.remove('copied'), 2000);
    } catch {
      /* the message above says what to do */
    }
    // Emptying first makes a repeated, identical message announce again.
    live.textContent = '';
    setTimeout(() => (live.textContent = msg), 50);
  });
}
