/** Reads and loads a scenario file for a command, or explains on stderr why it cannot. */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../scenario/problems';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { readFailure } from './readFailure';

/** The loaded scenario, or undefined after printing every problem. */
export function readScenario(file: string, lang: 'de' | 'en' = 'en'): Scenario | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${readFailure(error, lang)})`);
    return undefined;
  }
  const result = loadScenario(source, file, { lang });
  if (result.ok) {
    // Warnings may be intended: the command goes on, but the trainer sees them.
    for (const w of result.warnings) console.error(formatProblem(w));
    return result.scenario;
  }
  for (const p of result.problems) console.error(formatProblem(p));
  return undefined;
}
