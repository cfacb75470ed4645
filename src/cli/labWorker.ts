/**
 * A worker process of `lab --jobs N`: plays the tasks it is given (a JSON argument) and prints their runs as JSON,
 * one line, for the parent to put back in order. Games are deterministic, so the rows equal a serial run's.
 */
import { playRun, type BatchSettings, type Task } from './labRuns';
import { readScenario } from './readScenario';

function main(): number {
  const { file, tasks, settings } = JSON.parse(process.argv[2] ?? '{}') as { file: string; tasks: Task[]; settings: BatchSettings };
  const scenario = readScenario(file);
  if (!scenario) return 1;
  console.log(JSON.stringify(tasks.map((task) => playRun(scenario, task, settings))));
  return 0;
}

process.exitCode = main();
