// The reading-progress bar under the site header: a decoration (aria-hidden), drawn with a transform
// from a CSS custom property, so it never moves anything else on the page.

/** Keeps --progress (0 to 1) on the bar in step with how far the page has been scrolled. */
export function initProgress(): void {
  const bar = document.querySelector<HTMLElement>('.reading-progress');
  if (!bar) return;
  let queued = false;
  const draw = () => {
    queued = false;
    const root = document.documentElement;
    const max = root.scrollHeight - root.clientHeight;
    bar.style.setProperty('--progress', String(max > 0 ? Math.min(1, Math.max(0, root.scrollTop / max)) : 0));
  };
  const queue = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(draw);
    }
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  draw();
}
