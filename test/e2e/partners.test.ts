/** A computer role as a partner: asked by a person for money, it answers with a reason before the decision, and its pledge funds the card. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, lastCardId, setUpSeats, shownTime, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a computer role asked for money', () => {
  it('answers the person who asked with a reason before the decision, and its pledge funds the card', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, ['city', 'residents'], 1);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'proposals');

    // The city tables social counselling (youth services lead it) and asks youth services for 60 % of the cost.
    await byKey(page, 'table-card').selectOption('socialCounselling');
    await byKey(page, 'table-district').selectOption('wk8');
    await byKey(page, 'table-financing').click();
    await byKey(page, 'table-share-city').fill('40');
    await byKey(page, 'table-share-youth').fill('60');
    const before = await page.locator('#panel article.proposal').count();
    await byKey(page, 'table-submit').click();
    await page.waitForFunction((n) => document.querySelectorAll('#panel article.proposal').length === n + 1, before);
    const card = await lastCardId(page);
    const box = page.locator('article.proposal', { has: page.locator(`#proposal-${card}`) });

    // Still in the proposals phase, people can read the answer and respond to it.
    await byKey(page, `card-${card}`).click();
    const answer = await textOf(box.locator('.answers'));
    expect(answer).toMatch(/Youth services: .*72,000 €/);

    await advanceTo(page, 'negotiation');
    await byKey(page, `card-${card}`).click();
    await box.locator('.pledges', { hasText: /Youth services 72,000\s€/ }).waitFor();
    await byKey(page, `pledge-${card}`).click();
    await box.locator('.pledges', { hasText: 'City administration' }).waitFor();

    // The computer roles' last moves are a step of their own: the first Page Down shows them, the game stays in negotiation.
    expect(await textOf(page.locator('#panel .last-moves'))).toContain('first asks the computer roles for their last moves');
    await page.keyboard.press('PageDown');
    await page.locator('#panel .last-moves.taken').waitFor();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'negotiation' });
    expect(await textOf(page.locator('#panel .last-moves'))).toContain('Next (Page Down) goes on to the decision');
    await advanceTo(page, 'decision');
    await byKey(page, `dot-${card}`).click();
    await byKey(page, 'acting-residents').click();
    await byKey(page, `dot-${card}`).click();
    await advanceTo(page, 'implementation');
    expect(await box.locator('.verdict-head').innerText()).toBe('✓ Passed and funded');
    expect(await textOf(box)).toMatch(/Who paid what:[\s\S]*Youth services 72,000 €/);
    expect(problems).toEqual([]);
  });
});
