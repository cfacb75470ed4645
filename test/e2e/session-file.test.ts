/** Opening a large session file: a worker reads, checks and replays it with progress on screen, and the page keeps responding. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { MAX_SESSION_LENGTH, sessionToJson } from '../../src/rules/saveFile';
import { loadScenario } from '../../src/scenario/load';
import { launch, openPage } from './browser';
import { byKey, shownTime } from './play';

/** The longest the page may stop answering while a file is opened; replaying such a file on the page itself takes seconds. */
const RESPONSIVE_MS = 500;

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'quartier-sessions-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A Grünau session whose log is the bots' first moves and then `pairs` pauses and resumes: valid, long, and quick to write. */
function longSession(pairs: number): string {
  const loaded = loadScenario(readFileSync('scenarios/gruenau.yaml', 'utf8'), 'scenarios/gruenau.yaml');
  if (!loaded.ok) throw new Error('Grünau does not load');
  const live = beginGame(loaded.scenario, 7, defaultSeats(loaded.scenario));
  const log = [...live.session.log];
  for (let i = 0; i < pairs; i++) log.push({ action: { type: 'pause' } }, { action: { type: 'resume' } });
  return sessionToJson({ ...live.session, log });
}

/** Counts the longest wait between timer ticks on the page while the progress of opening a file is shown. */
async function startTicking(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ticks = { longest: 0, counted: 0, last: performance.now(), running: true };
    (window as unknown as { __ticks: typeof ticks }).__ticks = ticks;
    const tick = () => {
      const now = performance.now();
      if (document.querySelector('[data-key="setup-session-progress"]')) {
        ticks.longest = Math.max(ticks.longest, now - ticks.last);
        ticks.counted++;
      }
      ticks.last = now;
      if (ticks.running) setTimeout(tick, 10);
    };
    tick();
  });
}

/** The longest wait, and how many ticks were counted (a measurement that saw nothing proves nothing). */
const stopTicking = (page: Page) =>
  page.evaluate(() => {
    const ticks = (window as unknown as { __ticks: { longest: number; counted: number; running: boolean } }).__ticks;
    ticks.running = false;
    return ticks;
  });

async function choose(page: Page, name: string, text: string): Promise<void> {
  const path = join(folder, name);
  writeFileSync(path, text);
  await page.setInputFiles('[data-file="setup-open-session"]', path);
}

describe('a large session file', () => {
  it('of 50 MB is refused with a message, and the page keeps responding while it is read', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await byKey(page, 'setup-start').waitFor();
    const text = longSession(10).replace(/\n}\n$/, `,\n "padding": "${'x'.repeat(50 * 1024 * 1024)}"\n}\n`);
    expect(text.length).toBeGreaterThan(MAX_SESSION_LENGTH * 2);
    await startTicking(page);
    await choose(page, 'huge.json', text);
    const message = page.locator('.setup-error[role="alert"]');
    await message.waitFor({ timeout: 60_000 });
    const { longest, counted } = await stopTicking(page);
    expect(await message.innerText()).toBe('The session "huge.json" cannot be opened: the file is too large for a session (51 MB; at most 20 MB).');
    expect(counted).toBeGreaterThan(5);
    expect(longest).toBeLessThan(RESPONSIVE_MS);
    expect(problems).toEqual([]);
  });

  it('near the size limit is replayed in a worker, with its progress shown, while the page keeps responding', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await byKey(page, 'setup-start').waitFor();
    const text = longSession(150_000);
    expect(text.length).toBeGreaterThan(14 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_SESSION_LENGTH);
    // Every progress text shown, however briefly (a fast machine replays this in a second or two).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const shown = document.querySelector('[data-key="setup-session-progress"]');
        if (shown?.getAttribute('role') === 'status') seen.push(shown.querySelector('p')?.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await startTicking(page);
    await choose(page, 'long.json', text);
    const progress = byKey(page, 'setup-session-progress');
    await progress.waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached', timeout: 120_000 });
    const { longest, counted } = await stopTicking(page);
    const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(seen).toContain('Checking "long.json" …');
    expect(seen.some((said) => /^Replaying "long\.json": [\d,]+ of 300,0\d\d entries …$/.test(said))).toBe(true);
    await page.locator('#topbar .tb-now').waitFor();
    expect(await shownTime(page)).toEqual({ year: 1997, phase: 'news' });
    expect(counted).toBeGreaterThan(20);
    expect(longest).toBeLessThan(RESPONSIVE_MS);
    expect(problems).toEqual([]);
  });
});
