// Runs in <head> before the first paint (injected inline by src/build/integrations/reader.ts, which lets
// Astro hash it into the Content-Security-Policy): marks the page as scripted, so CSS can rely on
// scripts from the start without a later reflow, and applies the reader's saved colour theme, so a
// dark-mode reader never sees a light flash.
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.setAttribute('data-theme', t);
  } catch {
    /* storage blocked: follow the system setting */
  }
})();
