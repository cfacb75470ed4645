/** Browser tests use the same headless Chromium and watched page as the screenshot and benchmark scripts. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { freshPage } from '../../src/cli/browserKit';
import { startChromium } from '../../src/cli/startChromium';

/** The Chromium that the global setup found (test/e2e/chromium.ts). */
export async function launch(): Promise<Browser> {
  return startChromium(inject('chromium'));
}

export interface Watched {
  page: Page;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** A fresh page (its own storage) at 1920×1080 (or as `options` say) on the test server, collecting every console error and warning. */
export async function openPage(browser: Browser, lang: 'de' | 'en' = 'de', options: BrowserContextOptions = {}): Promise<Watched> {
  const { page, problems } = await freshPage(browser, lang, options);
  await page.goto(inject('baseUrl'));
  return { page, problems };
}
