/** The scenarios that ship with Quartier, by id: the only files a session file may name (by its scenario's id). */
import { fileURLToPath } from 'node:url';

const FILES: Readonly<Record<string, string>> = {
  gruenau: 'scenarios/gruenau.yaml',
  'leipziger-osten': 'scenarios/leipziger-osten.yaml',
  tutorial: 'scenarios/tutorial.yaml',
};

/** The path of the bundled scenario with this id, found from the program's own folder rather than the working directory; undefined for any other id. */
export function bundledScenarioFile(id: string): string | undefined {
  const file = Object.hasOwn(FILES, id) ? FILES[id] : undefined;
  return file && fileURLToPath(new URL(`../../${file}`, import.meta.url));
}

export const BUNDLED_IDS = Object.keys(FILES);
