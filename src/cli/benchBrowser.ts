/**
 * The browser half of `npm run bench`: the production build in headless Chromium at 1920×1080 — time to an interactive
 * setup screen, frame times of the between-years animation, time from a facilitator's Page Down to the next phase on
 * screen — and the gzip size of the built JavaScript. Figures, not a test: nothing here passes or fails.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import { PHASES } from '../rules/types';
import { buildAndServe, freshPage, launchChromium } from './browserKit';
import { GZIP_TARGET_KB, kB, scriptSizes, type ScriptSize } from './bundleSize';
import { chooseSeats, nextPhase, phaseLabel, startGame } from './gameDriver';
import { installProbes, startFrames, stopFrames, watchBoard, type BenchProbe } from './pageTiming';

/** Cold loads of the setup screen (each in a fresh context: empty cache and storage). */
const SETUP_LOADS = 5;
/** Years played with the keyboard: each has one between-years animation and a Page Down for every phase. */
const YEARS = 5;
const SEED = 2024;
/** The year's animation takes about 2 s; past this, the board is taken to have shown the year without one. */
const ANIMATION_TIMEOUT_MS = 6000;

type Probed = Window & { __bench: BenchProbe };

/** Nearest-rank percentile of unsorted numbers. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 50);
const ms = (x: number) => `${Math.round(x)} ms`;

interface SetupLoad {
  /** Start in the DOM, shown and enabled. */
  ready: number;
  /** The first contentful paint on screen (its presentation time): the setup screen is the page's first content. */
  painted: number;
}

/** Navigation to the setup screen with Start shown, enabled and painted, timed by the page from its navigation start. */
async function loadSetup(browser: Browser, url: string): Promise<SetupLoad> {
  const { context, page } = await freshPage(browser);
  try {
    await context.addInitScript(installProbes);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as Probed).__bench.setupReady && performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => {
      const { dom, painted } = (window as unknown as Probed).__bench.setupReady!;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return { ready: dom, painted: Math.max(painted, fcp) };
    });
  } finally {
    await context.close();
  }
}

interface Animation {
  /** Intervals between frames from the phase change to the end of the animation. */
  frameTimes: number[];
  duration: number;
  /** Whether the board reported the animation's end (else it was cut off at the timeout). */
  ended: boolean;
}

/** Presses Page Down from implementation into simulation, which runs the model year and starts the board's year animation, and records its frames. */
async function recordAnimation(page: Page): Promise<Animation> {
  const before = await page.evaluate(() => (window as unknown as Probed).__bench.boardShown ?? 0);
  const count = await page.evaluate(() => (window as unknown as Probed).__bench.transitions.length);
  await page.evaluate(startFrames);
  await nextPhase(page);
  const ended = await page
    .waitForFunction((b) => ((window as unknown as Probed).__bench.boardShown ?? 0) !== b, before, { timeout: ANIMATION_TIMEOUT_MS })
    .then(() => true, () => false);
  const frames = await page.evaluate(stopFrames);
  await page.waitForFunction((n) => (window as unknown as Probed).__bench.transitions.length > n, count);
  const { changedAt, end } = await page.evaluate(() => {
    const bench = (window as unknown as Probed).__bench;
    const last = bench.transitions[bench.transitions.length - 1]!;
    return { changedAt: last.at + last.dom, end: bench.boardShown ?? performance.now() };
  });
  const during = frames.filter((t) => t >= changedAt && t <= end);
  return { frameTimes: during.slice(1).map((t, i) => t - during[i]!), duration: end - changedAt, ended };
}

interface Played {
  transitions: BenchProbe['transitions'];
  animations: Animation[];
}

/** Plays YEARS years with Page Down (two human roles, the rest computer), timing every phase change and each year's animation. */
async function playYears(browser: Browser, url: string): Promise<Played> {
  const { context, page, problems } = await freshPage(browser);
  try {
    await context.addInitScript(installProbes);
    await page.goto(url);
    await chooseSeats(page, SEED);
    await startGame(page);
    await page.locator('#board canvas').waitFor();
    await page.evaluate(watchBoard);
    const animations: Animation[] = [];
    for (let i = 0; i < YEARS * (PHASES.length - 1); i++) {
      if ((await phaseLabel(page)) === PHASE_NAMES.implementation.de) animations.push(await recordAnimation(page));
      else await nextPhase(page);
    }
    await page.waitForFunction((n) => (window as unknown as Probed).__bench.transitions.length >= n, YEARS * (PHASES.length - 1));
    const transitions = await page.evaluate(() => (window as unknown as Probed).__bench.transitions);
    if (problems.length > 0) console.error(`  console problems: ${problems.join(' | ')}`);
    return { transitions, animations };
  } finally {
    await context.close();
  }
}

