/** The language and the view chosen survive a reload, though no move was made after choosing them. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { byKey, nextPhase, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function reloaded(page: Page, ready: string): Promise<void> {
  await page.reload();
  await page.locator(ready).waitFor();
}

describe('choices of the language and the view', () => {
  it('come back after a reload in the game, chosen after the last move', async () => {
    const { page, problems } = await openPage(browser, 'de');
    await setUpSeats(page, ['city']);
    await byKey(page, 'setup-start').click();
    await nextPhase(page);
    expect(await page.locator('#topbar .tb-phase').textContent()).toBe('Lage');

    await byKey(page, 'topbar-language').click();
    await page.locator('#topbar .tb-phase', { hasText: 'Situation' }).waitFor();
    await byKey(page, 'board-indicator').selectOption('unemployment');
    await reloaded(page, '#topbar .tb-now');
    expect(await page.locator('#topbar .tb-phase').textContent()).toBe('Situation');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await byKey(page, 'board-indicator').inputValue()).toBe('unemployment');

    // And back, again without a move.
    await byKey(page, 'topbar-language').click();
    await page.locator('#topbar .tb-phase', { hasText: 'Lage' }).waitFor();
    await reloaded(page, '#topbar .tb-now');
    expect(await page.locator('#topbar .tb-phase').textContent()).toBe('Lage');
    expect(problems).toEqual([]);
  });

  it('come back after a reload on the setup screen', async () => {
    const { page, problems } = await openPage(browser, 'de');
    await byKey(page, 'setup-start').waitFor();
    await byKey(page, 'topbar-language').click();
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    await reloaded(page, '[data-key="setup-start"]');
    expect(await byKey(page, 'setup-start').innerText()).toBe('Start the game');
    expect(problems).toEqual([]);
  });
});
