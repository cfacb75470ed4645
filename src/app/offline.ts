/**
 * Served over http or https, the built game can be installed from the browser and starts offline once opened: the web
 * app manifest and the service worker (public/manifest.webmanifest, public/sw.js). A folder opened from file:// needs
 * neither (and Chromium would refuse them there); `npm start` has neither, so the dev server's modules are never cached.
 */
export function installOffline(): void {
  if (!import.meta.env.PROD || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = 'manifest.webmanifest';
  document.head.append(manifest);
  // After the page has loaded, so caching the shell never competes with the game's start.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((e: unknown) => console.warn('Offline use unavailable:', e));
  });
}
