/** When the browser refuses to store, the game goes on, a banner says autosave has stopped, and its download holds every move. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openPage } from './browser';
import { byKey, nextPhase, setUpSeats, shownTime } from './play';
import { downloadedLog, movesOn, replayedTime, stoppedBanner, withFault, type Fault } from './sessions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with the fault in place from its first script on. */
async function faultyPage(fault: Fault): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(browser, 'en');
  await withFault(page, fault);
  await page.reload();
  return { page, problems };
}

/** Starts a game with the city played in person and moves on `times` times, each move shown on screen. */
async function play(page: Page, times: number, start = true): Promise<{ year: number; phase: string }> {
  if (start) {
    await setUpSeats(page, ['city']);
    await byKey(page, 'setup-start').click();
    await page.locator('#topbar .tb-now').waitFor();
  }
  let now = await shownTime(page);
  for (let i = 0; i < times; i++) now = await nextPhase(page);
  return now;
}

/** The banner is there, says what happened, and its download holds every move the screen showed. */
async function bannerKeepsEverything(page: Page, moves: number, shown: { year: number; phase: string }, title = 'Autosave has stopped'): Promise<void> {
  const banner = stoppedBanner(page);
  await banner.waitFor();
  expect(await banner.getAttribute('role')).toBe('alert');
  expect(await banner.innerText()).toContain(title);
  const { log, text } = await downloadedLog(page, byKey(page, 'autosave-download'));
  expect(movesOn(log)).toBe(moves);
  expect(replayedTime(text)).toEqual(shown);
}

describe('storage that refuses', () => {
  it('full before Start: the setup screen says so, the game starts and runs, and the banner’s file holds every move', async () => {
    const { page, problems } = await faultyPage('full');
    await stoppedBanner(page).waitFor();
    expect(await stoppedBanner(page).innerText()).toContain('games are not saved automatically');
    const shown = await play(page, 6);
    expect(shown.phase).not.toBe('news');
    await bannerKeepsEverything(page, 6, shown);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('full in the middle of the game: every Page Down still shows its phase, and the banner’s file holds every move', async () => {
    const { page, problems } = await faultyPage('fullLater');
    await play(page, 3);
    expect(await stoppedBanner(page).count()).toBe(0);
    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
    const shown = await play(page, 8, false);
    await bannerKeepsEverything(page, 11, shown);
    // Once the browser takes data again, autosave goes on with everything and the banner goes.
    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
    const later = await play(page, 1, false);
    await stoppedBanner(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual(later);
    expect(problems).toEqual([]);
  });

  it('setItem throwing: the game renders and runs, the banner shows, and the database still brings it back after a reload', async () => {
    const { page, problems } = await faultyPage('throwing');
    const shown = await play(page, 5);
    expect(await page.locator('#panel').innerText()).not.toBe('');
    await bannerKeepsEverything(page, 5, shown);
    await page.reload();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual(shown);
    expect(problems).toEqual([]);
  });

  it('blocked (reading localStorage throws): the setup screen shows, the game runs, and the banner’s file holds every move', async () => {
    const { page, problems } = await faultyPage('blocked');
    await byKey(page, 'setup-start').waitFor();
    await stoppedBanner(page).waitFor();
    // Nothing stored can be read, not even the language chosen: the game opens in German.
    const shown = await play(page, 4);
    await bannerKeepsEverything(page, 4, shown, 'Automatisches Speichern ausgefallen');
    expect(problems).toEqual([]);
  });

  it('without IndexedDB (opening it fails): the banner shows, and the journal alone still brings the game back after a reload', async () => {
    const { page, problems } = await faultyPage('noDatabase');
    const shown = await play(page, 4);
    await bannerKeepsEverything(page, 4, shown);
    await page.reload();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual(shown);
    expect(problems).toEqual([]);
  });
});
