/** A whole year with the keyboard alone: setup, a briefing, tabling a card, a pledge, on to the next year, and the board's dropdown. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, focused, lastCardId, nextPhase, setUpSeats, shownTime, tabTo, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the keyboard alone', () => {
  it('sets up a game, plays a year with two people at the table and moves on to the next', async () => {
    const { page, problems } = await openPage(browser, 'de');
    const panel = page.locator('#panel');
    await byKey(page, 'setup-start').waitFor();

    // Setup: a seed typed in, four roles switched to the computer with the arrow key, Start with Enter.
    await tabTo(page, 'setup-seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('42');
    for (const role of ['lwb', 'cooperatives', 'youth', 'jobs']) {
      await tabTo(page, `setup-seat-${role}`);
      await page.keyboard.press('ArrowDown');
      expect(await byKey(page, `setup-seat-${role}`).inputValue()).toBe('bot');
      expect(await focused(page, `setup-seat-${role}`)).toBe(true);
    }
    expect(await page.locator('.setup-seats caption').innerText()).toContain('2 Menschen, 4 Computer');
    expect(await byKey(page, 'setup-seed').inputValue()).toBe('42');
    await tabTo(page, 'setup-start');
    await page.keyboard.press('Enter');
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'news' });

    // News and situation pass with Page Down; the residents read their briefing behind the hand-over screen.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'situation' });
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'briefings' });
    await tabTo(page, 'handover-residents');
    await page.keyboard.press('Enter');
    expect(await focused(page, 'reveal')).toBe(true);
    await page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Briefing: Bewohnerschaft' }).waitFor();
    expect(await focused(page, 'briefing-hide')).toBe(true);
    await page.keyboard.press('Space');
    // The next person's hand-over button has the focus.
    expect(await focused(page, 'handover-city')).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await panel.getByRole('heading', { name: 'Briefing: Stadtverwaltung' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await panel.locator('.seats .done').count()).toBe(2);

    // Proposals: the city picks neighbourhood management by typing its initial and tables it.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'proposals' });
    await tabTo(page, 'table-card');
    await page.keyboard.type('Q');
    expect(await byKey(page, 'table-card').inputValue()).toBe('neighbourhoodManagement');
    expect(await focused(page, 'table-card')).toBe(true);
    const cards = await panel.locator('article.proposal').count();
    await tabTo(page, 'table-submit');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#panel article.proposal').length === n + 1, cards);
    const card = await lastCardId(page);
    expect(await page.locator(`#proposal-${card}`).innerText()).toContain('Quartiersmanagement');
    expect(await focused(page, 'table-submit')).toBe(true);

    // Negotiation: the city opens its card, corrects the suggested pledge (Shift+Tab back to the amount) and pledges.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'negotiation' });
    await tabTo(page, `card-${card}`);
    await page.keyboard.press('Enter');
    expect(await byKey(page, `card-${card}`).getAttribute('aria-expanded')).toBe('true');
    await tabTo(page, `pledge-${card}`);
    await tabTo(page, `pledge-${card}-money`, { back: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('150000');
    await tabTo(page, `pledge-${card}`);
    await page.keyboard.press('Space');
    const cardBox = page.locator('article.proposal', { has: page.locator(`#proposal-${card}`) });
    await cardBox.locator('.pledges', { hasText: /Stadtverwaltung 150\.000\s€/ }).waitFor();
    // The city has 700,000 € a year in Grünau (scenarios/gruenau.yaml): 1.4 million in a round of two years.
    expect(await textOf(panel.locator('.own-budget'))).toContain('1.250.000 € / 1,4 Mio. €');

    // The residents take the keyboard and back the card.
    await tabTo(page, 'acting-residents', { back: true });
    await page.keyboard.press('Enter');
    expect(await byKey(page, 'acting-residents').getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, `support-${card}`);
    await page.keyboard.press('Enter');
    expect(await byKey(page, `support-${card}`).getAttribute('aria-pressed')).toBe('true');

    // The facilitator's Page Down runs decision, implementation, simulation and review into the next year.
    const phases = [];
    for (let now = await nextPhase(page); now.year === 1997; now = await nextPhase(page)) phases.push(now.phase);
    expect(phases).toEqual(['decision', 'implementation', 'simulation', 'review']);
    expect(await shownTime(page)).toEqual({ year: 1999, phase: 'news' });

    // The board's colour dropdown takes the arrows; the clicker's Page Down still moves the game on from it.
    await tabTo(page, 'board-indicator');
    const shown = await byKey(page, 'board-indicator').inputValue();
    await page.keyboard.press('ArrowDown');
    expect(await byKey(page, 'board-indicator').inputValue()).not.toBe(shown);
    const picked = await byKey(page, 'board-indicator').inputValue();
    expect(await nextPhase(page)).toEqual({ year: 1999, phase: 'situation' });
    expect(await byKey(page, 'board-indicator').inputValue()).toBe(picked);
    expect(problems).toEqual([]);
  });

  it("steps through the debrief's discussion with the clicker, without leaving the debrief at either end", async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, []);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'debrief');
    await byKey(page, 'debrief-section-discussion').click();
    const shownStep = async () => {
      const visible = page.locator('.debrief-discussion-step:visible');
      expect(await visible.count()).toBe(1);
      return { title: (await textOf(visible.locator('h4'))).replace(/\s+/g, ' '), first: await textOf(visible.locator('li').first()) };
    };
    // Page Up at the first step stays there: before the discussion it went back into the last round.
    await page.keyboard.press('PageUp');
    expect(await shownStep()).toEqual({ title: '1 What happened?', first: 'Who moved out of Grünau in your game, and who stayed?' });
    const titles = [];
    for (const key of ['PageDown', 'PageDown', 'PageDown']) {
      await page.keyboard.press(key);
      titles.push((await shownStep()).title);
    }
    expect(titles).toEqual(['2 Why?', '3 What does it mean for practice?', '3 What does it mean for practice?']);
    expect(await byKey(page, 'debrief-step-practice').getAttribute('aria-pressed')).toBe('true');
    // The topbar's Next is off at the last step and steps on the clicker's way before it.
    expect(await byKey(page, 'topbar-next').isDisabled()).toBe(true);
    await page.keyboard.press('PageUp');
    expect((await shownStep()).title).toBe('2 Why?');
    await byKey(page, 'topbar-next').click();
    expect((await shownStep()).title).toBe('3 What does it mean for practice?');
    await page.keyboard.press('PageUp');
    expect(await shownTime(page)).toMatchObject({ phase: 'debrief' });
    expect(problems).toEqual([]);
  });
});
