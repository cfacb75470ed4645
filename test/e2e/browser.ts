/** Headless Chromium from Debian, driven by playwright-core: a page at 1920×1080 that records console problems. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** A fresh page (its own storage) at 1920×1080 that collects every console error and warning. */
export async function openPage(browser: Browser, lang: 'de' | 'en' = 'de'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('quartier.language')) localStorage.setItem('quartier.language', l);
  }, lang);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(inject('baseUrl'));
  return { page, problems };
}
