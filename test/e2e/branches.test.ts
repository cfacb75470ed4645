/**
 * What-if branches through the page: a game played past 1999 is played again from the 1999 round with other stances,
 * as a new saved session beside it; the debrief lists both, draws the first as an extra line in its charts and sets
 * their final indicators and scores side by side; the setup screen shows the branch as a branch of the first game.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRUENAU_ROLES, advanceTo, byKey, nextPhase, setUpSeats, shownTime, textOf } from './play';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The final-figure table's columns as the page shows them: the header, then every cell, one array per game. */
async function columns(page: Page): Promise<string[][]> {
  return page.locator('.debrief-family-table').evaluate((table) => {
    const rows = [...(table as HTMLTableElement).rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim()));
    return rows[0]!.slice(1).map((_, i) => rows.map((r) => r[i + 1]!));
  });
}

describe('what-if branches', () => {
  it('play a game again from 1999 with other seats and compare both games in the debrief', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, [], 7);
    await byKey(page, 'setup-start').click();

    // The facilitation tools offer the earlier rounds once the 1999 round is under way.
    let now = await shownTime(page);
    while (!(now.year === 1999 && now.phase === 'situation')) now = await nextPhase(page);
    await page.keyboard.press('m');
    await byKey(page, 'tools-branch-go').waitFor();
    expect(await byKey(page, 'tools-branch-round').locator('option').allInnerTexts()).toEqual(['Round 1 (year 1997)', 'Round 2 (year 1999)']);
    expect(await byKey(page, 'tools-branch-go').innerText()).toBe('Play again from round 1 (year 1997)');
    await byKey(page, 'tools-branch-round').selectOption('1999');
    expect(await byKey(page, 'tools-branch-go').innerText()).toBe('Play again from round 2 (year 1999)');
    await page.screenshot({ path: '/tmp/branches-tools-en.png' });
    await byKey(page, 'tools-close').click();
    await byKey(page, 'topbar-language').click();
    await page.keyboard.press('m');
    await byKey(page, 'tools-branch-go').waitFor();
    expect(await byKey(page, 'tools-branch-go').innerText()).toBe('Ab Runde 1 (Jahr 1997) neu spielen');
    await page.screenshot({ path: '/tmp/branches-tools-de.png' });
    await byKey(page, 'tools-close').click();
    await byKey(page, 'topbar-language').click();

    // The first game is played to its end; its debrief has no other game yet.
    await advanceTo(page, 'debrief');
    await page.locator('.debrief-family').waitFor();
    expect(await textOf(page.locator('.debrief-family'))).toContain('So far there is only this game.');

    // Played again from 1999, every role the computer's, sceptical.
    await byKey(page, 'debrief-branch').click();
    await byKey(page, 'debrief-branch-go').waitFor();
    await byKey(page, 'debrief-branch-round').selectOption('1999');
    for (const role of GRUENAU_ROLES) await byKey(page, `debrief-branch-seat-${role}`).selectOption('bot:sceptical');
    await page.screenshot({ path: '/tmp/branches-dialog-en.png' });
    await byKey(page, 'debrief-branch-go').click();
    expect(await shownTime(page)).toEqual({ year: 1999, phase: 'news' });
    await advanceTo(page, 'debrief');

    // Both games are listed; the first is chosen for comparison and joins the charts and the table.
    const family = page.locator('.debrief-family-list');
    await family.locator('li').nth(1).waitFor();
    const listed = await family.locator('li').allInnerTexts();
    // The first game stays as it was: at its debrief, though its branch went back to 1999.
    expect(listed[0]).toMatch(/Game 1 · original game · Year 2009 · debrief phase · 0 humans, 6 computers/);
    expect(listed[1]).toMatch(/this game\s*Game 2 · played again from round 2 \(year 1999\) of game 1 · Year 2009 · debrief phase/);
    await byKey(page, 'debrief-compare-1').click();
    await page.locator('.debrief-family-table').waitFor();
    const legend = await textOf(page.locator('.debrief-legend ul'));
    expect(legend).toContain('Your game: Game 2 (from 1999)');
    expect(legend).toContain('Game 1 (original)');
    // A line of its own in each of the seven charts, in its own dash pattern.
    expect(await page.locator('.debrief-course .debrief-plot polyline[stroke="#882255"]').count()).toBe(7);
    expect(await page.locator('.debrief-course .debrief-plot polyline[stroke="#882255"]').first().getAttribute('stroke-dasharray')).toBe('18 5 3 5 3 5');

    const [branch, original] = await columns(page);
    expect(branch![0]).toBe('Your game: Game 2 (from 1999)');
    expect(original![0]).toBe('Game 1 (original)');
    // Both played to the end, with different final indicators and scores.
    expect(branch![1]).toBe(original![1]);
    expect(branch!.slice(2)).not.toEqual(original!.slice(2));
    console.log(`final figures, branch from 1999 (all sceptical) | original (mixed stances):\n${branch!.map((v, i) => `${v} | ${original![i]}`).join('\n')}`);
    await page.locator('.debrief-family').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/branches-debrief-en.png' });
    await page.locator('.debrief-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/branches-charts-en.png' });

    await byKey(page, 'topbar-language').click();
    await page.locator('.debrief-family-table caption', { hasText: 'Ergebnisse im Vergleich' }).waitFor();
    expect(await textOf(page.locator('.debrief-legend ul'))).toContain('Spiel 1 (ursprünglich)');
    await page.locator('.debrief-family').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/branches-debrief-de.png' });
    await byKey(page, 'debrief-branch').click();
    await byKey(page, 'debrief-branch-go').waitFor();
    await page.screenshot({ path: '/tmp/branches-dialog-de.png' });
    await byKey(page, 'debrief-branch-cancel').click();

    // On the setup screen the branch is the last session, and says which session it was branched from.
    await page.keyboard.press('m');
    await byKey(page, 'tools-to-setup').click();
    await page.locator('.saved-branch').first().waitFor();
    expect(await textOf(page.locator('.saved-session'))).toMatch(/Variante: ab 1999 neu gespielt aus der Sitzung, gespeichert /);
    expect(await page.locator('.saved-row').count()).toBe(1);
    await page.locator('section[aria-labelledby="setup-sessions"]').screenshot({ path: '/tmp/branches-setup-de.png' });
    expect(problems).toEqual([]);
  }, 600_000);
});
