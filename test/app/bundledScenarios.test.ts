import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioDataText } from '../../src/build/scenarioData';
import { BUNDLED_IDS, bundledScenarioFile } from '../../src/cli/bundledScenarios';
import { scenarioHash } from '../../src/rules/session';
import { loadScenario } from '../../src/scenario/load';

describe('the bundled scenarios in the browser build', () => {
  it.each(BUNDLED_IDS)('%s loads from its data as from its file: the same scenario, the same hash, no problems', (id) => {
    const file = bundledScenarioFile(id)!;
    const yaml = readFileSync(file, 'utf8');
    const name = `scenarios/${id}.yaml`;
    const fromFile = loadScenario(yaml, name);
    const fromData = loadScenario(scenarioDataText(yaml, name), name);
    if (!fromFile.ok || !fromData.ok) throw new Error(`${id} does not load`);
    expect(fromData.scenario).toEqual(fromFile.scenario);
    expect(scenarioHash(fromData.scenario)).toBe(scenarioHash(fromFile.scenario));
    expect(fromData.warnings).toEqual([]);
    expect(fromFile.warnings).toEqual([]);
  });
});
