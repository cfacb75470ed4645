/** The autosave of earlier versions (one local-storage slot) is found once, resumed, and moved into the database beside newer sessions. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { byKey, nextPhase, setUpSeats, shownTime } from './play';
import { downloadedLog, legacyAutosave, movesOn, readLegacy, replayedTime, writeLegacy } from './sessions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function reloaded(page: Page): Promise<{ year: number; phase: string }> {
  await page.reload();
  await page.locator('#topbar .tb-now').waitFor();
  return shownTime(page);
}

describe('an autosave from an earlier version', () => {
  it('is resumed where it was, moved into the database once, and kept beside a new game', async () => {
    // The old slot, as the earlier version wrote it, for a game five moves in.
    const { page: before } = await openPage(browser, 'en');
    await setUpSeats(before, ['city']);
    await byKey(before, 'setup-start').click();
    for (let i = 0; i < 5; i++) await nextPhase(before);
    const old = await downloadedLog(before, byKey(before, 'topbar-save'));
    const where = replayedTime(old.text);
    await before.context().close();

    const { page, problems } = await openPage(browser, 'en');
    await writeLegacy(page, legacyAutosave(old.text));
    expect(await reloaded(page)).toEqual(where);
    // Moved: the old slot is emptied once the database holds the session.
    await page.waitForFunction((key) => localStorage.getItem(key) === null, 'quartier.autosave');

    // From now on the database has it: the game goes on, and a reload finds the move made after the move.
    const moved = await nextPhase(page);
    expect(await reloaded(page)).toEqual(moved);
    const now = await downloadedLog(page, byKey(page, 'topbar-save'));
    expect(movesOn(now.log)).toBe(6);
    expect(now.log.slice(0, old.log.length)).toEqual(old.log);

    // A new game does not overwrite it: both are kept, the earlier one offered on the setup screen.
    await page.keyboard.press('m');
    await byKey(page, 'tools-to-setup').click();
    await byKey(page, 'setup-start').click();
    await nextPhase(page);
    await page.keyboard.press('m');
    await byKey(page, 'tools-to-setup').click();
    const earlier = page.locator('.saved-earlier li');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
    expect(await earlier.first().innerText()).toContain(`Year ${moved.year}`);
    await earlier.first().getByRole('button', { name: 'Resume' }).click();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual(moved);
    expect(await readLegacy(page)).toBeNull();

    // The new game, now the earlier one, is deleted in two steps: Keep leaves it, Delete for good removes it.
    await page.keyboard.press('m');
    await byKey(page, 'tools-to-setup').click();
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
    await earlier.first().getByRole('button', { name: /^Delete / }).click();
    await earlier.first().getByRole('button', { name: 'Keep' }).click();
    expect(await earlier.count()).toBe(1);
    await earlier.first().getByRole('button', { name: /^Delete / }).click();
    await earlier.first().getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.saved-earlier li').length === 0);
    // Gone from the database too: only the resumed session is left.
    const kept = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open('quartier');
          open.onsuccess = () => {
            const count = open.result.transaction('heads').objectStore('heads').count();
            count.onsuccess = () => done(count.result);
          };
        }),
    );
    expect(kept).toBe(1);
    expect(problems).toEqual([]);
  });

  it('saved before reasons were codes and before the limits on measures (format 1) resumes at its debrief, also after the move', async () => {
    const { page, problems } = await openPage(browser, 'en');
    const text = readFileSync('test/fixtures/session-v1-small.json', 'utf8');
    await writeLegacy(page, legacyAutosave(text, 'test/fixtures/small.yaml'));
    const where = replayedTime(text, 'test/fixtures/small.yaml');
    expect(await reloaded(page)).toEqual(where);
    await page.waitForFunction((key) => localStorage.getItem(key) === null, 'quartier.autosave');
    expect(await reloaded(page)).toEqual(where);
    expect(problems).toEqual([]);
  });
});
