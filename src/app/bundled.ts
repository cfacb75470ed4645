/** The scenario that ships with the game: the setup screen offers it, and a fresh start opens it. */
import gruenauSource from '../../scenarios/gruenau.yaml?raw';
import type { ScenarioSource } from './store';

export const BUNDLED: ScenarioSource = { file: 'scenarios/gruenau.yaml', source: gruenauSource };
/** Its name on the setup screen's button, a place name in every language. */
export const BUNDLED_NAME = 'Leipzig-Grünau';
