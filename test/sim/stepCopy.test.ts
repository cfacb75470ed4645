import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/sim/interventions';
import { initialState, type ModelState } from '../../src/sim/state';
import { advanceYear } from '../../src/sim/step';
import { gruenau } from '../helpers/scenarios';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('a model year', () => {
  // A step copies districts and shares the interventions of the year before: writing into either would change that year.
  it.each([true, false])('never writes into the state it was given (explanations %s)', (explain) => {
    const scenario = gruenau();
    const demolition = scenario.measures.find((m) => m.effects.some((e) => e.target === 'demolish'))!;
    const social = scenario.measures.find((m) => m.appliesTo === 'neighbourhood')!;
    const decisions: Decision[] = [
      { measure: demolition.id, district: demolition.districts?.[0] ?? scenario.districts[0]!.id, scale: demolition.scale.max },
      { measure: social.id, scale: social.scale.max },
    ];
    let state: ModelState = initialState(scenario, 11);
    for (let year = 0; year < 6; year++) {
      const snapshot = JSON.stringify(state);
      deepFreeze(state);
      const events = year === 1 ? [scenario.events[0]!.id] : [];
      const next = advanceYear(scenario, state, { decisions: year < 2 ? decisions : [], events }, { explain }).state;
      expect(JSON.stringify(state)).toBe(snapshot);
      state = next;
    }
    expect(state.interventions.length).toBeGreaterThan(0);
  });
});
