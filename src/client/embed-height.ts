// Runs inside an embed page (src/layouts/Embed.astro): tells the page that frames it how tall the
// chart is, so the host's copy of /embed.js (public/embed.js) can fit the iframe to it. The size is
// the one ResizeObserver reports for the root element, so nothing forces a layout; the host may also
// ask again ("measure"), for a frame that reported before the host's script had started.
// No imports, so that Astro inlines it (with its hash in the policy): a sandboxed frame has an opaque
// origin, and a module script fetched from a file would need CORS headers. The message names are those
// of src/format/embed.ts (EMBED_HEIGHT, EMBED_MEASURE), which tests/unit/format/embed.test.ts compares.
const EMBED_HEIGHT = 'iraqs-recruits:height';
const EMBED_MEASURE = 'iraqs-recruits:measure';

if (window.parent !== window) {
  let height = 0;
  const post = () => window.parent.postMessage({ type: EMBED_HEIGHT, height }, '*');
  new ResizeObserver((entries) => {
    const box = entries[0]?.borderBoxSize?.[0];
    const next = Math.ceil(box ? box.blockSize : (entries[0]?.contentRect.height ?? 0));
    if (next === height) return;
    height = next;
    post();
  }).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    const d: unknown = event.data;
    if (
      event.source === window.parent &&
      height &&
      typeof d === 'object' &&
      d &&
      (d as { type?: unknown }).type === EMBED_MEASURE
    )
      post();
  });
}
