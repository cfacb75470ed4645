/** `npm run bench`: throughput of the core, then the app in headless Chromium (benchBrowser), printed as figures (a benchmark, not a test). */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { number } from '../scenario/numberFormat';
import { referencePlan, runPlan } from '../sim/run';
import { benchBrowser } from './benchBrowser';
import { readScenario } from './readScenario';
import { labSpeedUp } from './labTiming';
import { replaySeconds } from './replayTiming';
import { botGamesOnOneCore } from './oneCore';

const SCENARIO = 'scenarios/gruenau.yaml';
const SECONDS = 2;
/** The yardstick: a thousand whole bot games within a minute on one core. */
const GAMES = 1000;

/** Repeats `work` for about `seconds` after a warm-up and returns runs per second. */
function measure(work: () => void, seconds: number): { perSecond: number; runs: number } {
  for (let i = 0; i < 5; i++) work();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    work();
    runs++;
    elapsed = performance.now() - start;
  }
  return { perSecond: (runs * 1000) / elapsed, runs };
}

async function main(): Promise<number> {
  const scenario = readScenario(SCENARIO);
  if (!scenario) return 1;
  const plan = referencePlan(scenario, 'history') ?? new Map();
  const turns = scenario.time.turns * scenario.time.turnLength;
  console.log(`model: ${scenario.meta.id}, ${scenario.districts.length} districts, ${turns} years per run, plan history`);
  for (const explain of [true, false]) {
    let seed = 0;
    const games = measure(() => runPlan(scenario, seed++, plan, turns, { explain }), SECONDS);
    const yearsPerSecond = games.perSecond * turns;
    const label = explain ? 'with explanations' : 'without explanations (batch runs)';
    console.log(
      `model years per second, ${label}: ${number(yearsPerSecond, 'en')} (${(1e6 / yearsPerSecond).toFixed(1)} µs per year, ${games.runs} runs)`,
    );
  }
  // Twice the log should take about twice the time: replay is linear.
  const [half, full] = [50_000, 100_000].map((n) => replaySeconds(scenario, n));
  console.log(
    `replaying a session file: 50,000 actions ${half!.toFixed(2)} s, 100,000 actions ${full!.toFixed(2)} s (ratio ${(full! / half!).toFixed(2)}; best of 3, reading and checking the file included)`,
  );
  const lab = await labSpeedUp(SCENARIO, 200);
  console.log(
    `lab, 200 games in one process ${lab.serial.toFixed(1)} s, in ${lab.jobs} worker processes ${lab.parallel.toFixed(1)} s (speed-up ${(lab.serial / lab.parallel).toFixed(2)}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  // Other work on the machine shows in the time; the load before and after says how much.
  const loadBefore = loadavg()[0]!;
  const bots = botGamesOnOneCore(GAMES);
  if (!bots) return 1;
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
  const perGame = (bots.seconds * 1000) / bots.games;
  console.log(
    `whole bot games (${scenario.meta.id}, all seats computer-played, mixed stances), ${number(bots.games, 'en')} one after another ${bots.cpu}: ${bots.seconds.toFixed(1)} s (${(bots.games / bots.seconds).toFixed(1)} games per second, ${perGame.toFixed(1)} ms and ${Math.round(bots.actions / bots.games)} actions per game; heap afterwards ${bots.heap.toFixed(1)} MiB; ${load})`,
  );
  return 0;
}

process.exitCode = (await main()) || (await benchBrowser());
