import { describe, expect, it } from 'vitest';
import { causeKindLabel, causeLabel, parseCause, rankedCauses } from '../../src/panels/phase/causes';
import { FLOW_NAMES } from '../../src/panels/phase/causes.texts';
import type { Changes } from '../../src/sim/explain';
import { gruenau } from '../helpers/scenarios';

const changes: Changes = {
  vacancy: { 'flow:outMigration': 0.06, 'flow:inMigration': -0.047, 'measure:demolition': -0.012, 'event:housingGlut': 0.002 },
};

describe('the causes of a change', () => {
  it('are ranked by size whatever their sign, largest first', () => {
    expect(rankedCauses(changes, 'vacancy').map((c) => c.cause)).toEqual(['flow:outMigration', 'flow:inMigration', 'measure:demolition', 'event:housingGlut']);
  });

  it('keep every cause with its value, and an indicator without causes has none', () => {
    expect(rankedCauses(changes, 'vacancy').reduce((a, c) => a + c.value, 0)).toBeCloseTo(0.003, 10);
    expect(rankedCauses(changes, 'trust')).toEqual([]);
    expect(rankedCauses(undefined, 'trust')).toEqual([]);
  });

  it('name flows by our labels and measures and events by the scenario’s names, in both languages', () => {
    const s = gruenau();
    expect(causeLabel('flow:outMigration', s, 'de')).toBe('Wegzüge');
    expect(causeLabel('flow:outMigration', s, 'en')).toBe('Households moving out');
    expect(causeLabel('measure:demolition', s, 'de')).toBe('Rückbau eines Blocks');
    expect(causeLabel('event:housingGlut', s, 'en')).toBe('Leipzig has too many flats');
    expect(causeKindLabel(parseCause('event:housingGlut').kind, 'de')).toBe('Ereignis');
  });

  it('show an unknown id as it is rather than hiding the cause', () => {
    expect(causeLabel('flow:somethingNew', gruenau(), 'en')).toBe('somethingNew');
    expect(causeLabel('measure:gone', gruenau(), 'de')).toBe('gone');
  });

  it('have a label for every flow the model books', async () => {
    const { readFileSync } = await import('node:fs');
    const step = readFileSync('src/sim/step.ts', 'utf8');
    const flows = [...step.matchAll(/flow\('([A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(flows.length).toBeGreaterThan(10);
    expect(flows.filter((f) => !(f in FLOW_NAMES))).toEqual([]);
  });
});
