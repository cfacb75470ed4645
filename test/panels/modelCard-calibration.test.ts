import { describe, expect, it } from 'vitest';
import { calibrationPlays } from '../../src/panels/modelCard/calibration';
import { indicatorValue } from '../../src/panels/phase/format';
import type { Scenario } from '../../src/scenario/schema';
import { checkTargets } from '../../src/sim/calibration';
import { referencePlan, runPlan } from '../../src/sim/run';
import { bundledScenario, gruenau } from '../helpers/scenarios';

/** Grünau with the history play's targets replaced. */
function withTargets(change: (targets: Scenario['references'][number]['targets']) => void): Scenario {
  const copy = structuredClone(gruenau());
  change(copy.references.find((r) => r.id === 'history')!.targets);
  return copy;
}

describe('the model card’s calibration table', () => {
  it('shows for each target of the history play the value and verdict of checkTargets on the model’s run', () => {
    const scenario = gruenau();
    const history = scenario.references.find((r) => r.id === 'history')!;
    const results = checkTargets(scenario, history.targets, runPlan(scenario, 3, referencePlan(scenario, 'history')!));
    const [play] = calibrationPlays(scenario, 3, 'en');
    expect(play!.id).toBe('history');
    expect(play!.rows.map((r) => r.met)).toEqual(results.map((r) => r.met));
    expect(play!.rows.map((r) => r.value.split(' (')[0])).toEqual(results.map((r) => indicatorValue(r.target.indicator, r.value!, 'en')));
    expect(play!.rows.map((r) => r.source)).toEqual(history.targets.map((t) => t.source ?? ''));
  });

  it('turns a met target into a missed one when its band moves away from the model’s value', () => {
    const met = calibrationPlays(withTargets((t) => t.splice(0, t.length, { indicator: 'population', from: 2004, statistic: 'each', min: 1, max: 1e9 })), 1, 'de');
    const missed = calibrationPlays(withTargets((t) => t.splice(0, t.length, { indicator: 'population', from: 2004, statistic: 'each', min: 1e8, max: 1e9 })), 1, 'de');
    expect(met[0]!.rows[0]!.met).toBe(true);
    expect(missed[0]!.rows[0]!.met).toBe(false);
    expect(missed[0]!.rows[0]!.value).toBe(met[0]!.rows[0]!.value);
    expect(missed[0]!.rows[0]!.band).toBe(`${indicatorValue('population', 1e8, 'de')} – ${indicatorValue('population', 1e9, 'de')}`);
  });

  it('words spans, one-sided bands and years the run never reaches in each language', () => {
    const scenario = withTargets((t) =>
      t.splice(
        0,
        t.length,
        { indicator: 'vacancy', from: 1998, to: 2003, statistic: 'max', max: 1 },
        { indicator: 'vacancy', from: 2050, statistic: 'each', min: 0 },
      ),
    );
    const [de] = calibrationPlays(scenario, 1, 'de');
    const [en] = calibrationPlays(scenario, 1, 'en');
    expect(de!.rows[0]!.years).toBe('1998–2003, Höchstwert');
    expect(en!.rows[0]!.years).toBe('1998–2003, highest value');
    expect(en!.rows[0]!.band).toBe(`≤ ${indicatorValue('vacancy', 1, 'en')}`);
    expect(en!.rows[0]!.value).toMatch(/\((199[89]|200[0-3])\)$/);
    expect(en!.rows[1]!).toMatchObject({ met: false, value: '— (the run does not reach these years)', band: `≥ ${indicatorValue('vacancy', 0, 'en')}` });
    expect(de!.rows[1]!.value).toBe('— (Lauf erreicht diese Jahre nicht)');
  });

  it('lists no play for a scenario whose reference plays state no targets', () => {
    // The small test scenario has a history play, but no targets for it.
    const small = bundledScenario('test/fixtures/small.yaml');
    expect(small.references.length).toBeGreaterThan(0);
    expect(small.references.every((r) => r.targets.length === 0)).toBe(true);
    expect(calibrationPlays(small, 1, 'en')).toEqual([]);
  });
});