function reportSetup(loads: readonly SetupLoad[]): void {
  const painted = loads.map((l) => l.painted);
  console.log(
    `  navigation → interactive setup screen (Start shown, enabled and painted): median ${ms(median(painted))} ` +
      `(min ${ms(Math.min(...painted))}, max ${ms(Math.max(...painted))}; ${loads.length} cold loads; Start ready in the DOM at median ${ms(median(loads.map((l) => l.ready)))})`,
  );
}

function reportAnimations(animations: readonly Animation[]): void {
  const p95s = animations.map((a) => percentile(a.frameTimes, 95));
  const all = animations.flatMap((a) => a.frameTimes);
  const seconds = animations.reduce((a, x) => a + x.duration, 0) / 1000;
  const cut = animations.filter((a) => !a.ended).length;
  console.log(
    `  between-years animation: p95 frame time ${percentile(p95s, 50).toFixed(1)} ms (median of ${animations.length} animations; ` +
      `worst frame ${Math.max(...all).toFixed(1)} ms; ${(all.length / seconds).toFixed(0)} fps over ${(seconds / animations.length).toFixed(2)} s each)` +
      (cut > 0 ? ` — ${cut} animation(s) not seen to end within ${ANIMATION_TIMEOUT_MS / 1000} s` : ''),
  );
}

function reportTransitions(transitions: BenchProbe['transitions']): void {
  const painted = transitions.map((t) => t.painted);
  console.log(
    `  facilitator action (Page Down) → next phase painted: median ${ms(median(painted))}, p95 ${ms(percentile(painted, 95))}, max ${ms(Math.max(...painted))} (${transitions.length} actions over ${YEARS} years)`,
  );
  const byPhase = new Map<string, number[]>();
  for (const t of transitions) byPhase.set(t.to, [...(byPhase.get(t.to) ?? []), t.painted]);
  const rows = [...byPhase].map(([to, times]) => [to, median(times)] as const).sort((a, b) => b[1] - a[1]);
  console.log(`    median by phase entered: ${rows.map(([to, t]) => `${to} ${ms(t)}`).join(' · ')}`);
}

function reportBundle(sizes: readonly ScriptSize[]): void {
  const sum = (list: readonly ScriptSize[]) => list.reduce((a, s) => a + s.gzipBytes, 0);
  // The page's own scripts load at start; a worker's file or a further scenario's only when the page asks for it.
  const atStart = sum(sizes.filter((s) => s.file.startsWith('index.html')));
  const later = sum(sizes) - atStart;
  const over = atStart - GZIP_TARGET_KB * 1000;
  console.log(
    `  built JavaScript, gzip: ${kB(atStart)} loaded at start (target ≤ ${GZIP_TARGET_KB} kB: ${over > 0 ? `${kB(over)} over` : 'met'})` +
      (later > 0 ? `; ${kB(later)} more in files loaded only when used (the session-file worker, further scenarios, the model card's description); ${kB(atStart + later)} in all` : ''),
  );
  for (const s of sizes) console.log(`    ${s.file}: ${kB(s.gzipBytes)} gzip, ${kB(s.bytes)} raw`);
}

/** Builds, serves and measures the app; returns the process exit code. */
export async function benchBrowser(): Promise<number> {
  const app = await buildAndServe();
  try {
    const browser = await launchChromium();
    if (!browser) return 1;
    try {
      // Other work on the machine shows in these figures; the load says how much.
      const load = loadavg()[0]!.toFixed(1);
      console.log(`browser: headless Chromium ${browser.version()}, 1920×1080, production build (vite preview); load average ${load} on ${availableParallelism()} cores`);
      const loads: SetupLoad[] = [];
      for (let i = 0; i < SETUP_LOADS; i++) loads.push(await loadSetup(browser, app.url));
      reportSetup(loads);
      const played = await playYears(browser, app.url);
      reportAnimations(played.animations);
      reportTransitions(played.transitions);
    } finally {
      await browser.close();
    }
    reportBundle(scriptSizes(app.outDir));
    return 0;
  } finally {
    await app.close();
  }
}
