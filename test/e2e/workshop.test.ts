/**
 * A workshop's game at the length setup offers first, played through the page with two people at the table (the city
 * administration and the residents) and the computer in the other four seats. Reports, per round, the cards on the
 * table, what the room did (people's clicks and the facilitator's key presses) and the room time the estimate gives
 * (src/panels/setup/roomTime.ts); the whole game must fit a workshop of three hours.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_TO_BEGIN, roundMinutes, WORKSHOP_MINUTES } from '../../src/panels/setup/roomTime';
import { launch, openPage } from './browser';
import { byKey, lastCardId, nextPhase, setUpSeats, shownTime } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PEOPLE = ['city', 'residents'] as const;

interface Round {
  year: number;
  cards: number;
  peopleActions: number;
  facilitatorKeys: number;
  passed: number;
}

const cardsShown = (page: Page) => page.locator('#panel article.proposal').count();

/** One person tables a card: the first the form offers that the rules take (a refused one leaves the table as it was). */
async function tableOne(page: Page, role: string): Promise<number> {
  let clicks = 1;
  await byKey(page, `acting-${role}`).click();
  const options = await byKey(page, 'table-card').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const option of options) {
    await byKey(page, 'table-card').selectOption(option);
    const before = await cardsShown(page);
    await byKey(page, 'table-submit').click();
    clicks += 2;
    const tabled = await page
      .waitForFunction((n) => document.querySelectorAll('#panel article.proposal').length === n + 1, before, { timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (tabled) return clicks;
  }
  return clicks;
}

describe('a workshop game', () => {
  it('is played at the default length by two people and the computer, and fits three hours', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, PEOPLE, 5);
    const length = await byKey(page, 'setup-length').inputValue();
    expect(length).toBe('7x2');
    // Each length says what it would take with these seats: the default fits a workshop.
    expect(await byKey(page, 'setup-length').locator('option:checked').innerText()).toMatch(/^7 rounds of 2 years \(1997–2010\) · about 2 h \d+ min$/);
    await byKey(page, 'setup-start').click();
    expect(await page.locator('#topbar .tb-year').innerText()).toBe('1997–1998');
    expect(await page.locator('#topbar .tb-sub').innerText()).toMatch(/^Round 1 of 7/);

    const rounds: Round[] = [];
    let now = await shownTime(page);
    while (now.phase !== 'debrief') {
      const round: Round = { year: now.year, cards: 0, peopleActions: 0, facilitatorKeys: 0, passed: 0 };
      const own: string[] = [];
      for (let keys = 0; now.phase !== 'debrief' && now.year === round.year; keys++) {
        if (now.phase === 'proposals') {
          for (const role of PEOPLE) {
            round.peopleActions += await tableOne(page, role);
            own.push(await lastCardId(page));
          }
        }
        if (now.phase === 'decision') {
          round.cards = await cardsShown(page);
          // Each person puts two dots on its own card.
          for (const [i, role] of PEOPLE.entries()) {
            await byKey(page, `acting-${role}`).click();
            for (let d = 0; d < 2; d++) await byKey(page, `dot-${own[i]}`).click();
            round.peopleActions += 3;
          }
        }
        if (now.phase === 'implementation') round.passed = await page.locator('#panel article.proposal .verdict-head', { hasText: '✓' }).count();
        const before = now;
        now = await nextPhase(page);
        // The last-moves step costs the facilitator a second press.
        round.facilitatorKeys += before.phase === 'negotiation' ? 2 : 1;
      }
      rounds.push(round);
    }

    const lines = rounds.map(
      (r, i) =>
        `round ${i + 1} (${r.year}–${r.year + 1}): ${r.cards} cards on the table, ${r.passed} passed; people ${r.peopleActions} clicks, facilitator ${r.facilitatorKeys} keys; about ${roundMinutes(r.cards)} min`,
    );
    const total = MINUTES_TO_BEGIN + rounds.reduce((a, r) => a + roundMinutes(r.cards), 0);
    console.log(`${lines.join('\n')}\nwhole game: about ${total} min of play (${MINUTES_TO_BEGIN} min to begin), a workshop has ${WORKSHOP_MINUTES}`);

    expect(rounds.map((r) => r.year)).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009]);
    expect(rounds.every((r) => r.cards >= PEOPLE.length)).toBe(true);
    expect(total).toBeLessThanOrEqual(WORKSHOP_MINUTES);
    expect(problems).toEqual([]);
  });
});
