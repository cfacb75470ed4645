/** Runs the bot-game throughput script as a child process pinned to one CPU, where the system can pin (Linux taskset). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ThroughputResult } from './botThroughput';

/** Batch runs allocate much short-lived garbage; a larger young generation saves scavenges (package.json gives `lab` the same). */
const BATCH_NODE_FLAGS = ['--max-semi-space-size=64'];

const SCRIPT = fileURLToPath(new URL('./botThroughput.ts', import.meta.url));

function canPin(): boolean {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Plays `games` bot games in a fresh Node process (TypeScript loaded by tsx, as the npm scripts do) on CPU 0. */
export function botGamesOnOneCore(games: number, scenario = 'scenarios/gruenau.yaml'): (ThroughputResult & { cpu: string }) | undefined {
  const node = [process.execPath, '--import', 'tsx', ...BATCH_NODE_FLAGS, '--expose-gc', SCRIPT, scenario, String(games)];
  const pinned = canPin();
  const run = pinned ? spawnSync('taskset', ['-c', '0', ...node], { encoding: 'utf8' }) : spawnSync(node[0]!, node.slice(1), { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`the bot games could not be run: ${run.stderr || run.error?.message || `exit ${run.status}`}`);
    return undefined;
  }
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as ThroughputResult;
  return { ...result, cpu: pinned ? 'on one CPU (taskset -c 0)' : 'in one process (not pinned: no taskset here)' };
}
