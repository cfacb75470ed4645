/** Reads and loads a scenario file for a command, or explains on stderr why it cannot. */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../scenario/problems';
import { loadScenario } from '../scenario/load';
import { groupProblems } from '../scenario/problemGroups';
import type { Scenario } from '../scenario/schema';
import { readFailure } from './readFailure';

/** The loaded scenario, or undefined after printing every problem. */
export function readScenario(file: string, lang: 'de' | 'en' = 'en'): Scenario | undefined {
  let source: Uint8Array;
  try {
    // Bytes, not 'utf8': loadScenario decodes them as the browser does, and refuses what is no UTF-8 text.
    source = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read the file (${readFailure(error, lang)})`);
    return undefined;
  }
  const result = loadScenario(source, file, { lang });
  if (result.ok) {
    // Warnings may be intended: the command goes on, but the trainer sees them.
    for (const w of groupProblems(result.warnings)) console.error(formatProblem(w));
    return result.scenario;
  }
  for (const p of groupProblems(result.problems)) console.error(formatProblem(p));
  return undefined;
}
