import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser is one pre-bundled file; keep it in its own cacheable chunk.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
}));
