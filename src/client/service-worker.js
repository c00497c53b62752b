// Offline reading. The build (src/build/integrations/reader.ts) writes this file to <base>sw.js, preceded by
// `const CONFIG = { base, version, precache }` (see src/build/offline.ts).
// - Pages: network first, so readers get updates whenever they are online; the copy kept from their
//   last visit answers when the network fails or is too slow.
// - /_astro/ files: their names change with their content, so a kept copy is always right: cache first.
// - One cache per build; on activation, pages kept by the previous build move into the new cache
//   (refreshed when the network allows) and old caches are deleted.
/* global CONFIG */
const PREFIX = 'reader-';
const CACHE = PREFIX + CONFIG.version;
const ASSETS = CONFIG.base + '_astro/';
/** How long a page may take on a slow network before the kept copy is shown instead. */
const SLOW_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(CONFIG.precache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith(PREFIX)) continue;
        const old = await caches.open(name);
        for (const req of await old.keys()) {
          if (new URL(req.url).pathname.startsWith(ASSETS) || (await cache.match(req))) continue;
          const fresh = await fetch(req.url).catch(() => null);
          const copy = fresh && fresh.ok ? fresh : await old.match(req);
          if (copy) await cache.put(req.url, copy);
        }
        await caches.delete(name);
      }
      // The page that registered the worker was loaded before it existed: keep it too.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(windows.map((w) => keep(cache, w.url)));
      await self.clients.claim();
    })(),
  );
});

/** Fetches a page of this site and keeps it, ignoring failures (the reader may be offline). */
async function keep(cache, url) {
  const u = new URL(url);
  u.hash = '';
  if (!u.pathname.startsWith(CONFIG.base) || (await cache.match(u.href))) return;
  const res = await fetch(u.href).catch(() => null);
  if (res && res.ok) await cache.put(u.href, res);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (url.pathname.endsWith('/sw.js')) return;
  event.respondWith(url.pathname.startsWith(ASSETS) ? cacheFirst(event) : networkFirst(event));
});

async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(event.request);
  if (hit) return hit;
  const res = await fetch(event.request);
  if (res.ok) event.waitUntil(cache.put(event.request, res.clone()));
  return res;
}

async function networkFirst(event) {
  const req = event.request;
  const cache = await caches.open(CACHE);
  const kept = await cache.match(req, { ignoreSearch: true });
  const network = fetch(req);
  // Registered now, while the event is being handled; clones before the page reads the body.
  event.waitUntil(
    network
      .then((res) => (res.ok && res.type === 'basic' ? cache.put(req, res.clone()) : undefined))
      .catch(() => undefined),
  );
  try {
    if (!kept) return await network;
    // On a slow network, show the kept copy; the fresh one still replaces it in the cache.
    const slow = new Promise((resolve) => setTimeout(() => resolve(kept), SLOW_MS));
    return await Promise.race([network, slow]);
  } catch (err) {
    if (kept) return kept;
    if (req.mode === 'navigate') {
      // The notice in the reader's edition: Arabic for a page under ar/, English otherwise.
      const edition = new URL(req.url).pathname.startsWith(CONFIG.base + 'ar/') ? 'ar/' : '';
      const offline =
        (await cache.match(CONFIG.base + edition + 'offline/')) ?? (await cache.match(CONFIG.base + 'offline/'));
      if (offline) return offline;
    }
    throw err;
  }
}
