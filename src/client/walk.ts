// The guided walk (src/components/content/Walk.astro): the pinned viewer holds one compact chart per
// group of steps, drawn at build time. As a step enters the reading band, the viewer shows its group's
// chart and lights its figure. Only an IntersectionObserver and class changes: no copy of the chart, no
// reads of layout (the browser never has to lay the page out for the script), no scroll-jacking. With
// reduced motion the CSS keeps the static steps and this does nothing.

/**
 * The reading band, as IntersectionObserver root margins: a step is in it while any part of it lies
 * between 20% and 70% of the viewport's height. The top fifth is left out because the header and the
 * pinned viewer cover it on a phone; a step only visible under them is not being read.
 */
const BAND = '-20% 0px -30% 0px';

/** Starts the walk on the page, if it has one and the reader allows motion. */
export function initWalk(): void {
  const walk = document.querySelector<HTMLElement>('.walk');
  const viewer = walk?.querySelector<HTMLElement>('.walk-viewer');
  if (!walk || !viewer || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const steps = [...walk.querySelectorAll<HTMLElement>('.walk-step')];
  const pins = new Map([...viewer.querySelectorAll<HTMLElement>('.walk-pin')].map((p) => [p.dataset.group, p]));
  let pin = viewer.querySelector<HTMLElement>('.walk-pin.is-current') ?? undefined;
  let current: HTMLElement | undefined;
  let lit: Element | undefined;

  const show = (step: HTMLElement) => {
    if (step === current) return;
    current?.removeAttribute('aria-current');
    current = step;
    step.setAttribute('aria-current', 'step');
    const next = pins.get(step.dataset.group);
    if (next !== pin) {
      pin?.classList.remove('is-current');
      next?.classList.add('is-current');
      pin = next;
    }
    lit?.classList.remove('is-active');
    lit = pin?.querySelector(`.walk-mark[data-estimate="${step.dataset.estimate}"]`) ?? undefined;
    lit?.classList.add('is-active');
  };

  // Steps in the band, kept from the observer's entries; the last of them in reading order is current.
  // When none is (between steps, or above and below the walk), the last current one stays lit.
  const inBand = new Set<Element>();
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) inBand.add(e.target);
        else inBand.delete(e.target);
      }
      const last = steps.findLast((s) => inBand.has(s));
      if (last) show(last);
    },
    { rootMargin: BAND },
  );
  for (const s of steps) io.observe(s);
}
