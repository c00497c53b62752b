// Registers the service worker (built by src/build/integrations/reader.ts) so that visited pages open again
// without a connection.
import { withSlash } from '../urls.ts';

/** Registers <base>sw.js with the base path as its scope; does nothing in development or old browsers. */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = withSlash(import.meta.env.BASE_URL);
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    /* no offline copies (private mode, blocked storage): the site works as before */
  });
}
