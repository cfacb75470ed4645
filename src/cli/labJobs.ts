/** Spreads a lab batch over worker processes, each a contiguous share of the tasks, and returns the runs in task order. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BatchSettings, Run, Task } from './labRuns';

const WORKER = fileURLToPath(new URL('./labWorker.ts', import.meta.url));
/** Batch runs allocate much short-lived garbage; a larger young generation saves scavenges (as `npm run lab` itself). */
const NODE_FLAGS = ['--import', 'tsx', '--max-semi-space-size=64'];

/** Plays one share of the tasks in a child process (TypeScript loaded by tsx, as the npm scripts do). */
function inChild(file: string, tasks: Task[], settings: BatchSettings): Promise<Run[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, WORKER, JSON.stringify({ file, tasks, settings })], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Run[]) : reject(new Error(err.trim() || `a worker ended with exit code ${code}`))));
  });
}

/** The tasks split into `jobs` contiguous shares of nearly equal size. */
export function shares<T>(tasks: readonly T[], jobs: number): T[][] {
  const n = Math.max(1, Math.min(jobs, tasks.length));
  return Array.from({ length: n }, (_, i) => tasks.slice(Math.floor((i * tasks.length) / n), Math.floor(((i + 1) * tasks.length) / n)));
}

/** Plays the tasks in `jobs` worker processes at once; `done` is told after each share. */
export async function runInJobs(file: string, tasks: readonly Task[], settings: BatchSettings, jobs: number, done: (runs: number) => void): Promise<Run[]> {
  let finished = 0;
  const results = await Promise.all(
    shares(tasks, jobs).map((share) =>
      inChild(file, share, settings).then((runs) => {
        done((finished += runs.length));
        return runs;
      }),
    ),
  );
  return results.flat();
}
