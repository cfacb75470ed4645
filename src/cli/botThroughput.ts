/**
 * Plays whole bot games one after another in this process and prints, as JSON, how long they took. `npm run bench`
 * runs it as a child pinned to one CPU, so the figure is what one core does, garbage collection included.
 */
import { performance } from 'node:perf_hooks';
import { playBotGame } from '../bots/autoplay';
import { readScenario } from './readScenario';
import { botSeats } from './seats';

export interface ThroughputResult {
  games: number;
  seconds: number;
  actions: number;
  /** Heap in use after the games once garbage is collected, MiB. */
  heap: number;
}

/** Heap still in use once garbage is collected (the parent starts this script with --expose-gc). */
function liveHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function main(): number {
  const [file = 'scenarios/gruenau.yaml', count = '1000'] = process.argv.slice(2);
  const scenario = readScenario(file);
  if (!scenario) return 1;
  const seats = botSeats(scenario, 'mixed');
  const games = Number(count);
  let actions = 0;
  const start = performance.now();
  for (let seed = 0; seed < games; seed++) actions += playBotGame(scenario, seed, seats, { explain: false }).session.log.length;
  const result: ThroughputResult = { games, seconds: (performance.now() - start) / 1000, actions, heap: liveHeap() };
  console.log(JSON.stringify(result));
  return 0;
}

process.exitCode = main();
