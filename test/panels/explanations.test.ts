/** The explanations the situation and review show: the named main cause agrees with the change, the causes add up to it, every change gets a word. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { causeGroups, causeLabel, mainCause, rankedCauses } from '../../src/panels/phase/causes';
import { indicatorChange, negligible, verdict } from '../../src/panels/phase/format';
import { judgingWeights, mainCauseText } from '../../src/panels/phase/indicatorChanges';
import { changesOf, indicatorsOf, lastYearChange, type YearChange } from '../../src/panels/phase/yearChange';
import { defaultSeats } from '../../src/rules/game';
import { withTime } from '../../src/rules/gameLength';
import type { LiveSession } from '../../src/rules/session';
import { STANCES } from '../../src/rules/types';
import { INDICATOR_IDS, type IndicatorId, type Scenario } from '../../src/scenario/schema';
import type { Changes } from '../../src/sim/explain';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators } from '../../src/sim/indicators';
import { runPlan } from '../../src/sim/run';
import { arbitraryPlan } from '../helpers/decisions';
import { bundledScenario, gruenau } from '../helpers/scenarios';

/** Every simulated year of a finished game as the panels show it: in the next year's situation, and the last one in the debrief. */
function shownYears(scenario: Scenario, live: LiveSession): YearChange[] {
  const years: YearChange[] = [];
  for (let k = 1; k < live.yearStarts.length; k++) {
    const state = { ...live.yearStarts[k]!.state, phase: 'situation' as const };
    years.push(lastYearChange(scenario, { ...live, state, yearStarts: live.yearStarts.slice(0, k + 1) })!);
  }
  years.push(lastYearChange(scenario, live)!);
  return years;
}

/** Relative error allowed when causes are added up: rounding of floating point, far below anything shown. */
const ROUNDING = 1e-9;

/** Checks one indicator's change in one area against its causes; returns whether a main cause was named. */
function checkChange(scenario: Scenario, id: IndicatorId, before: number, after: number, changes: Changes | undefined, where: string): boolean {
  const delta = after - before;
  const causes = rankedCauses(changes, id);
  const sum = causes.reduce((a, c) => a + c.value, 0);
  expect(Math.abs(sum - delta) / Math.max(1, Math.abs(after)), `${where}: causes add up to the change`).toBeLessThan(ROUNDING);

  const main = mainCause(changes, id, delta);
  const shown = !negligible(id, delta);
  switch (main.kind) {
    case 'cause': {
      expect(shown, where).toBe(true);
      expect(Math.sign(main.cause.value), `${where}: main cause agrees with the change in sign`).toBe(Math.sign(delta));
      const along = causes.filter((c) => Math.sign(c.value) === Math.sign(delta));
      expect(Math.abs(main.cause.value), `${where}: the largest cause that way`).toBe(Math.max(...along.map((c) => Math.abs(c.value))));
      if (main.against) expect(Math.sign(main.against.value), where).toBe(-Math.sign(delta));
      // The text names it with a figure of the change's sign.
      const text = mainCauseText(scenario, id, changes, delta, 'en')!;
      expect(text.startsWith(`mainly: ${causeLabel(main.cause.cause, scenario, 'en')} (${indicatorChange(id, main.cause.value, 'en')})`), where).toBe(true);
      expect(indicatorChange(id, main.cause.value, 'en')[0], where).toBe(indicatorChange(id, delta, 'en')[0]);
      break;
    }
    case 'small':
      expect(shown, where).toBe(true);
      expect(causes.filter((c) => Math.sign(c.value) === Math.sign(delta)).every((c) => negligible(id, c.value)), where).toBe(true);
      break;
    case 'balance':
      expect(shown, where).toBe(false);
      expect(main.up.value, where).toBeGreaterThan(0);
      expect(main.down.value, where).toBeLessThan(0);
      break;
    case 'none':
      expect(!shown || causes.length === 0, where).toBe(true);
      break;
    case 'unexplained':
      throw new Error(`${where}: a visible change without any cause in its direction`);
  }

  // The why list keeps every cause once, up apart from down, and its groups add up to the change.
  const groups = causeGroups(changes, id, delta, 4);
  const listed = groups.flatMap((g) => [...g.shown, ...g.rest].map((c) => c.cause));
  expect(listed.sort(), where).toEqual(causes.map((c) => c.cause).sort());
  for (const g of groups) for (const c of [...g.shown, ...g.rest]) expect(g.direction === 'up' ? c.value > 0 : c.value < 0, where).toBe(true);
  expect(Math.abs(groups.reduce((a, g) => a + g.total, 0) - delta) / Math.max(1, Math.abs(after)), where).toBeLessThan(ROUNDING);
  if (shown && groups.length > 0) expect(groups[0]!.direction, where).toBe(delta > 0 ? 'up' : 'down');
  return main.kind === 'cause';
}

