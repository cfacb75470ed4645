/** Limits on what measures do: diminishing returns, and the frame that the city outside sets. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema';
import type { Decision } from '../../src/sim/interventions';
import { headroomFactor } from '../../src/sim/interventions';
import { arrivalFactor, departureFactor, moveIn, moveOut } from '../../src/sim/migration';
import { Rng, seedRng } from '../../src/sim/rng';
import { initialState, totalHouseholds, type ModelState } from '../../src/sim/state';
import { advanceYear } from '../../src/sim/step';
import { gruenau } from '../helpers/scenarios';

/** Grünau without chance or events, so runs differ only by what a test changes. */
const calm: Scenario = { ...gruenau(), events: [], parameters: { ...gruenau().parameters, migrationNoise: 0 } };
const services = (s: ModelState) => s.districts.wk7!.states.services;
const youthClub: Decision = { measure: 'youthClub', district: 'wk7', scale: 1, participation: 'none' };

/** How far a year with these decisions moves WK 7's services beyond a year without. */
function servicesGain(scenario: Scenario, decisions: Decision[], start = initialState(scenario, 1)): number {
  const none = advanceYear(scenario, start, { decisions: [], events: [] }).state;
  return services(advanceYear(scenario, start, { decisions, events: [] }).state) - services(none);
}

describe('diminishing returns', () => {
  it('two identical youth clubs in one district do less than twice one', () => {
    const one = servicesGain(calm, [youthClub]);
    const two = servicesGain(calm, [youthClub, youthClub]);
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(2 * one * 0.8);
  });

  it('a second instance acts with repeatEffect of the first', () => {
    const one = servicesGain(calm, [youthClub]);
    const two = servicesGain(calm, [youthClub, youthClub]);
    expect(two - one).toBeCloseTo(one * calm.parameters.repeatEffect, 10);
  });

  it('a push towards a ceiling does less the closer the state is to it', () => {
    const high = initialState(calm, 1);
    high.districts.wk7!.states.services = 0.9;
    const atMiddle = servicesGain(calm, [youthClub]);
    const nearTop = servicesGain(calm, [youthClub], high);
    expect(nearTop).toBeLessThan(atMiddle * 0.5);
    expect(headroomFactor(calm.parameters, 'services', 0.9, 0.03)).toBeCloseTo(0.1 / calm.parameters.headroom.services, 12);
    expect(headroomFactor(calm.parameters, 'services', 0.4, 0.03)).toBe(1);
    // Vandalism's limit is 0: a push down near it weakens, a push up does not.
    expect(headroomFactor(calm.parameters, 'vandalism', 0.05, -0.01)).toBeCloseTo(0.05 / calm.parameters.headroom.vandalism, 12);
    expect(headroomFactor(calm.parameters, 'vandalism', 0.05, 0.01)).toBe(1);
  });

  it('without headroom and repetition limits, effects add up linearly (so the tests above can fail)', () => {
    const linear: Scenario = {
      ...calm,
      parameters: { ...calm.parameters, repeatEffect: 1, headroom: { ...calm.parameters.headroom, services: 0 } },
    };
    const one = servicesGain(linear, [youthClub]);
    expect(servicesGain(linear, [youthClub, youthClub])).toBeCloseTo(2 * one, 12);
  });
});

describe('the frame the city sets', () => {
  const p = calm.parameters;

  it('however attractive a district, a share of the usual movers leaves and arrivals stay under the ceiling', () => {
    expect(departureFactor({ ...p, departureFloor: 0.6 }, 6, -1)).toBe(0.6);
    expect(departureFactor({ ...p, departureFloor: 0.6 }, 6, 0.1)).toBeGreaterThan(1);
    expect(arrivalFactor({ ...p, arrivalCeiling: 1.2 }, 6, -1)).toBe(1.2);
    expect(arrivalFactor({ ...p, arrivalCeiling: 1.2 }, 6, 0.1)).toBeLessThan(1);
  });

  it('a district far better than the city still loses its floor share of households in a year', () => {
    const d = structuredClone(initialState(calm, 1).districts.wk1!);
    const before = totalHouseholds(d);
    const far = Object.fromEntries(calm.householdClasses.map((c) => [c.id, -5]));
    const left = moveOut(calm, d, far, new Rng(seedRng(1)));
    const floor = calm.householdClasses.reduce((n, c) => n + (initialState(calm, 1).districts.wk1!.households[c.id] ?? 0) * c.outRate * p.departureFloor, 0);
    expect(left).toBeCloseTo(floor, 6);
    expect(totalHouseholds(d)).toBeCloseTo(before - floor, 6);
  });

  it("the city's demand for flats scales arrivals", () => {
    const arrivals = (demand: number) => {
      const d = structuredClone(initialState(calm, 1).districts.wk7!);
      const even = Object.fromEntries(calm.householdClasses.map((c) => [c.id, 0]));
      return moveIn(calm, d, even, demand, new Rng(seedRng(1)));
    };
    expect(arrivals(0.5)).toBeCloseTo(arrivals(1) / 2, 6);
  });
});
