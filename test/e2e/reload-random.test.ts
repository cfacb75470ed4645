/** 100 reloads at random moments, in the built game: after each one the game is exactly where the screen last showed it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, freshPage, type BuiltApp } from '../../src/cli/browserKit';
import { launch } from './browser';
import { byKey, setUpSeats, shownTime } from './play';
import { downloadedLog, movesOn, replayedTime } from './sessions';

const RELOADS = Number(process.env.RELOADS ?? 100);

let browser: Browser;
let built: BuiltApp;
beforeAll(async () => {
  // The built game: one file to load, so a hundred reloads take minutes, not the dev server's many modules each time.
  [browser, built] = await Promise.all([launch(), buildAndServe()]);
});
afterAll(async () => {
  await browser?.close();
  await built?.close();
});

/** A small seeded generator, so a failing run can be repeated. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Sends a key from inside the page after `delay` ms, so it can land just before, during or after a reload. */
const keyLater = (page: Page, key: string, delay: number, ctrl: boolean) =>
  page.evaluate(
    ([k, d, c]) => void setTimeout(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: k as string, ctrlKey: c as boolean, bubbles: true })), d as number),
    [key, delay, ctrl],
  );

describe('reloads at random moments', () => {
  it(`lose no move the screen showed, ${RELOADS} times over, and never ask about another tab`, async () => {
    const { page, problems } = await freshPage(browser, 'en');
    // What the topbar showed as the page went away: every move shown by then had been journalled.
    await page.addInitScript(() =>
      addEventListener('pagehide', () => sessionStorage.setItem('test.shown', document.querySelector('#topbar .tb-now')?.textContent ?? '')),
    );
    await page.goto(built.url);
    await setUpSeats(page, ['city'], 5);
    await byKey(page, 'setup-start').click();
    await page.locator('#topbar .tb-now').waitFor();
    const random = generator(2024);
    for (let reload = 1; reload <= RELOADS; reload++) {
      const roll = random();
      const over = (await shownTime(page)).phase === 'debrief';
      // Mostly Page Down; now and then Page Up or Ctrl+Z, which shorten the log.
      const key = over || roll < 0.1 ? 'PageUp' : roll < 0.18 ? 'z' : 'PageDown';
      const presses = 1 + Math.floor(random() * 3);
      for (let p = 0; p < presses; p++) await keyLater(page, key, Math.floor(random() * 40), key === 'z');
      await page.waitForTimeout(Math.floor(random() * 60));
      await page.reload();
      await page.locator('#topbar .tb-now').waitFor();
      const before = await page.evaluate(() => sessionStorage.getItem('test.shown'));
      expect(await page.locator('#topbar .tb-now').textContent(), `after reload ${reload}`).toBe(before);
      expect(await page.getByRole('dialog').count(), `a dialog after reload ${reload}`).toBe(0);
    }
    // The session file agrees: the game moved on many times, and its replay stands where the topbar does.
    const { log, text } = await downloadedLog(page, byKey(page, 'topbar-save'));
    expect(movesOn(log)).toBeGreaterThan(30);
    expect(replayedTime(text)).toEqual(await shownTime(page));
    expect(problems).toEqual([]);
  }, 1_200_000);
});
