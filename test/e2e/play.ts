/** Playing through the page as people do — clicks, keys and what the screen shows; never the store. */
import type { Locator, Page } from 'playwright-core';
import { PHASE_NAMES } from '../../src/rules/rejectionMessages';
import type { Phase } from '../../src/rules/types';

/** Grünau's roles, in the order the setup screen lists them. */
export const GRUENAU_ROLES = ['city', 'lwb', 'cooperatives', 'youth', 'jobs', 'residents'] as const;

export const byKey = (page: Page, key: string) => page.locator(`[data-key="${key}"]`);

/** The text a locator shows, with the narrow and non-breaking spaces of number formats as plain spaces. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/** The year and phase as the topbar shows them. */
export async function shownTime(page: Page): Promise<{ year: number; phase: Phase }> {
  // A round of several years shows them as 1997–1998: its year is the first.
  const year = parseInt((await page.locator('#topbar .tb-year').textContent())!, 10);
  const name = (await page.locator('#topbar .tb-phase').textContent())!.trim().toLowerCase();
  const phase = (Object.keys(PHASE_NAMES) as Phase[]).find((p) => PHASE_NAMES[p].de.toLowerCase() === name || PHASE_NAMES[p].en.toLowerCase() === name);
  if (!phase) throw new Error(`unknown phase in the topbar: ${name}`);
  return { year, phase };
}

/** On the setup screen: the given roles played by people, every other one by the computer, and a fixed seed. */
export async function setUpSeats(page: Page, humans: readonly string[], seed = 7): Promise<void> {
  await byKey(page, 'setup-start').waitFor();
  for (const role of GRUENAU_ROLES) await byKey(page, `setup-seat-${role}`).selectOption(humans.includes(role) ? 'human' : 'bot');
  await byKey(page, 'setup-seed').fill(String(seed));
}

/** Presses a key (Page Down by default, as a clicker does) until the topbar shows the next phase (twice where the last moves are a step). */
export async function nextPhase(page: Page, key = 'PageDown'): Promise<{ year: number; phase: Phase }> {
  const before = await page.locator('#topbar .tb-now').textContent();
  const asked = (await page.locator('#panel .last-moves.taken').count()) > 0;
  await page.keyboard.press(key);
  // With people at the table, the first press at the end of negotiation asks the computer roles for their last moves.
  const step = await page.waitForFunction(
    ([shown, wasAsked]) =>
      document.querySelector('#topbar .tb-now')?.textContent !== shown ? 'moved' : !wasAsked && document.querySelector('#panel .last-moves.taken') !== null ? 'asked' : false,
    [before, asked] as const,
  );
  if ((await step.jsonValue()) === 'asked') {
    await page.keyboard.press(key);
    await page.waitForFunction((shown) => document.querySelector('#topbar .tb-now')?.textContent !== shown, before);
  }
  return shownTime(page);
}

/** Advances with Page Down until the topbar shows `phase` (of any year). */
export async function advanceTo(page: Page, phase: Phase): Promise<{ year: number; phase: Phase }> {
  let now = await shownTime(page);
  for (let steps = 0; now.phase !== phase; steps++) {
    if (steps > 200) throw new Error(`never reached ${phase}`);
    now = await nextPhase(page);
  }
  return now;
}

/** The id of the proposal card shown last on the table (a card just tabled joins at the end). */
export async function lastCardId(page: Page): Promise<string> {
  const id = await page.locator('#panel article.proposal h3[id^="proposal-"]').last().getAttribute('id');
  return id!.replace(/^proposal-/, '');
}

/** Whether the element with this data-key has the keyboard focus. */
export function focused(page: Page, key: string): Promise<boolean> {
  return page.evaluate((k) => (document.activeElement as HTMLElement | null)?.dataset.key === k, key);
}

/** Presses Tab (or Shift+Tab) until the element with this data-key has the focus, as a keyboard user would. */
export async function tabTo(page: Page, key: string, { back = false, max = 80 } = {}): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await focused(page, key)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${key}`);
}
