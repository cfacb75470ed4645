/** The model card in the browser: opened from setup and the debrief by keyboard, in German and English, with the calibration the model works out. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrationRows } from '../../src/panels/modelCard/calibration';
import type { Language } from '../../src/scenario/schema';
import { checkTargets } from '../../src/sim/calibration';
import { referencePlan, runPlan } from '../../src/sim/run';
import { gruenau } from '../helpers/scenarios';
import { axeViolations } from './axe';
import { launch, openPage } from './browser';
import { advanceTo, byKey, focused, setUpSeats, tabTo, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TITLES: Record<Language, string> = { de: 'Wie das Quartiersmodell funktioniert', en: 'How the neighbourhood model works' };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** What the model says about the history play's targets for a seed, as the card should show it. */
function expectedRows(seed: number, lang: Language) {
  const scenario = gruenau();
  const history = scenario.references.find((r) => r.id === 'history')!;
  const results = checkTargets(scenario, history.targets, runPlan(scenario, seed, referencePlan(scenario, 'history')!));
  return calibrationRows(results, lang).map((r) => ({ indicator: r.indicator, value: plain(r.value), met: String(r.met) }));
}

/** The calibration rows the card shows now. */
async function shownRows(page: Page) {
  const rows = page.locator('.model-card-calibration[data-play="history"] tbody tr');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({ indicator: await textOf(row.locator('th')), value: await textOf(row.locator('td').nth(2)), met: (await row.getAttribute('data-met'))! });
  }
  return out;
}

async function openFromSetupByKeyboard(page: Page): Promise<void> {
  await byKey(page, 'setup-start').waitFor();
  await tabTo(page, 'setup-model-card');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
}

/** Shows the calibration section at the top of the card and saves a screenshot. */
async function screenshotCalibration(page: Page, name: string, lang: Language): Promise<void> {
  await page.getByRole('navigation', { name: lang === 'de' ? 'Inhalt' : 'Contents' }).getByRole('button', { name: lang === 'de' ? 'Kalibrierung' : 'Calibration' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/modelcard-${name}.png` });
}

describe('the model card', () => {
  it('opens from setup by keyboard in German, shows the model’s calibration for seed 1, switches to English and closes with Escape', async () => {
    const { page, problems } = await openPage(browser, 'de');
    await openFromSetupByKeyboard(page);
    const card = page.getByRole('dialog', { name: TITLES.de });
    await card.waitFor();
    await page.screenshot({ path: '/tmp/modelcard-setup-de.png' });
    expect(await textOf(card.locator('caption').first())).toContain('Modelllauf mit Startwert 1');
    expect(await shownRows(page)).toEqual(expectedRows(1, 'de'));
    expect(await card.locator('.model-card-parameters tbody tr').count()).toBeGreaterThan(40);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotCalibration(page, 'calibration-de', 'de');

    await byKey(page, 'model-card-language').click();
    await page.getByRole('dialog', { name: TITLES.en }).waitFor();
    expect(await shownRows(page)).toEqual(expectedRows(1, 'en'));
    expect(await textOf(page.locator('.model-card-calibration thead').first())).toContain('Target');

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.key === 'setup-model-card');
    expect(await focused(page, 'setup-model-card')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens from setup in English', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await openFromSetupByKeyboard(page);
    await page.getByRole('dialog', { name: TITLES.en }).waitFor();
    await page.screenshot({ path: '/tmp/modelcard-setup-en.png' });
    expect(await shownRows(page)).toEqual(expectedRows(1, 'en'));
    await screenshotCalibration(page, 'calibration-en', 'en');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('opens from the debrief with the session’s seed', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await setUpSeats(page, [], 7);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'debrief');
    await page.locator('.debrief').waitFor();
    await page.screenshot({ path: '/tmp/modelcard-debrief-button-en.png' });
    await byKey(page, 'debrief-model-card').click();
    await page.getByRole('dialog', { name: TITLES.en }).waitFor();
    expect(await textOf(page.locator('.model-card-calibration caption').first())).toContain('model run with seed 7');
    expect(await shownRows(page)).toEqual(expectedRows(7, 'en'));
    expect(await axeViolations(page)).toEqual([]);
    await screenshotCalibration(page, 'debrief-en', 'en');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});
