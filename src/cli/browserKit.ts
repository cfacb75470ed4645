/** The built app served locally and headless Chromium, for the screenshot and browser benchmark scripts. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium, NoChromium } from './findChromium';
import { startChromium } from './startChromium';

export const VIEWPORT = { width: 1920, height: 1080 };

export interface BuiltApp {
  /** Where the build went: a fresh temporary folder. */
  outDir: string;
  /** The app served by `vite preview`, e.g. http://127.0.0.1:4173/. */
  url: string;
  close(): Promise<void>;
}

/** Builds the app for production into a temporary folder and serves it on a free port. */
export async function buildAndServe(): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'quartier-build-'));
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  const address = server.httpServer.address() as AddressInfo;
  return {
    outDir,
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium, or undefined with a sentence on stderr saying what to install. */
export async function launchChromium(): Promise<Browser | undefined> {
  try {
    return await startChromium(await findChromium());
  } catch (e) {
    if (!(e instanceof NoChromium)) throw e;
    console.error(e.message);
    return undefined;
  }
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** A fresh context (empty storage and cache) at 1920×1080 in the given language, recording console problems; `options` may set another size or reduced motion. */
export async function freshPage(browser: Browser, lang: 'de' | 'en' = 'de', options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, ...options });
  // tsx wraps named functions in a __name helper; functions handed to the page need it there too.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('quartier.language')) localStorage.setItem('quartier.language', l);
  }, lang);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page, problems };
}
