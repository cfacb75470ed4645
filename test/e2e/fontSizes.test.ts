/**
 * Legible from the back of a room: on every projected screen at 1920×1080, in German and English, visible body text is at
 * least 24 px and secondary text at least 20 px, nothing is cut off and no controls overlap (the rule and the screens are
 * those of `npm run fonts`, src/cli/fontSizes.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyScreen, failing, type ScreenReport } from '../../src/cli/fontSizes';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('type sizes on the projected screens', () => {
  it('keeps body text at 24 px and secondary text at 20 px or more, nothing cut off or overlapping, on every screen in both languages', async () => {
    const { page, problems } = await openPage(browser, 'de');
    try {
      const reports = await everyScreen(page, () => {});
      // Setup, the nine phases and their variants, the dialogs and the debrief sections and report parts, each in both languages.
      expect(reports.length).toBeGreaterThanOrEqual(2 * 17);
      const flagged = Object.fromEntries(reports.filter(failing).map((r: ScreenReport) => [`${r.screen} (${r.lang})`, { small: r.small, cut: r.cut, overlaps: r.overlaps }]));
      expect(flagged).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
