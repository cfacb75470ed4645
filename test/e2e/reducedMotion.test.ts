/** The turn of a year on the board: animated (dots stream, colours glide) unless the system asks for reduced motion, then a direct change. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardSettled } from '../../src/cli/gameDriver';
import { launch, openPage } from './browser';
import { advanceTo, byKey, nextPhase, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const picture = (page: Page) => page.evaluate(() => document.querySelector<HTMLCanvasElement>('#board canvas')!.toDataURL());
const label = (page: Page) => page.evaluate(() => document.querySelector('#board canvas')!.getAttribute('aria-label'));
/** Two frames of the page, so what the board drew last is on the canvas. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** A game at its first implementation phase with the board at rest; the next Page Down runs the year. */
async function beforeTheYear(reducedMotion: 'reduce' | 'no-preference') {
  const watched = await openPage(browser, 'en', { reducedMotion });
  await setUpSeats(watched.page, ['city']);
  await byKey(watched.page, 'setup-start').click();
  await advanceTo(watched.page, 'implementation');
  await boardSettled(watched.page);
  return watched;
}

describe("the board's year animation", () => {
  it('changes the board at once, without movement, when reduced motion is asked for', async () => {
    const { page, problems } = await beforeTheYear('reduce');
    try {
      const before = await label(page);
      expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'simulation' });
      // The board describes the new view as soon as it is drawn; an animation would do so only at its end, after about 2 s.
      await page.waitForFunction((b) => document.querySelector('#board canvas')!.getAttribute('aria-label') !== b, before, { timeout: 1000 });
      await frames(page);
      const first = await picture(page);
      await page.waitForTimeout(700);
      expect(await picture(page)).toBe(first);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('moves while the year turns otherwise (so the test above can see movement)', async () => {
    const { page, problems } = await beforeTheYear('no-preference');
    try {
      const before = await label(page);
      expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'simulation' });
      const first = await picture(page);
      await page.waitForTimeout(700);
      expect(await picture(page)).not.toBe(first);
      expect(await label(page)).toBe(before);
      // The animation ends in about 2 s, and the board describes the new view then.
      await page.waitForFunction((b) => document.querySelector('#board canvas')!.getAttribute('aria-label') !== b, before, { timeout: 5000 });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
