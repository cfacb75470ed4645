/**
 * The debrief's reference games in the browser: the computer plays the group's seed with every seat cooperative and
 * every seat sectoral while the debrief is shown, in a worker or (where none starts) on the page in slices; the page
 * stays responsive, the lines join the charts and the legend gives the time they took.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, setUpSeats, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Longest task the page may run while the games are played, well below the one to three seconds the two games take in
 * one piece: in a worker, where the page only draws the lines; on the page, whose slices end after the facilitator's
 * step under way (up to a fifth of a second cold, more on a busy machine).
 */
const LONGEST_TASK_MS = { worker: 400, page: 700 };

interface Seen {
  longTasks: { start: number; duration: number }[];
  /** The first frame after the debrief was drawn, and the moment the legend gave the games' time. */
  shownAt: number;
  doneAt: number;
  /** Whether the legend said the games were being played. */
  waiting: boolean;
}

/** Records the page's long tasks, when the debrief was shown and the games were there, and whether the legend said they were being played. */
function watch(): void {
  const seen: Seen = { longTasks: [], shownAt: 0, doneAt: 0, waiting: false };
  (window as unknown as { referenceWatch: Seen }).referenceWatch = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let shown = false;
  new MutationObserver(() => {
    const note = document.querySelector('.debrief-references-note');
    if (note && !shown) {
      shown = true;
      // After the frame that lays the new debrief out, which is the debrief's own work, not the games'.
      requestAnimationFrame(() => setTimeout(() => (seen.shownAt = performance.now())));
    }
    if (note?.textContent && !seen.doneAt) seen.doneAt = performance.now();
    if (document.querySelector('.debrief-waiting')) seen.waiting = true;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Once the debrief is shown: its section buttons answer while the games are played, the lines arrive, no long task held the page up. */
async function expectReferenceLines(page: Page, where: 'worker' | 'page', names: [string, string]): Promise<string> {
  await page.locator('.debrief-references-note').waitFor({ state: 'attached' });
  await byKey(page, 'debrief-section-scores').click();
  await page.locator('[data-key="debrief-section-scores"][aria-pressed="true"]').waitFor();
  await byKey(page, 'debrief-section-course').click();
  await page.locator('[data-key="debrief-section-course"][aria-pressed="true"]').waitFor();
  const note = page.locator('.debrief-references-note');
  await note.filter({ hasText: / s\.$/ }).waitFor({ timeout: 20_000 });
  const seen = await page.evaluate(() => (window as unknown as { referenceWatch: Seen }).referenceWatch);
  expect(seen.waiting).toBe(true);
  const meanwhile = seen.longTasks.filter((t) => t.start > seen.shownAt && t.start < seen.doneAt).map((t) => Math.round(t.duration));
  console.log(`long tasks while the games were played (${where}): ${meanwhile.join(', ') || 'none'} ms`);
  expect(Math.max(0, ...meanwhile)).toBeLessThan(LONGEST_TASK_MS[where]);
  // One line per play in each of the seven charts, named in the legend and in what screen readers hear of a chart.
  expect(await page.locator('.debrief-course .debrief-plot polyline[stroke="#CC79A7"]').count()).toBe(7);
  expect(await page.locator('.debrief-course .debrief-plot polyline[stroke="#000000"]').count()).toBe(7);
  expect(await page.locator('.debrief-waiting').count()).toBe(0);
  const legend = await textOf(page.locator('.debrief-legend ul'));
  for (const name of names) expect(legend).toContain(name);
  const label = (await page.locator('.debrief-course .debrief-plot').first().getAttribute('aria-label'))!;
  for (const name of names) expect(label).toContain(name);
  return textOf(note);
}

/** The Scores section sets the group's shared score beside no measures and the computer's games, each with its number. */
async function expectReferenceScores(page: Page, names: [string, string]): Promise<void> {
  const items = await page.locator('.debrief-score-compare li').evaluateAll((all) => all.map((e) => e.textContent ?? ''));
  expect(items).toHaveLength(4);
  for (const item of items) expect(item).toMatch(/\u2212?\d+$/);
  expect(items[2]).toContain(names[0]);
  expect(items[3]).toContain(names[1]);
}

describe('the reference games beside the group’s game', () => {
  it('are played without holding the page up, in a worker and on the page where no worker starts', async () => {
    const { page, problems } = await openPage(browser, 'de');
    await page.addInitScript(watch);
    await page.reload();
    await setUpSeats(page, [], 7);
    await byKey(page, 'setup-start').click();
    await advanceTo(page, 'debrief');
    const inWorker = await expectReferenceLines(page, 'worker', ['Alle kooperativ (Computer)', 'Alle ressortbezogen (Computer)']);
    expect(inWorker).toMatch(/^Computer: dieselbe Partie \(Startwert, Länge, Regel\) mit dieser Haltung in jeder Rolle, berechnet in \d+,\d s\.$/);
    console.log(`reference games, Grünau at the workshop length, seed 7, in a worker: ${inWorker}`);
    await expectReferenceScores(page, ['Alle kooperativ (Computer)', 'Alle ressortbezogen (Computer)']);
    await page.screenshot({ path: '/tmp/debrief-references-de.png' });
    await page.locator('.debrief-legend').screenshot({ path: '/tmp/debrief-references-legend-de.png' });
    await page.locator('.debrief-charts').screenshot({ path: '/tmp/debrief-references-charts-de.png' });

    // Without workers (as a page opened from file:// may be), the page plays them itself; resumed at the debrief after a reload.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await byKey(page, 'topbar-language').click();
    await page.reload();
    const onPage = await expectReferenceLines(page, 'page', ['All cooperative (computer)', 'All sectoral (computer)']);
    expect(onPage).toMatch(/^Computer: the same game \(seed, length, rule\) with this stance in every role, played in \d+\.\d s\.$/);
    console.log(`reference games, Grünau at the workshop length, seed 7, on the page: ${onPage}`);
    await expectReferenceScores(page, ['All cooperative (computer)', 'All sectoral (computer)']);
    await page.screenshot({ path: '/tmp/debrief-references-en.png' });
    await page.locator('.debrief-legend').screenshot({ path: '/tmp/debrief-references-legend-en.png' });
    expect(problems).toEqual([]);
  }, 300_000);
});
