/** Browser tests use the same headless Chromium and watched page as the screenshot and benchmark scripts. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, freshPage } from '../../src/cli/browserKit';

export { CHROMIUM_ARGS };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** A fresh page (its own storage) at 1920×1080 on the test server, collecting every console error and warning. */
export async function openPage(browser: Browser, lang: 'de' | 'en' = 'de'): Promise<Watched> {
  const { page, problems } = await freshPage(browser, lang);
  await page.goto(inject('baseUrl'));
  return { page, problems };
}
