/**
 * The scenarios that ship with the game: the setup screen offers them, and a fresh start opens the first. The first
 * is part of the page; the others are scripts beside it, loaded when chosen (src/build/scenarioData.ts), so the page
 * stays within its size budget.
 */
import gruenauData from '../../scenarios/gruenau.yaml?data';
import { textFromScript } from './textScript';
import ostenScript from '../../scenarios/leipziger-osten.yaml?script';
import tutorialScript from '../../scenarios/tutorial.yaml?script';
import type { ScenarioSource } from './store';

export interface BundledScenario {
  /** Stable key of the choice on the setup screen (`setup-bundled-…`), and the scenario's file name without `.yaml`. */
  key: string;
  file: string;
  /** A place name, the same in every language. */
  name: string;
  /** The practice scenario, the place to start alone. */
  tutorial: boolean;
  /** Its text (JSON), when it is part of the page; else the script that brings it. */
  source?: string;
  script?: string;
}

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = [
  // Built in as data without the file's comments; as JSON the YAML loader reads it unchanged.
  { key: 'gruenau', file: 'scenarios/gruenau.yaml', name: 'Leipzig-Grünau', tutorial: false, source: JSON.stringify(gruenauData) },
  { key: 'leipziger-osten', file: 'scenarios/leipziger-osten.yaml', name: 'Leipziger Osten', tutorial: false, script: ostenScript },
  { key: 'tutorial', file: 'scenarios/tutorial.yaml', name: 'Birkenfeld', tutorial: true, script: tutorialScript },
];

/** The scenario a fresh start opens: part of the page. */
export const BUNDLED: ScenarioSource = { file: BUNDLED_SCENARIOS[0]!.file, source: BUNDLED_SCENARIOS[0]!.source! };
/** Its name on the setup screen. */
export const BUNDLED_NAME = BUNDLED_SCENARIOS[0]!.name;

/** The bundled scenario a source is, by its file (a file opened from disk has no folder in its name); undefined for any other. */
export function bundledOf(source: ScenarioSource): BundledScenario | undefined {
  return BUNDLED_SCENARIOS.find((b) => b.file === source.file);
}

// The global the scenario scripts fill (SCENARIO_GLOBAL in src/build/scenarioData.ts, which the page does not import).
const SCENARIO_GLOBAL = 'quartierScenarios';

/** A bundled scenario's text: at once when it is part of the page, else once its script has loaded (rejected when it cannot). */
export function bundledSource(b: BundledScenario): Promise<ScenarioSource> {
  if (b.source !== undefined) return Promise.resolve({ file: b.file, source: b.source });
  return textFromScript(b.script!, SCENARIO_GLOBAL, b.key).then((source) => ({ file: b.file, source }));
}
