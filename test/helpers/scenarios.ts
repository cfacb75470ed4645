import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

const cache = new Map<string, Scenario>();

/** A bundled scenario, loaded through the same loader the game uses; fails the test with its problems. */
export function bundledScenario(file: string): Scenario {
  const cached = cache.get(file);
  if (cached) return cached;
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`).join('\n'));
  cache.set(file, result.scenario);
  return result.scenario;
}

export const gruenau = () => bundledScenario('scenarios/gruenau.yaml');
