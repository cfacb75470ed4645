/** `npm run bench`: throughput of the core, then the app in headless Chromium (benchBrowser), printed as figures (a benchmark, not a test). */
import { performance } from 'node:perf_hooks';
import { referencePlan, runPlan } from '../sim/run';
import { playBotGame } from '../bots/autoplay';
import { benchBrowser } from './benchBrowser';
import { readScenario } from './readScenario';
import { botSeats } from './seats';

const SCENARIO = 'scenarios/gruenau.yaml';
const SECONDS = 2;

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

function main(): number {
  const scenario = readScenario(SCENARIO);
  if (!scenario) return 1;
  const plan = referencePlan(scenario, 'history') ?? new Map();
  const turns = scenario.time.turns;
  console.log(`model: ${scenario.meta.id}, ${scenario.districts.length} districts, ${turns} years per run, plan history`);
  for (const explain of [true, false]) {
    let seed = 0;
    const games = measure(() => runPlan(scenario, seed++, plan, turns, { explain }), SECONDS);
    const yearsPerSecond = games.perSecond * turns;
    const label = explain ? 'with explanations' : 'without explanations (batch runs)';
    console.log(
      `model years per second, ${label}: ${Math.round(yearsPerSecond).toLocaleString('en')} (${(1e6 / yearsPerSecond).toFixed(1)} µs per year, ${games.runs} runs)`,
    );
  }
  let gameSeed = 0;
  const seats = botSeats(scenario, 'mixed');
  const games = measure(() => playBotGame(scenario, gameSeed++, seats, { explain: false }), SECONDS * 2);
  console.log(
    `whole bot games per second (${scenario.meta.id}, all seats computer-played, mixed stances): ${games.perSecond.toFixed(1)} (${(1000 / games.perSecond).toFixed(1)} ms per game; 1,000 games ≈ ${(1000 / games.perSecond).toFixed(0)} s on one core)`,
  );
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`heap used after the runs: ${heap.toFixed(1)} MiB`);
  return 0;
}

process.exitCode = main() || (await benchBrowser());
