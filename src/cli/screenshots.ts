/**
 * `npm run screenshots`: builds the app, plays a Grünau session in headless Chromium with clicks and keys only (two human
 * roles, four computer roles) and writes screenshots/{setup,news,…,review,board,debrief}-{de,en}.png at 1920×1080 (every phase of the first round),
 * then the same as …-{de,en}-1280x800.png and …-{de,en}-1024x768.png, as 16:10 and 4:3 projectors show the game.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import type { Phase } from '../rules/types';
import { buildAndServe, freshPage, launchChromium } from './browserKit';
import { boardSettled, chooseSeats, HUMAN_ROLES, nextPhase, phaseLabel, startGame } from './gameDriver';

const OUT = 'screenshots';
const SEED = 1997;
const [CITY, HOUSING] = HUMAN_ROLES as [string, string];
/** The 1080p pictures keep their names; smaller projectors' pictures carry their size. */
const SCREENS = [
  { viewport: { width: 1920, height: 1080 }, suffix: '' },
  { viewport: { width: 1280, height: 800 }, suffix: '-1280x800' },
  { viewport: { width: 1024, height: 768 }, suffix: '-1024x768' },
];

/** Cards on the table, by their data-key (card-p1, …). */
async function cardKeys(page: Page): Promise<string[]> {
  return page.locator('[data-key^="card-p"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
}

/** Screenshots the screen in German and English, switching with the topbar's language button and back; `arrange` scrolls each into shape. */
async function shoot(page: Page, name: string, suffix: string, arrange?: () => Promise<void>): Promise<void> {
  const board = (await page.locator('#board canvas').count()) > 0;
  for (const lang of ['de', 'en'] as const) {
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await page.click('[data-key="topbar-language"]');
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    // A click on the topbar's title takes the focus off the last control, so no focus ring shows in the picture.
    await page.click('#topbar .tb-now, #topbar .tb-product');
    await arrange?.();
    if (board) await boardSettled(page);
    const path = `${OUT}/${name}-${lang}${suffix}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  }
  await page.click('[data-key="topbar-language"]');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
}

/** Goes on with Page Down until the topbar shows `phase` (the session runs in German between the pictures). */
async function until(page: Page, phase: Phase): Promise<void> {
  while ((await phaseLabel(page)) !== PHASE_NAMES[phase].de) await nextPhase(page);
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

/** Opens the city's card; the city and the housing company each pledge a part of its money. Returns the card's selector. */
async function negotiate(page: Page, card: string): Promise<string> {
  const id = card.replace('card-', '');
  const pledges = `article:has(#proposal-${id}) .pledges`;
  await page.click(`[data-key="acting-${CITY}"]`);
  await page.click(`[data-key="${card}"]`);
  for (const [role, money] of [[CITY, '550000'], [HOUSING, '250000']] as const) {
    await page.click(`[data-key="acting-${role}"]`);
    await page.click(`[data-key="pledge-${id}-money"]`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(money);
    const before = await page.locator(pledges).textContent();
    await page.click(`[data-key="pledge-${id}"]`);
    await page.waitForFunction(([sel, b]) => document.querySelector(sel!)?.textContent !== b, [pledges, before]);
  }
  await page.click(`[data-key="acting-${CITY}"]`);
  return `article:has(#proposal-${id})`;
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

/** Plays the session on one screen size, shooting each screen; returns the console problems seen. */
async function session(browser: Browser, url: string, { viewport, suffix }: (typeof SCREENS)[number]): Promise<string[]> {
  const { context, page, problems } = await freshPage(browser, 'de', { viewport });
  try {
    await page.goto(url);
    await chooseSeats(page, SEED);
    await shoot(page, 'setup', suffix);
    await startGame(page);
    await shoot(page, 'news', suffix);
    for (const phase of ['situation', 'briefings'] as const) {
      await until(page, phase);
      await shoot(page, phase, suffix);
    }
    await until(page, 'proposals');
    const card = await tableCards(page);
    await shoot(page, 'proposals', suffix);
    await nextPhase(page);
    const opened = await negotiate(page, card);
    await shoot(page, 'negotiation', suffix, () => showBelowStickyBar(page, opened));
    // Every later phase of the first round, as the room sees it.
    for (const phase of ['decision', 'implementation', 'simulation', 'review'] as const) {
      await until(page, phase);
      await shoot(page, phase, suffix);
    }
    await until(page, 'situation');
    await shoot(page, 'board', suffix);
    await until(page, 'debrief');
    await shoot(page, 'debrief', suffix);
    return problems;
  } finally {
    await context.close();
  }
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
    const problems: string[] = [];
    for (const screen of SCREENS) problems.push(...(await session(browser, app.url, screen)));
    if (problems.length > 0) console.error(`console problems during the run:\n  ${problems.join('\n  ')}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
  }
}

process.exitCode = await main();
