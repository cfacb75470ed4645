/** A damaged autosave (the old local-storage slot, or a session in the database) gives a dialog with "start fresh" and "download the damaged data" — never a blank page. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, focused, nextPhase, setUpSeats, shownTime } from './play';
import { downloadedLog, legacyAutosave, readLegacy, writeLegacy } from './sessions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


/** After a reload: the dialog names the damage and offers both ways out, with the setup screen behind it. */
async function damagedDialog(page: Page, message: string | RegExp) {
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'The last session cannot be restored' });
  await dialog.waitFor();
  expect(await dialog.locator('.dialog-message').innerText()).toMatch(message);
  expect(await dialog.getByRole('button', { name: 'Start fresh' }).isVisible()).toBe(true);
  expect(await dialog.getByRole('button', { name: 'Download the damaged data' }).isVisible()).toBe(true);
  expect(await focused(page, 'damaged-fresh')).toBe(true);
  // Not a blank page: the setup screen is there behind the dialog.
  expect(await byKey(page, 'setup-start').isVisible()).toBe(true);
  expect(await page.locator('#topbar').innerText()).toContain('Quartier');
  return dialog;
}

/** A game in negotiation with the city's pledge, as an old autosave that can be damaged in telling ways. */
async function savedGame(page: Page): Promise<{ raw: string; saved: { session: string; scenario: { source: string } } }> {
  await setUpSeats(page, ['city', 'residents']);
  await byKey(page, 'setup-start').click();
  await advanceTo(page, 'proposals');
  await byKey(page, 'table-submit').click();
  await advanceTo(page, 'negotiation');
  const card = (await page.locator('#panel article.proposal h3[id^="proposal-"]').last().getAttribute('id'))!.replace('proposal-', '');
  await byKey(page, `card-${card}`).click();
  await byKey(page, `pledge-${card}`).click();
  await page.locator('#panel .pledges', { hasText: 'City administration' }).waitFor();
  const raw = legacyAutosave((await downloadedLog(page, byKey(page, 'topbar-save'))).text);
  return { raw, saved: JSON.parse(raw) };
}

describe('a damaged autosave', () => {
  it('that is not JSON offers its download and a fresh start, by click or by keyboard', async () => {
    const { page, problems } = await openPage(browser, 'en');
    const damaged = '{"version":1,"session":"{\\"format\\":\\"quartier-sess';
    await writeLegacy(page, damaged);
    let dialog = await damagedDialog(page, 'The saved session is damaged.');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the damaged data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('quartier-damaged-autosave.json');
    expect(readFileSync((await file.path())!, 'utf8')).toBe(damaged);

    // The dialog stays until a choice is made; Start fresh drops the damaged data and shows the setup screen.
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Start fresh' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await byKey(page, 'setup-start').isVisible()).toBe(true);
    expect(await readLegacy(page)).toBeNull();
    await page.reload();
    await byKey(page, 'setup-start').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The same with the keyboard: the dialog has the focus on Start fresh, Enter takes it.
    await writeLegacy(page, '[]');
    dialog = await damagedDialog(page, 'The saved session is incomplete.');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await readLegacy(page)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('whose session the rules refuse, or whose scenario has errors, says so and never opens a broken game', async () => {
    const { page, problems } = await openPage(browser, 'en');
    const { saved } = await savedGame(page);

    // The city's pledge raised far beyond its budget: the replay refuses that action.
    const session = JSON.parse(saved.session) as { log: { action: { type: string; role?: string; money?: number } }[] };
    const pledge = session.log.find((e) => e.action.type === 'pledge' && e.action.role === 'city')!;
    pledge.action.money = 999_000_000;
    const refused = JSON.stringify({ ...saved, session: JSON.stringify(session) });
    await writeLegacy(page, refused);
    let dialog = await damagedDialog(page, /^City administration cannot pledge 999,000,000\s€: 1,400,000\s€ left this round\.$/);
    expect(await page.locator('#topbar .tb-now').count()).toBe(0);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the damaged data' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe(refused);

    // The scenario stored with the session no longer loads.
    await writeLegacy(page, JSON.stringify({ ...saved, scenario: { ...saved.scenario, source: 'meta: [' } }));
    dialog = await damagedDialog(page, 'The session’s scenario has errors.');
    await dialog.getByRole('button', { name: 'Start fresh' }).click();
    await dialog.waitFor({ state: 'detached' });

    // After a fresh start a new game runs and autosaves as usual.
    await setUpSeats(page, ['city']);
    await byKey(page, 'setup-start').click();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'news' });
    const moved = await nextPhase(page);
    await page.reload();
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual(moved);
    expect(await readLegacy(page)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('in the database, whose log the rules refuse, says so, offers the data and starts fresh without it', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await savedGame(page);
    // The city's pledge in the stored log raised far beyond its budget, as a damaged disk or an old bug might leave it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('quartier');
          opening.onsuccess = () => {
            const tx = opening.result.transaction('chunks', 'readwrite');
            const chunks = tx.objectStore('chunks');
            const cursor = chunks.openCursor();
            cursor.onsuccess = () => {
              const at = cursor.result;
              if (!at) return;
              const entries = at.value as { action: { type: string; role?: string; money?: number } }[];
              const pledge = entries.find((e) => e.action.type === 'pledge' && e.action.role === 'city');
              if (pledge) {
                pledge.action.money = 999_000_000;
                at.update(entries);
              }
              at.continue();
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const dialog = await damagedDialog(page, /^City administration cannot pledge 999,000,000\s€: 1,400,000\s€ left this round\.$/);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the damaged data' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('"money": 999000000');
    await dialog.getByRole('button', { name: 'Start fresh' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Dropped for good: a reload opens the setup screen without the dialog.
    await page.reload();
    await byKey(page, 'setup-start').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
