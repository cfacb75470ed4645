/** A round's table on one 1920×1080 screen: the cards closed fit the panel in proposals, negotiation and decision, in German and English. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, nextPhase, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The height of the cards on the table (their heading included) and of the panel's visible area, in both languages. */
async function heights(page: Page): Promise<Record<string, { table: number; visible: number; cards: number }>> {
  const measured: Record<string, { table: number; visible: number; cards: number }> = {};
  for (const lang of ['de', 'en'] as const) {
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await byKey(page, 'topbar-language').click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    measured[lang] = await page.evaluate(() => ({
      table: Math.ceil(document.querySelector('#panel .table-cards')!.getBoundingClientRect().height),
      visible: document.querySelector('#panel')!.clientHeight,
      cards: document.querySelectorAll('#panel .table-cards article.proposal').length,
    }));
  }
  return measured;
}

describe('the table on one screen', () => {
  it('shows every card closed within the visible panel in proposals, negotiation and decision, in both languages', async () => {
    const { page, problems } = await openPage(browser, 'de');
    await setUpSeats(page, ['city', 'residents']);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'proposals');
    // Both people table a card beside the computer roles' four: six cards, the table of a busy first year.
    for (const role of ['city', 'residents']) {
      const before = await page.locator('#panel article.proposal').count();
      await byKey(page, `acting-${role}`).click();
      await byKey(page, 'table-submit').click();
      await page.waitForFunction((n) => document.querySelectorAll('#panel article.proposal').length === n + 1, before);
    }
    const seen: Record<string, Awaited<ReturnType<typeof heights>>> = { proposals: await heights(page) };
    await nextPhase(page);
    seen.negotiation = await heights(page);
    await advanceTo(page, 'decision');
    seen.decision = await heights(page);

    for (const [phase, byLang] of Object.entries(seen)) {
      for (const [lang, h] of Object.entries(byLang)) {
        expect(h.cards, `${phase} (${lang})`).toBeGreaterThanOrEqual(6);
        expect(h.table, `${phase} (${lang}): ${h.table} px of cards in ${h.visible} px`).toBeLessThanOrEqual(h.visible);
      }
    }
    expect(problems).toEqual([]);
  });
});
