/** Plays the game in the browser as a facilitator would: clicks and keys only, waiting for what the screen shows. */
import type { Page } from 'playwright-core';

/** The roles people play in the scripted session (the Grünau city and housing company); the rest play by computer. */
export const HUMAN_ROLES = ['city', 'lwb'];
const PHASE_LABEL = '#topbar .tb-phase';
const START = '[data-key="setup-start"]';

/** Waits until the setup screen can start a game. */
export async function setupReady(page: Page): Promise<void> {
  await page.locator(`${START}:enabled`).waitFor({ state: 'visible' });
}

/** On the setup screen: types the seed and gives every role but the human ones to the computer (with its usual stance). */
export async function chooseSeats(page: Page, seed: number, humans: readonly string[] = HUMAN_ROLES): Promise<void> {
  await setupReady(page);
  await page.click('[data-key="setup-seed"]');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(seed));
  const seats = await page.locator('[data-key^="setup-seat-"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key')!, (e as HTMLSelectElement).value] as const));
  for (const [key, controller] of seats) {
    const wanted = humans.includes(key.replace('setup-seat-', '')) ? 'human' : 'bot';
    if (controller === wanted) continue;
    // The select's list opens on the click; Home/End go to its first (human) or last (computer) option, Enter takes it.
    await page.click(`[data-key="${key}"]`);
    await page.keyboard.press(wanted === 'human' ? 'Home' : 'End');
    await page.keyboard.press('Enter');
    await page.locator(`[data-key="${key}"]`).evaluate((e, v) => {
      if ((e as HTMLSelectElement).value !== v) throw new Error(`seat ${e.getAttribute('data-key')} did not switch to ${v}`);
    }, wanted);
  }
}

/** Presses Start and waits for the game's first phase. */
export async function startGame(page: Page): Promise<void> {
  await page.click(START);
  await page.locator(PHASE_LABEL).waitFor();
}

/** The phase the topbar shows. */
export async function phaseLabel(page: Page): Promise<string> {
  return (await page.locator(PHASE_LABEL).textContent()) ?? '';
}

/** Presses the clicker's Page Down and waits until the topbar shows another phase. */
export async function nextPhase(page: Page): Promise<string> {
  const before = await phaseLabel(page);
  const asked = (await page.locator('#panel .last-moves.taken').count()) > 0;
  await page.keyboard.press('PageDown');
  // With people at the table, the first press at the end of negotiation asks the computer roles for their last moves.
  const step = await page.waitForFunction(
    ([sel, b, wasAsked]) =>
      document.querySelector(sel as string)?.textContent !== b ? 'moved' : !wasAsked && document.querySelector('#panel .last-moves.taken') !== null ? 'asked' : false,
    [PHASE_LABEL, before, asked] as const,
  );
  if ((await step.jsonValue()) === 'asked') {
    await page.keyboard.press('PageDown');
    await page.waitForFunction(([sel, b]) => document.querySelector(sel!)?.textContent !== b, [PHASE_LABEL, before]);
  }
  return phaseLabel(page);
}

/** Waits until the board's canvas stops changing (a year's animation has ended), checked a few frames apart. */
export async function boardSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const canvas = document.querySelector<HTMLCanvasElement>('#board canvas');
        if (!canvas) return resolve(false);
        const before = canvas.toDataURL();
        setTimeout(() => resolve(canvas.toDataURL() === before), 300);
      }),
    undefined,
    { polling: 100, timeout: 10_000 },
  );
}
