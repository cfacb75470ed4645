/**
 * Offline, from a stick: the built game, copied to another folder, opens from file:// and plays a year; served over
 * http it is installable and, once opened, starts again without a network.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage } from '../../src/cli/browserKit';
import { CHROMIUM_ARGS } from '../../src/cli/startChromium';
import { launch } from './browser';
import { byKey, nextPhase, setUpSeats, shownTime } from './play';

let browser: Browser;
let built: string;
let stick: string;
beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'quartier-build-'));
  // Vitest sets NODE_ENV=test, under which Vite would build for development; the stick gets what `npm run build` makes.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'silent', build: { outDir: built, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // As a facilitator copies the folder to a stick: the game must not depend on where it was built.
  stick = mkdtempSync(join(tmpdir(), 'quartier-stick-'));
  cpSync(built, stick, { recursive: true });
  rmSync(built, { recursive: true, force: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (stick) rmSync(stick, { recursive: true, force: true });
});

describe('the built game without a server', () => {
  it('is one index.html with everything inlined, beside its icon, manifest and service worker', () => {
    const files = readdirSync(stick).sort();
    expect(files).toEqual(expect.arrayContaining(['favicon.svg', 'index.html', 'manifest.webmanifest', 'sw.js']));
    // Nothing else but scripts of workers, which the page can do without (src/panels/openSessionFile.ts).
    expect(files.filter((f) => !['favicon.svg', 'index.html', 'manifest.webmanifest', 'sw.js'].includes(f)).every((f) => f.endsWith('.js'))).toBe(true);
  });

  it('opens from the copied folder (file://) and plays a year by keyboard, with no service worker', async () => {
    const { context, page, problems } = await freshPage(browser, 'en');
    try {
      await page.goto(pathToFileURL(join(stick, 'index.html')).href);
      await setUpSeats(page, ['city', 'residents']);
      await byKey(page, 'setup-start').click();
      expect(await shownTime(page)).toEqual({ year: 1997, phase: 'news' });
      let now = await shownTime(page);
      while (now.year === 1997) now = await nextPhase(page);
      expect(now).toEqual({ year: 1999, phase: 'news' });
      await page.locator('#board canvas').waitFor();
      // The autosave works from a folder too: opening the page again goes on where the group was.
      await page.reload();
      await page.locator('#topbar .tb-year').waitFor();
      expect(await shownTime(page)).toEqual({ year: 1999, phase: 'news' });
      // A folder needs neither manifest nor service worker (and Chromium would refuse both from file://).
      expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the built game from a web server', () => {
  let server: PreviewServer;
  let url: string;
  beforeAll(async () => {
    server = await preview({ logLevel: 'silent', build: { outDir: stick }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
    url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('can be installed from the browser', async () => {
    // A test context is private (incognito), where nothing installs: a profile of its own asks as a person's browser would.
    const found = inject('chromium');
    const profile = mkdtempSync(join(tmpdir(), 'quartier-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: found.executablePath, args: CHROMIUM_ARGS, env: found.env ? { ...process.env, ...found.env } : undefined });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const cdp = await context.newCDPSession(page);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('starts again without a network once opened', async () => {
    const { context, page, problems } = await freshPage(browser, 'en');
    try {
      await page.goto(url);
      await byKey(page, 'setup-start').waitFor();
      // The service worker has cached the app shell and controls the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // With the workers that open session files and play the debrief's reference games, so both work offline too.
      for (const worker of ['sessionFileWorker.js', 'referenceWorker.js'])
        expect(await page.evaluate(async (name) => (await caches.keys()).length > 0 && (await caches.match(name, { ignoreSearch: true })) !== undefined, worker)).toBe(true);
      await context.setOffline(true);
      await page.reload();
      await setUpSeats(page, ['city']);
      await byKey(page, 'setup-start').click();
      expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'situation' });
      await page.locator('#board canvas').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