/** Every indicator of every area of every shown year; the number of main causes named. */
function checkGame(scenario: Scenario, years: readonly YearChange[]): number {
  let named = 0;
  for (const change of years) {
    for (const area of [null, ...scenario.districts.map((d) => d.id)]) {
      const before = indicatorsOf(scenario, change.before, area);
      const after = indicatorsOf(scenario, change.after, area);
      for (const id of INDICATOR_IDS) {
        if (checkChange(scenario, id, before[id], after[id], changesOf(change, area), `${change.year} ${area ?? 'all'} ${id}`)) named++;
      }
    }
  }
  return named;
}

describe('the main cause named for a change', () => {
  it('agrees with the change in sign, for every indicator, district and the whole neighbourhood, over bot games of random seeds and stances', () => {
    const scenario = gruenau();
    let named = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(undefined, ...STANCES), (seed, stance) => {
        const live = playBotGame(scenario, seed, defaultSeats(scenario, 'bot', stance));
        const years = shownYears(scenario, live);
        expect(years.length).toBe(scenario.time.turns);
        named += checkGame(scenario, years);
      }),
      { numRuns: 8 },
    );
    // Most changes have a cause of their own to name.
    expect(named).toBeGreaterThan(8 * scenario.time.turns * 50);
  });

  it('adds up over rounds of two years: the causes of both years sum to the round’s change, and the main cause agrees with it', () => {
    const scenario = withTime(gruenau(), { turns: 7, turnLength: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(undefined, ...STANCES), (seed, stance) => {
        const live = playBotGame(scenario, seed, defaultSeats(scenario, 'bot', stance));
        const years = shownYears(scenario, live);
        expect(years.length).toBe(7);
        checkGame(scenario, years);
      }),
      { numRuns: 3 },
    );
  });

  it('agrees with the change in sign under random decisions, in the other bundled scenarios too', () => {
    for (const file of ['scenarios/gruenau.yaml', 'scenarios/leipziger-osten.yaml', 'scenarios/tutorial.yaml']) {
      const scenario = bundledScenario(file);
      const low = lowIncomeClasses(scenario);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), arbitraryPlan(scenario), (seed, plan) => {
          const records = runPlan(scenario, seed, plan);
          for (let i = 1; i < records.length; i++) {
            const [b, a, why] = [records[i - 1]!.state, records[i]!.state, records[i]!.explanation!];
            const all = [neighbourhoodIndicators(b, low), neighbourhoodIndicators(a, low)] as const;
            for (const id of INDICATOR_IDS) checkChange(scenario, id, all[0][id], all[1][id], why.neighbourhood, `${file} ${a.year} all ${id}`);
            for (const d of Object.keys(a.districts)) {
              const [x, y] = [districtIndicators(b.districts[d]!, low), districtIndicators(a.districts[d]!, low)];
              for (const id of INDICATOR_IDS) checkChange(scenario, id, x[id], y[id], why.districts[d], `${file} ${a.year} ${d} ${id}`);
            }
          }
        }),
        { numRuns: 8 },
      );
    }
  });

  it('is the largest cause in the direction of the change, with the larger one against it named as such (the cases seen in play)', () => {
    const s = gruenau();
    const vacancy: Changes = { vacancy: { 'flow:outMigration': 0.055, 'flow:inMigration': -0.061, 'measure:demolition': 0.0002 } };
    expect(mainCauseText(s, 'vacancy', vacancy, -0.0058, 'en')).toBe('mainly: Households moving in (−6.1\u00a0pp); working against it: Households moving out (+5.5\u00a0pp)');
    expect(mainCauseText(s, 'vacancy', vacancy, -0.0058, 'de')).toBe('vor allem: Zuzüge (−6,1\u00a0Pp.); dagegen wirkte: Wegzüge (+5,5\u00a0Pp.)');
    const cohesion: Changes = { cohesion: { 'flow:turnover': -0.072, 'flow:cohesionRecovery': 0.085, 'flow:trust': 0.007 } };
    expect(mainCauseText(s, 'cohesion', cohesion, 0.02, 'en')).toBe('mainly: Ties regrowing where people stay (+8.5\u00a0pts); working against it: Moves tearing at neighbourly ties (−7.2\u00a0pts)');
    // An opposing cause smaller than the change itself is left to the why list.
    expect(mainCauseText(s, 'cohesion', { cohesion: { 'flow:cohesionRecovery': 0.03, 'flow:turnover': -0.01 } }, 0.02, 'en')).toBe('mainly: Ties regrowing where people stay (+3.0\u00a0pts)');
  });

  it('says so honestly when no single cause can be named', () => {
    const s = gruenau();
    // Causes that cancel out: no change, both sides named.
    expect(mainCauseText(s, 'vacancy', { vacancy: { 'flow:outMigration': 0.05, 'flow:inMigration': -0.0502 } }, -0.0002, 'en')).toBe(
      'causes cancelling out: Households moving out (+5.0\u00a0pp) against Households moving in (−5.0\u00a0pp)',
    );
    // Many causes each too small to show.
    const small: Changes = { trust: { 'flow:trust': 0.0004, 'measure:a': 0.0004, 'measure:b': 0.0004, 'event:c': -0.0001 } };
    expect(mainCause(small, 'trust', 0.0011)).toEqual({ kind: 'small', count: 3 });
    expect(mainCauseText(s, 'trust', small, 0.0011, 'de')).toBe('vor allem: mehrere kleine Ursachen zusammen');
    // A change its record does not explain names no cause against it.
    expect(mainCause({ trust: { 'flow:trust': -0.01 } }, 'trust', 0.01)).toEqual({ kind: 'unexplained' });
    expect(mainCause(undefined, 'trust', 0.01)).toEqual({ kind: 'none' });
    expect(mainCause({ trust: { 'flow:trust': 0.0001 } }, 'trust', 0.0001)).toEqual({ kind: 'none' });
  });
});

