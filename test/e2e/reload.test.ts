/** Reloading the page in the middle of the negotiation finds the session exactly as it was. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, lastCardId, nextPhase, setUpSeats, shownTime, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every proposal card on the table, in the order shown. */
async function openAllCards(page: Page): Promise<number> {
  const toggles = await page.locator('#panel article.proposal .toggle').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.key!));
  for (const key of toggles) if ((await byKey(page, key).getAttribute('aria-expanded')) === 'false') await byKey(page, key).click();
  return toggles.length;
}

/** Everything the screen shows: topbar and panel text, the board's description, and each control's value and state. */
async function screen(page: Page) {
  return {
    topbar: await textOf(page.locator('#topbar')),
    panel: await textOf(page.locator('#panel')),
    board: await page.locator('#board canvas').getAttribute('aria-label'),
    controls: await page.locator('#topbar [data-key], #panel [data-key]').evaluateAll((nodes) =>
      nodes.map((n) => {
        const c = n as HTMLInputElement;
        return [c.dataset.key, c.value ?? null, c.getAttribute('aria-pressed'), c.getAttribute('aria-expanded'), c.disabled ?? null].join('|');
      }),
    ),
  };
}

describe('a reload during the negotiation', () => {
  it('finds the same year, phase, proposals, pledges, backing and budgets, without console problems', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, ['city', 'residents'], 11);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'proposals');
    await byKey(page, 'table-card').selectOption('neighbourhoodManagement');
    await byKey(page, 'table-submit').click();
    const card = await lastCardId(page);
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'negotiation' });

    // The city pledges to its card, the residents pledge volunteer hours and oppose a computer role's card.
    await byKey(page, `card-${card}`).click();
    await byKey(page, `pledge-${card}`).click();
    await page.locator('#panel .pledges', { hasText: 'City administration' }).waitFor();
    await byKey(page, 'acting-residents').click();
    await byKey(page, `pledge-${card}-money`).fill('5000');
    await byKey(page, `pledge-${card}-volunteerHours`).fill('200');
    await byKey(page, `pledge-${card}`).click();
    await page.locator('#panel .pledges', { hasText: 'Residents' }).waitFor();
    await byKey(page, 'card-p1').click();
    await byKey(page, 'oppose-p1').click();
    expect(await byKey(page, 'oppose-p1').getAttribute('aria-pressed')).toBe('true');
    // After a reload the first person's panel comes up, so that is the one compared.
    await byKey(page, 'acting-city').click();
    const cards = await openAllCards(page);
    // With people at the table each computer role tables one card: five or more in all.
    expect(cards).toBeGreaterThanOrEqual(5);
    const before = await screen(page);
    expect(before.panel).toMatch(/Residents 5,000 € · 200 volunteer hours/);
    // The residents have 20,000 € a year, 40,000 € a round of two years; 5,000 € are pledged.
    expect(before.panel).toContain('Residents 35k €');

    await page.reload();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'negotiation' });
    await page.waitForFunction(() => document.querySelector('#board canvas')?.hasAttribute('aria-label'));
    expect(await openAllCards(page)).toBe(cards);
    const after = await screen(page);
    expect(after.topbar).toBe(before.topbar);
    expect(after.board).toBe(before.board);
    expect(after.panel).toBe(before.panel);
    expect(after.controls).toEqual(before.controls);

    // The game goes on from there: the decision counts the pledges made before the reload.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'decision' });
    expect(await textOf(page.locator('#panel .own-budget'))).toContain('€ / 1.4m €');
    expect(problems).toEqual([]);
  });
});
