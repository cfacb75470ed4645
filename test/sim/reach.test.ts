import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema';
import { applyIntervention, oppositionTrustLoss, reachOf, startEvent, startMeasure } from '../../src/sim/interventions';
import { initialState, stepCopy, type Intervention, type ModelState } from '../../src/sim/state';
import { bundledScenario, gruenau } from '../helpers/scenarios';

/** Every card at its largest scale in every place it may go, and every event, as interventions started in the first year. */
function everyIntervention(scenario: Scenario, year: number): Intervention[] {
  const cards = scenario.measures.flatMap((m) =>
    (m.appliesTo === 'neighbourhood' ? [undefined] : (m.districts ?? scenario.districts.map((d) => d.id))).map((district) =>
      startMeasure(scenario, { measure: m.id, ...(district && { district }), scale: m.scale.max }, year),
    ),
  );
  return [...cards, ...scenario.events.map((e) => startEvent(scenario, e.id, year))];
}

/** Districts an action left exactly as they were. */
function untouched(before: ModelState, after: ModelState): string[] {
  return Object.keys(before.districts).filter((id) => JSON.stringify(before.districts[id]) === JSON.stringify(after.districts[id]));
}

describe.each([
  ['Grünau', gruenau],
  ['the tutorial', () => bundledScenario('scenarios/tutorial.yaml')],
])('the reach of measures and events in %s', (_, load) => {
  // The explanations recompute only the districts an intervention can reach; one that changed others would be misbooked.
  it('no intervention changes a district outside its reach, in any year it acts', () => {
    const scenario = load();
    const start = initialState(scenario, 3);
    const year = scenario.time.startYear;
    let checked = 0;
    for (const iv of everyIntervention(scenario, year)) {
      for (let y = iv.firstYear; y <= iv.lastYear + 3; y++) {
        const reach = reachOf(scenario, iv, y);
        if (!reach) continue;
        const after = stepCopy(start);
        applyIntervention(scenario, after, iv, y);
        const outside = Object.keys(start.districts).filter((id) => !reach.includes(id));
        expect(untouched(start, after)).toEqual(expect.arrayContaining(outside));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(scenario.measures.length);
  });

  it("residents' opposition costs trust only where the card is placed", () => {
    const scenario = load();
    const start = initialState(scenario, 3);
    for (const iv of everyIntervention(scenario, scenario.time.startYear).filter((x) => x.kind === 'measure')) {
      const after = stepCopy(start);
      oppositionTrustLoss(scenario, after, iv);
      const outside = Object.keys(start.districts).filter((id) => !iv.districts.includes(id));
      expect(untouched(start, after)).toEqual(expect.arrayContaining(outside));
    }
  });
});
