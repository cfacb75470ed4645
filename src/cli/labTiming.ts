/** How much `lab --jobs` gains: the same batch of games in this process and in one worker process per core. */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runInJobs } from './labJobs';
import { playRun, type Task } from './labRuns';
import { readScenario } from './readScenario';

export async function labSpeedUp(file: string, games: number): Promise<{ serial: number; parallel: number; jobs: number }> {
  const scenario = readScenario(file);
  if (!scenario) throw new Error(`cannot read ${file}`);
  const tasks: Task[] = Array.from({ length: games }, (_, i) => ({ stance: i % 2 === 0 ? 'cooperative' : 'sectoral', seed: i }));
  const settings = { seats: {} };
  let start = performance.now();
  for (const task of tasks) playRun(scenario, task, settings);
  const serial = (performance.now() - start) / 1000;
  const jobs = availableParallelism();
  start = performance.now();
  await runInJobs(file, tasks, settings, jobs, () => {});
  return { serial, parallel: (performance.now() - start) / 1000, jobs };
}
