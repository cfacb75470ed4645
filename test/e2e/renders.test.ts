/** What a pledge redraws: the card it touches and the acting role's resources, not the whole screen (renders counted with ?renders). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freshPage } from '../../src/cli/browserKit';
import { launch } from './browser';
import { advanceTo, byKey, lastCardId, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Counted = Window & { __renders: Map<string, number> };

describe('renders', () => {
  it('a pledge renders the proposal it touches and the resources shown, nothing else of the screen', async () => {
    const { page, problems } = await freshPage(browser, 'en');
    await page.goto(`${inject('baseUrl')}?renders`);
    await setUpSeats(page, ['city', 'residents']);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'proposals');
    await byKey(page, 'table-submit').click();
    await page.locator('#panel article.proposal').last().waitFor();
    const card = await lastCardId(page);
    await advanceTo(page, 'negotiation');
    const cards = await page.locator('#panel article.proposal').count();
    expect(cards).toBeGreaterThan(1);
    await byKey(page, `card-${card}`).click();
    await byKey(page, `pledge-${card}-money`).fill('10000');
    // Counting starts when the form is filled in: what follows is the pledge alone.
    await page.evaluate(() => (window as unknown as Counted).__renders.clear());
    await byKey(page, `pledge-${card}`).click();
    const box = page.locator('article.proposal', { has: page.locator(`#proposal-${card}`) });
    await box.locator('.pledges', { hasText: '10,000' }).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    const counts = Object.fromEntries(await page.evaluate(() => [...(window as unknown as Counted).__renders]));

    expect(counts.ProposalCard).toBe(1);
    expect(counts.ActingBar).toBe(1);
    // The rest of the screen stays as it was: the regions, the topbar, the other parts of the table.
    for (const still of ['PanelRegion', 'PhasePanel', 'TopbarRegion', 'Topbar', 'OthersMoney', 'ConceptTracker', 'TableForm']) expect(counts[still], still).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
