/**
 * Real projectors: at 1280×800 (16:10) and 1024×768 (4:3) the board and the panel share the width, nothing is cut off
 * sideways, and the board's smallest text is as large for the screen's height as at 1920×1080.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardSettled } from '../../src/cli/gameDriver';
import { launch, openPage, type Watched } from './browser';
import { advanceTo, byKey, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Size = { width: number; height: number };
const FULL_HD: Size = { width: 1920, height: 1080 };
const PROJECTORS: Size[] = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];

interface Layout {
  board: number;
  panel: number;
  /** The canvas's size on screen, and the board region's. */
  canvas: Size;
  region: Size;
  /** The board's smallest text on screen, in CSS pixels, over the window's height. */
  smallestText: number;
  /** How far the topbar's and the panel's contents stick out sideways (0: nothing cut off). */
  overflow: { topbar: number; panel: number };
}

/** Measures the game screen; the board's text sizes come from the Phaser scene (a hook the dev build leaves on window). */
async function layout(page: Page): Promise<Layout> {
  await page.waitForFunction(() => typeof (window as unknown as { __boardTextPx?: unknown }).__boardTextPx === 'function');
  await boardSettled(page);
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const sticksOut = (selector: string) => {
      const e = document.querySelector(selector)!;
      return e.scrollWidth - e.clientWidth;
    };
    const sizes = (window as unknown as { __boardTextPx(): number[] }).__boardTextPx();
    const canvas = box('#board canvas');
    const region = box('#board');
    return {
      board: region.width,
      panel: box('#panel').width,
      canvas: { width: canvas.width, height: canvas.height },
      region: { width: region.width, height: region.height },
      smallestText: Math.min(...sizes) / window.innerHeight,
      overflow: { topbar: sticksOut('#topbar'), panel: sticksOut('#panel') },
    };
  });
}

/** Waits until the board has been fitted to a new window size: the canvas fills its region's height. */
async function refitted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('#board canvas')?.getBoundingClientRect();
    const region = document.querySelector('#board')!.getBoundingClientRect();
    return canvas !== undefined && Math.abs(canvas.height - region.height) < 2 && canvas.width <= region.width + 1;
  });
}

/** A game in its first review (the widest panel: every indicator with its change), in `lang`, at `size`. */
async function review(lang: 'de' | 'en', size: Size): Promise<Watched> {
  const watched = await openPage(browser, lang, { viewport: size });
  await setUpSeats(watched.page, ['city']);
  await byKey(watched.page, 'setup-start').click();
  await advanceTo(watched.page, 'review');
  return watched;
}

function expectShared(l: Layout, size: Size): void {
  // Both get a fair share of the width (at 1920×1080: 56 % and 44 %).
  expect(l.board / size.width).toBeGreaterThanOrEqual(0.45);
  expect(l.panel / size.width).toBeGreaterThanOrEqual(0.35);
  // The board is drawn at its region's full height and no wider than the region.
  expect(l.canvas.height).toBeGreaterThan(l.region.height - 2);
  expect(l.canvas.width).toBeLessThanOrEqual(l.region.width + 1);
  expect(l.overflow).toEqual({ topbar: 0, panel: 0 });
}

describe('the game on smaller projectors', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`shares the width and keeps the board's text as large for the screen as at 1920×1080 (${lang}, resizing one game)`, async () => {
      const { page, problems } = await review(lang, FULL_HD);
      try {
        const full = await layout(page);
        expect(full.board).toBe(1080);
        expect(full.canvas).toEqual({ width: 1080, height: 976 });
        for (const size of PROJECTORS) {
          await page.setViewportSize(size);
          await refitted(page);
          const l = await layout(page);
          expectShared(l, size);
          // 1 % for rounding: the topbar's zoomed height falls between whole pixels.
          expect(l.smallestText).toBeGreaterThanOrEqual(full.smallestText * 0.99);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('lays a game opened at 1024×768 out for 1024×768 from the start', async () => {
    const full = await review('en', FULL_HD);
    const reference = await layout(full.page);
    await full.page.context().close();
    const size = PROJECTORS[1]!;
    const { page, problems } = await review('en', size);
    try {
      const l = await layout(page);
      expectShared(l, size);
      expect(l.smallestText).toBeGreaterThanOrEqual(reference.smallestText * 0.99);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
