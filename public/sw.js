// The built game's service worker (registered by src/app/offline.ts, only when served over http or https): it keeps
// the app shell — index.html with everything inlined, its icon and manifest, the worker that opens session files
// and the one that plays the debrief's reference games — so a game opened once starts offline.
const CACHE = 'quartier-shell';
// The bundled scenarios beyond the first are scripts beside the page, loaded when chosen (src/build/scenarioData.ts).
const SHELL = ['./', './index.html', './manifest.webmanifest', './favicon.svg', './sessionFileWorker.js', './referenceWorker.js', './scenario-leipziger-osten.js', './scenario-tutorial.js', './doc-model.js', './doc-model.de.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// From the cache first, so a workshop on a weak network starts at once; every answer from the network refreshes
// the cache, so a newer build is there from the next start on.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      const fresh = fetch(request).then((response) => {
        if (response.ok) void cache.put(request, response.clone());
        return response;
      });
      if (!cached) return fresh;
      event.waitUntil(fresh.catch(() => undefined));
      return cached;
    }),
  );
});
