// The guided walk (src/components/content/Walk.astro): a copy of the chart fills the sticky viewer, and
// as each step crosses the reading line the chart lights up that step's figure and pans to it. Only
// observers and transforms: no scroll-jacking, nothing that moves the page. With reduced motion (or a
// chart missing) the walk stays as its static steps.

/** Where a step becomes the current one: this far down the viewport. */
const LINE = 0.7;

/** Starts the walk on the page, if it has one and the reader allows motion. */
export function initWalk(): void {
  const walk = document.querySelector<HTMLElement>('.walk');
  const viewer = walk?.querySelector<HTMLElement>('.walk-viewer');
  const graphic = document.getElementById(walk?.dataset.chart ?? '')?.querySelector('.chart-graphic');
  if (!walk || !viewer || !graphic || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const pane = document.createElement('div');
  pane.className = 'walk-pane';
  const copy = graphic.cloneNode(true) as Element;
  // The copy is decoration (aria-hidden, inert): the steps say everything in words.
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  pane.append(copy);
  viewer.inert = true;
  viewer.append(pane);
  const steps = [...walk.querySelectorAll<HTMLElement>('.walk-step')];
  let current: HTMLElement | undefined;

  // Pans the copy so the lit figure sits in the middle of the viewer, within the chart's edges.
  const pan = () => {
    const mark = [...pane.querySelectorAll<SVGGraphicsElement>('.is-active')].find(
      (m) => m.getBoundingClientRect().height > 0,
    );
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    const top = box.top - pane.getBoundingClientRect().top;
    const max = Math.max(0, pane.offsetHeight - viewer.clientHeight);
    const y = Math.min(max, Math.max(0, top + box.height / 2 - viewer.clientHeight / 2));
    pane.style.setProperty('--walk-pan', `${-Math.round(y)}px`);
  };
  const show = (step: HTMLElement) => {
    if (step === current) return;
    current?.removeAttribute('aria-current');
    current = step;
    step.setAttribute('aria-current', 'step');
    for (const m of pane.querySelectorAll('.is-active')) m.classList.remove('is-active');
    for (const m of pane.querySelectorAll(`[data-estimate="${step.dataset.estimate}"]`)) m.classList.add('is-active');
    pan();
  };
  const update = () => {
    const line = innerHeight * LINE;
    show(steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? steps[0]);
  };
  const io = new IntersectionObserver(update, { rootMargin: `0px 0px -${Math.round((1 - LINE) * 100)}% 0px` });
  for (const s of steps) io.observe(s);
  addEventListener('scrollend', update);
  // Resizing, zooming or rotating changes which drawing shows and where the figure sits.
  new ResizeObserver(pan).observe(viewer);
  update();
}
