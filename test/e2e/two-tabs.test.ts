/** Two tabs on one session: one plays, the other watches or takes over; no move made in either is lost without a word. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openPage } from './browser';
import { byKey, nextPhase, setUpSeats } from './play';
import { downloadedLog, movesOn } from './sessions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const now = (page: Page) => page.locator('#topbar .tb-now').textContent();

/** A second tab of the same browser profile (same storage), recording its console problems too. */
async function secondTab(context: BrowserContext, problems: string[], setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`second tab ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`second tab pageerror: ${e.message}`));
  await setup?.(page);
  await page.goto(inject('baseUrl'));
  return page;
}

async function startGame(page: Page, moves: number): Promise<void> {
  await setUpSeats(page, ['city']);
  await byKey(page, 'setup-start').click();
  await page.locator('#topbar .tb-now').waitFor();
  for (let i = 0; i < moves; i++) await nextPhase(page);
}

/** The watching tab shows what the playing tab shows. */
async function follows(watcher: Page, player: Page): Promise<void> {
  const shown = await now(player);
  await watcher.waitForFunction((text) => document.querySelector('#topbar .tb-now')?.textContent === text, shown);
}

/** Page Down in a watching tab changes nothing. */
async function takesNoMoves(page: Page): Promise<void> {
  const before = await now(page);
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(400);
  expect(await now(page)).toBe(before);
}

describe('a session open in two tabs', () => {
  it('asks the second tab to take over or watch; the watching tab follows, and every move of both is in the session', async () => {
    const { page: first, problems } = await openPage(browser, 'en');
    await startGame(first, 4);

    const second = await secondTab(first.context(), problems);
    const ask = second.getByRole('dialog', { name: 'This session is already open in another tab' });
    await ask.waitFor();
    expect(await now(second)).toBe(await now(first));
    expect(await axeViolations(second)).toEqual([]);
    await ask.getByRole('button', { name: 'Take over here' }).click();
    await ask.waitFor({ state: 'detached' });

    // The first tab is told at once and only watches now.
    await byKey(first, 'autosave-watching').waitFor();
    expect(await byKey(first, 'autosave-watching').innerText()).toContain('This session is played in another tab');
    await takesNoMoves(first);
    expect(await axeViolations(first)).toEqual([]);
    for (let i = 0; i < 3; i++) await nextPhase(second);
    await follows(first, second);

    // Taken back: the second tab watches and follows.
    await byKey(first, 'autosave-take-over').click();
    await byKey(second, 'autosave-watching').waitFor();
    await byKey(first, 'autosave-watching').waitFor({ state: 'detached' });
    for (let i = 0; i < 2; i++) await nextPhase(first);
    await follows(second, first);
    await takesNoMoves(second);

    const { log } = await downloadedLog(first, byKey(first, 'topbar-save'));
    expect(movesOn(log)).toBe(9);
    // A reload of the playing tab goes on where it was, and still plays.
    const shown = await now(first);
    await first.reload();
    await first.locator('#topbar .tb-now').waitFor();
    expect(await now(first)).toBe(shown);
    await nextPhase(first);
    await follows(second, first);
    expect(await first.getByRole('dialog').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('where a tab hears nothing of the other (no Web Locks, no BroadcastChannel), a move it makes after the takeover is offered as a file', async () => {
    const { page: first, problems } = await openPage(browser, 'en');
    // This tab cannot be told: its writes meet the other tab's claim in the database instead.
    await first.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined, configurable: true });
    });
    await first.reload();
    await startGame(first, 3);

    // Nothing holds a lock, so the second tab plays the session at once.
    const second = await secondTab(first.context(), problems);
    await second.locator('#topbar .tb-now').waitFor();
    expect(await now(second)).toBe(await now(first));
    expect(await second.getByRole('dialog').count()).toBe(0);

    // The first tab's next move is shown, then refused by the database: the tab says so and offers the move as a file.
    await nextPhase(first);
    const stranded = byKey(first, 'autosave-stranded');
    await stranded.waitFor();
    expect(await stranded.getAttribute('role')).toBe('alert');
    expect(await stranded.innerText()).toContain('One move made in this tab is not in the saved session');
    const mine = await downloadedLog(first, byKey(first, 'autosave-stranded-download'));
    expect(movesOn(mine.log)).toBe(4);
    expect(mine.name).toMatch(/-this-tab\.json$/);
    await takesNoMoves(first);

    // The second tab's session goes on from the three moves both had.
    await nextPhase(second);
    const theirs = await downloadedLog(second, byKey(second, 'topbar-save'));
    expect(movesOn(theirs.log)).toBe(4);
    const before4th = mine.log.findIndex((e, i) => e.action.type === 'next' && movesOn(mine.log.slice(0, i + 1)) === 4);
    expect(theirs.log.slice(0, before4th)).toEqual(mine.log.slice(0, before4th));
    expect(problems).toEqual([]);
  });
});
