// Runs in <head> before the first paint (injected inline by src/build/integrations/reader.ts, which lets
// Astro hash it into the Content-Security-Policy): marks the page as scripted, so CSS can rely on
// scripts from the start without a later reflow, and applies the reader's saved colour theme, so a
// dark-mode reader never sees a light flash.
// It also says, once, what the browser can do with links: `can-copy` where the Clipboard API exists
// (the copy buttons are shown by CSS under it, src/styles/links.css), and `share-sheet` or `share-copy`
// for the share controls' names. Classes set here cost one style pass at first paint; revealing each of
// the long page's copy buttons from a script cost a style and layout pass over the whole page.
(function () {
  var d = document.documentElement;
  var n = navigator;
  var c = ['js'];
  var clip = !!(n.clipboard && n.clipboard.writeText);
  if (clip) c.push('can-copy');
  if (typeof n.share === 'function') c.push('share-sheet');
  else if (clip) c.push('share-copy');
  d.className += (d.className ? ' ' : '') + c.join(' ');
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.setAttribute('data-theme', t);
  } catch {
    /* storage blocked: follow the system setting */
  }
})();