describe('the why list', () => {
  it('keeps every cause, those that pushed up apart from those that pushed down, the change’s direction first, the small ones summed', () => {
    const changes: Changes = {
      vacancy: { 'flow:outMigration': 0.055, 'flow:inMigration': -0.061, 'measure:demolition': -0.004, 'event:x': 0.0002, 'flow:wear': -0.0001 },
    };
    const groups = causeGroups(changes, 'vacancy', -0.0099, 4);
    expect(groups.map((g) => g.direction)).toEqual(['down', 'up']);
    expect(groups[0]!.shown.map((c) => c.cause)).toEqual(['flow:inMigration', 'measure:demolition']);
    expect(groups[0]!.rest.map((c) => c.cause)).toEqual(['flow:wear']);
    expect(groups[0]!.total).toBeCloseTo(-0.0651, 12);
    expect(groups[1]!.shown.map((c) => c.cause)).toEqual(['flow:outMigration']);
    expect(groups[1]!.rest.map((c) => c.cause)).toEqual(['event:x']);
    expect(groups[0]!.total + groups[1]!.total).toBeCloseTo(-0.0099, 12);
    // Beyond the limit, a direction's causes are summed in its rest.
    expect(causeGroups(changes, 'vacancy', -0.0099, 1)[0]!.rest.map((c) => c.cause)).toEqual(['measure:demolition', 'flow:wear']);
  });
});

describe('better or worse', () => {
  it('is said for every indicator: by the weights of the one looking, else only up or down', () => {
    const s = gruenau();
    const lwb = s.roles.find((r) => r.objectives.condition)!;
    // The shared goals do not weigh the condition of the blocks; the housing company does.
    expect(s.sharedObjectives.condition ?? 0).toBe(0);
    expect(verdict(judgingWeights(s, lwb), 'condition', 0.02)).toBe(lwb.objectives.condition! > 0 ? 'better' : 'worse');
    expect(verdict(judgingWeights(s, undefined), 'condition', 0.02)).toBe('up');
    expect(verdict(judgingWeights(s, undefined), 'condition', -0.02)).toBe('down');
    expect(verdict(judgingWeights(s, undefined), 'vacancy', -0.006)).toBe('better');
    expect(verdict(judgingWeights(s, undefined), 'vacancy', 0.0001)).toBe('unchanged');
    // A weight of zero judges nothing.
    expect(verdict({ seniorShare: 0 }, 'seniorShare', 0.01)).toBe('up');
    for (const weights of [s.sharedObjectives, ...s.roles.map((r) => r.objectives)]) {
      for (const id of INDICATOR_IDS) {
        for (const delta of [-0.6, 0.6, 200, -200]) {
          const w = weights[id] ?? 0;
          expect(verdict(weights, id, delta)).toBe(w === 0 ? (delta > 0 ? 'up' : 'down') : w * delta > 0 ? 'better' : 'worse');
        }
      }
    }
  });
});
