/** A whole Grünau game through the page: the city and the residents played by people, four roles by the computer, to the debrief. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { byKey, lastCardId, nextPhase, setUpSeats, shownTime, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a whole game in the browser', () => {
  it('is played from setup to the debrief with clicks and keys only, without console problems', async () => {
    const { page, problems } = await openPage(browser, 'en');
    const panel = page.locator('#panel');
    await setUpSeats(page, ['city', 'residents']);
    await byKey(page, 'setup-start').click();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'news' });
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'situation' });
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'briefings' });

    // Briefings: the four computer roles keep theirs hidden; each person reads theirs behind the hand-over screen.
    const computers = await panel.locator('.chips').innerText();
    for (const name of ['Municipal housing company', 'Housing cooperatives', 'Youth services', 'Employment services']) expect(computers).toContain(name);
    const secret = 'local Agenda group';
    await byKey(page, 'handover-residents').click();
    expect(await panel.innerText()).toContain('Only Residents should look now');
    expect(await panel.innerText()).not.toContain(secret);
    await byKey(page, 'reveal').click();
    await panel.getByRole('heading', { name: 'Briefing: Residents' }).waitFor();
    expect(await panel.innerText()).toContain(secret);
    await byKey(page, 'briefing-hide').click();
    expect(await panel.innerText()).not.toContain(secret);
    await byKey(page, 'handover-city').click();
    await byKey(page, 'reveal').click();
    await panel.getByRole('heading', { name: 'Briefing: City administration' }).waitFor();
    await byKey(page, 'briefing-hide').click();
    expect(await panel.locator('.seats .done').count()).toBe(2);

    // Proposals: the city tables greening of cleared sites in Complex 8 (it can pay for that alone); the computer roles have tabled theirs.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'proposals' });
    expect(await byKey(page, 'acting-city').getAttribute('aria-pressed')).toBe('true');
    const before = await panel.locator('article.proposal').count();
    expect(before).toBeGreaterThan(0);
    await byKey(page, 'table-card').selectOption('interimGreen');
    await byKey(page, 'table-district').selectOption('wk8');
    await byKey(page, 'table-submit').click();
    await page.waitForFunction((n) => document.querySelectorAll('#panel article.proposal').length === n + 1, before);
    const card = await lastCardId(page);
    expect(await page.locator(`#proposal-${card}`).innerText()).toContain('Greening cleared sites');
    expect(await page.locator('#panel article.proposal').last().innerText()).toContain('Complex 8');

    // Negotiation: the city pledges what its card asks of it; the residents give volunteer hours and back the card.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'negotiation' });
    await byKey(page, `card-${card}`).click();
    expect(await byKey(page, `pledge-${card}-money`).inputValue()).toBe('300000');
    await byKey(page, `pledge-${card}`).click();
    const cardBox = page.locator('article.proposal', { has: page.locator(`#proposal-${card}`) });
    await cardBox.locator('.pledges', { hasText: /City administration 300,000\s€/ }).waitFor();
    // The city has 700,000 € a year in Grünau (scenarios/gruenau.yaml): 1.4 million in a round of two years.
    expect(await textOf(panel.locator('.own-budget'))).toContain('1,100,000 € / 1.4m €');
    await byKey(page, 'acting-residents').click();
    expect(await textOf(panel.locator('.own-budget'))).toContain('40,000 €');
    // The greening needs 200 volunteer hours, which the city does not have: the residents give them.
    await byKey(page, `pledge-${card}-money`).fill('0');
    await byKey(page, `pledge-${card}-volunteerHours`).fill('200');
    await byKey(page, `pledge-${card}`).click();
    await cardBox.locator('.pledges', { hasText: /Residents/ }).waitFor();
    await byKey(page, `support-${card}`).click();
    expect(await byKey(page, `support-${card}`).getAttribute('aria-pressed')).toBe('true');
    expect(await cardBox.locator('.backing').innerText()).toMatch(/In favour:[\s\S]*Residents[\s\S]*Against/);

    // Decision: both people give the card a dot.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'decision' });
    const dots = async () => Number(/Dots (\d+)/.exec(await cardBox.locator('.status').innerText())![1]);
    const computerDots = await dots();
    expect(await byKey(page, 'acting-residents').getAttribute('aria-pressed')).toBe('true');
    await byKey(page, `dot-${card}`).click();
    await byKey(page, 'acting-city').click();
    await byKey(page, `dot-${card}`).click();
    expect(await dots()).toBe(computerDots + 2);

    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'implementation' });
    expect(await page.locator(`#proposal-${card}`).count()).toBe(1);
    expect(await cardBox.locator('.verdict-head').innerText()).toBe('✓ Passed and funded');
    // Once, the board's animation of the year (entering the simulation, ~2 s) plays to its end while the console is watched.
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'simulation' });
    await page.waitForTimeout(2500);
    expect(await nextPhase(page)).toEqual({ year: 1997, phase: 'review' });

    // The facilitator clicks on through all the rounds (seven of two years, the workshop length setup offers first); each appears on the way.
    const years = new Set<number>();
    for (let now = await shownTime(page); now.phase !== 'debrief'; now = await nextPhase(page)) years.add(now.year);
    expect([...years]).toEqual(Array.from({ length: 7 }, (_, i) => 1997 + 2 * i));
    expect(await shownTime(page)).toEqual({ year: 2009, phase: 'debrief' });

    // The debrief: charts of the course, the scores per role and the shared one, the decision log.
    const debrief = page.locator('#panel .debrief');
    await debrief.getByRole('heading', { name: /Debrief: Leipzig-Grünau/ }).waitFor();
    const charts = debrief.locator('svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(7);
    const course = await debrief.innerText();
    for (const line of ['Your game', 'No measures', 'What really happened', 'Vacancy', "Residents' trust"]) expect(course).toContain(line);
    expect(await charts.first().locator('path, polyline, circle').count()).toBeGreaterThan(10);
    // Every section is built (for print), so a data-key shared by two sections would make clicks and tests ambiguous.
    const keys = await page.locator('[data-key]').evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.key!));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    await byKey(page, 'debrief-district-wk8').click();
    await debrief.getByRole('heading', { name: 'Course: Complex 8' }).waitFor();
    expect(await debrief.locator('svg').count()).toBeGreaterThanOrEqual(7);

    await byKey(page, 'debrief-section-scores').click();
    const scores = page.locator('.debrief-score-table');
    await scores.waitFor();
    const rows = await scores.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(7);
    for (const name of ['City administration', 'Municipal housing company', 'Housing cooperatives', 'Youth services', 'Employment services', 'Residents']) {
      expect(rows.some((r) => r.startsWith(name) && /\d/.test(r))).toBe(true);
    }
    expect(rows.at(-1)).toMatch(/^Shared score \(neighbourhood\)\s+\u2212?\d/);

    await byKey(page, 'debrief-section-decisions').click();
    // The key decisions first, a line per round: the city's card of 1997 under its lead, starred as a person's. The section is drawn on the next frame after the click.
    const keyYears = page.locator('.debrief-key-years > li');
    await keyYears.first().waitFor();
    expect(await textOf(keyYears.first())).toMatch(/^1997(–1998)? ✓ \d+ City administration: [^·]*Greening cleared sites( ×\d+)? ★/);
    expect(await textOf(page.locator('.debrief-key-decisions'))).toContain('★ People played City administration, Residents');
    // The full log is behind a button, opened from the keyboard; it has the same rounds.
    const fullLog = byKey(page, 'debrief-full-log');
    expect(await fullLog.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.debrief').innerText()).not.toContain('tabled by City administration');
    await fullLog.focus();
    await page.keyboard.press('Enter');
    expect(await fullLog.getAttribute('aria-expanded')).toBe('true');
    const logYears = await page.locator('[data-key^="debrief-year-"]:not([data-key="debrief-year-all"])').allInnerTexts();
    expect((await keyYears.allInnerTexts()).map((row) => row.slice(0, 4))).toEqual(logYears.map((label) => label.slice(0, 4)));
    await page.locator('.debrief').getByText('Greening cleared sites (Complex 8)').first().waitFor();
    expect(await page.locator('.debrief').innerText()).toContain('tabled by City administration');

    expect(problems).toEqual([]);
  });
});
