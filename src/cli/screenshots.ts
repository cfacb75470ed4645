/**
 * `npm run screenshots`: builds the app, plays a Grünau session in headless Chromium at 1920×1080 with clicks and keys only
 * (two human roles, four computer roles) and writes screenshots/{setup,board,negotiation,review,debrief}-{de,en}.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildAndServe, freshPage, launchChromium } from './browserKit';
import { boardSettled, chooseSeats, HUMAN_ROLES, nextPhase, phaseLabel, startGame } from './gameDriver';

const OUT = 'screenshots';
const SEED = 1997;
const [CITY, HOUSING] = HUMAN_ROLES as [string, string];

/** Cards on the table, by their data-key (card-p1, …). */
async function cardKeys(page: Page): Promise<string[]> {
  return page.locator('[data-key^="card-p"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
}

/** Screenshots the screen in German and English, switching with the topbar's language button and back. */
async function shoot(page: Page, name: string): Promise<void> {
  const board = (await page.locator('#board canvas').count()) > 0;
  for (const lang of ['de', 'en'] as const) {
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await page.click('[data-key="topbar-language"]');
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    if (board) await boardSettled(page);
    const path = `${OUT}/${name}-${lang}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  }
  await page.click('[data-key="topbar-language"]');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
}

/** Goes on with Page Down until the topbar shows the phase named `label` (in German). */
async function until(page: Page, label: string): Promise<void> {
  while ((await phaseLabel(page)) !== label) await nextPhase(page);
}

/** The two human roles each table a card; returns the key of the city's card. */
async function tableCards(page: Page): Promise<string> {
  const before = await cardKeys(page);
  await page.click(`[data-key="acting-${CITY}"]`);
  await page.click('[data-key="table-submit"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-key^="card-p"]').length > n, before.length);
  const cityCard = (await cardKeys(page)).find((k) => !before.includes(k))!;
  await page.click(`[data-key="acting-${HOUSING}"]`);
  await page.click('[data-key="table-submit"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-key^="card-p"]').length > n, before.length + 1);
  return cityCard;
}

/** Opens the city's card; the city pledges what it is asked for, the housing company offers money of its own. */
async function negotiate(page: Page, card: string): Promise<void> {
  const id = card.replace('card-', '');
  const pledges = `article:has(#proposal-${id}) .pledges`;
  await page.click(`[data-key="acting-${CITY}"]`);
  await page.click(`[data-key="${card}"]`);
  for (const [role, money] of [[CITY, undefined], [HOUSING, '250000']] as const) {
    await page.click(`[data-key="acting-${role}"]`);
    if (money) {
      await page.click(`[data-key="pledge-${id}-money"]`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(money);
    }
    const before = await page.locator(pledges).textContent();
    await page.click(`[data-key="pledge-${id}"]`);
    await page.waitForFunction(([sel, b]) => document.querySelector(sel!)?.textContent !== b, [pledges, before]);
  }
  await page.click(`[data-key="acting-${CITY}"]`);
  await showBelowStickyBar(page, `article:has(#proposal-${id})`);
}

/** Scrolls the panel with the mouse wheel until `selector` starts just below the panel's sticky acting bar. */
async function showBelowStickyBar(page: Page, selector: string): Promise<void> {
  const panel = (await page.locator('#panel').boundingBox())!;
  const bar = await page.locator('#panel .acting-bar').boundingBox();
  const target = (bar ? bar.y + bar.height : panel.y) + 12;
  const top = (await page.locator(selector).boundingBox())!.y;
  await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
  await page.mouse.wheel(0, top - target);
  await page.waitForFunction(([sel, t]) => Math.abs(document.querySelector(sel as string)!.getBoundingClientRect().top - (t as number)) < 24, [selector, target] as const);
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const app = await buildAndServe();
  const browser = await launchChromium();
  if (!browser) {
    await app.close();
    return 1;
  }
  try {
    const { page, problems } = await freshPage(browser, 'de');
    await page.goto(app.url);
    await chooseSeats(page, SEED);
    await shoot(page, 'setup');
    await startGame(page);
    await until(page, 'Vorschläge');
    const card = await tableCards(page);
    await nextPhase(page);
    await negotiate(page, card);
    await shoot(page, 'negotiation');
    await until(page, 'Rückblick');
    await shoot(page, 'review');
    await until(page, 'Lage');
    await shoot(page, 'board');
    await until(page, 'Auswertung');
    await shoot(page, 'debrief');
    if (problems.length > 0) console.error(`console problems during the run:\n  ${problems.join('\n  ')}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
  }
}

process.exitCode = await main();
