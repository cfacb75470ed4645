/** Vitest global setup for browser tests: one Vite dev server on a free port for the whole run. */
import type { TestProject } from 'vitest/node';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // No hot reload: a file saved during a run must not reload a page in the middle of a test.
  server = await createServer({ server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false }, logLevel: 'error', clearScreen: false });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 5173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
