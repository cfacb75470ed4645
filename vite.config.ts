import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
// With its extension, as Vite's native config loader (a future default) needs it; tsconfig.json allows it.
import { scenarioData } from './src/build/scenarioData.ts';
import { singleFile } from './src/build/singleFile.ts';

/** Phaser's build flags for the canvas-only core used in production (see src/board/phaserCanvas.js). */
const canvasOnly = {
  global: 'globalThis',
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
};

export default defineConfig(({ command }) => ({
  server: { port: 5173, host: '127.0.0.1' },
  ...(command === 'build' && {
    resolve: { alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./src/board/phaserCanvas.js', import.meta.url)) }] },
    define: canvasOnly,
  }),
  // The build is one index.html with everything inlined: it opens from a copied folder (file://) as well as from a server.
  // Bundled scenarios come in as their data, without the YAML's comments (src/app/bundled.ts).
  plugins: [scenarioData(), singleFile()],
  // The workers (session files, the debrief's reference games) keep fixed names, so the service worker (public/sw.js) can keep them for offline use.
  worker: { rolldownOptions: { output: { entryFileNames: '[name].js' } } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
}));
