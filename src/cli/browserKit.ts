/** The built app served locally and Debian's headless Chromium, for the screenshot and browser benchmark scripts. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';

/** Chromium flags for containers: no sandbox or GPU, no background traffic (also used by the browser tests). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1920, height: 1080 };

export interface BuiltApp {
  /** Where the build went: a fresh temporary folder. */
  outDir: string;
  /** The built JavaScript files, relative to outDir. */
  scripts: string[];
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
  const scripts = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('assets', f));
  return {
    outDir,
    scripts,
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium, or undefined with a sentence on stderr when it is not installed. */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM=/path/to/chromium).`);
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** A fresh context (empty storage and cache) at 1920×1080 in the given language, recording console problems. */
export async function freshPage(browser: Browser, lang: 'de' | 'en' = 'de'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
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
