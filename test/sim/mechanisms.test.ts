import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema';
import { maintenanceGain } from '../../src/sim/buildings';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators } from '../../src/sim/indicators';
import type { Decision } from '../../src/sim/interventions';
import { drawEvents } from '../../src/sim/news';
import { runPlan } from '../../src/sim/run';
import { vandalismDrift } from '../../src/sim/social';
import { initialState, stepCopy, totalHouseholds, type ModelState } from '../../src/sim/state';
import { advanceYear } from '../../src/sim/step';
import { gruenau } from '../helpers/scenarios';

/** Grünau without chance, so two runs differ only by what a test changes. */
const calm: Scenario = { ...gruenau(), events: [], parameters: { ...gruenau().parameters, migrationNoise: 0 } };
const lowIncome = lowIncomeClasses(calm);
const start = () => initialState(calm, 1);
const year = (state: ModelState, decisions: Decision[] = [], events: string[] = []) =>
  advanceYear(calm, state, { decisions, events });
const district = (s: ModelState, id: string) => districtIndicators(s.districts[id]!, lowIncome);

describe('the neighbourhood model', () => {
  it('demolition lowers vacancy in its district and rehouses most displaced tenants next door', () => {
    const without = year(start()).state;
    const withDemolition = year(start(), [{ measure: 'demolition', district: 'wk7', scale: 3 }]);
    // Demolition has a lead time of one year: nothing happens in the decision year.
    expect(district(withDemolition.state, 'wk7').flats).toBe(district(without, 'wk7').flats);
    const next = year(withDemolition.state);
    const plain = year(without);
    expect(district(next.state, 'wk7').flats).toBe(district(plain.state, 'wk7').flats - 600);
    expect(district(next.state, 'wk7').vacancy).toBeLessThan(district(plain.state, 'wk7').vacancy);
    expect(district(next.state, 'wk4').households).toBeGreaterThan(district(plain.state, 'wk4').households);
    expect(next.explanation!.districts.wk7!.flats!['measure:demolition']).toBeCloseTo(-600, 6);
  });

  it('better-off households leave first, so poverty concentrates when nothing is done', () => {
    const records = runPlan(calm, 1, new Map());
    const first = neighbourhoodIndicators(records[0]!.state, lowIncome);
    const last = neighbourhoodIndicators(records.at(-1)!.state, lowIncome);
    const established = (s: ModelState) => Object.values(s.districts).reduce((n, d) => n + d.households.established!, 0);
    const shareOfEstablished = (s: ModelState) => established(s) / Object.values(s.districts).reduce((n, d) => n + totalHouseholds(d), 0);
    expect(shareOfEstablished(records.at(-1)!.state)).toBeLessThan(shareOfEstablished(records[0]!.state));
    expect(last.lowIncomeShare).toBeGreaterThan(first.lowIncomeShare);
    expect(last.vacancy).toBeGreaterThan(first.vacancy);
    expect(last.image).toBeLessThan(first.image);
  });

  it('vacancy drives vandalism up', () => {
    const s = start();
    const d = s.districts.wk4!;
    const emptier = stepCopy(s).districts.wk4!;
    for (const c of Object.keys(emptier.households)) emptier.households[c]! *= 0.7;
    expect(vandalismDrift(emptier, calm, districtIndicators(emptier, lowIncome))).toBeGreaterThan(
      vandalismDrift(d, calm, districtIndicators(d, lowIncome)),
    );
  });

  it('rents pay for maintenance: with fewer tenants the buildings get less repair', () => {
    const s = start();
    const emptier = stepCopy(s).districts.wk8!;
    for (const c of Object.keys(emptier.households)) emptier.households[c]! *= 0.6;
    expect(maintenanceGain(emptier, calm)).toBeLessThan(maintenanceGain(s.districts.wk8!, calm));
  });

  it('a measure acts after its lead time, for its duration, and a decaying effect lingers afterwards', () => {
    // Street work: vandalism −0.02 per year for 2 years, decay 0.4 afterwards.
    let s = year(start(), [{ measure: 'streetwork', district: 'wk8', scale: 1 }]).state;
    const effects: number[] = [-0.02];
    for (let i = 0; i < 4; i++) {
      const r = year(s);
      effects.push(r.explanation!.districts.wk8!.vandalism?.['measure:streetwork'] ?? 0);
      s = r.state;
    }
    expect(effects[0]).toBeCloseTo(-0.02, 10);
    expect(effects[1]).toBeCloseTo(-0.02, 10);
    expect(effects[2]).toBeCloseTo(-0.02 * 0.6, 10);
    expect(effects[3]).toBeCloseTo(-0.02 * 0.36, 10);
  });

  it('resident participation multiplies a measure’s effect and adds trust', () => {
    const plain = year(start(), [{ measure: 'youthClub', district: 'wk7', scale: 1, participation: 'none' }]);
    const codecided = year(start(), [{ measure: 'youthClub', district: 'wk7', scale: 1, participation: 'codecide' }]);
    const servicesEffect = (r: typeof plain) => r.explanation!.districts.wk7!.services!['measure:youthClub']!;
    const p = calm.parameters;
    expect(servicesEffect(codecided) / servicesEffect(plain)).toBeCloseTo(p.participationEffect.codecide, 10);
    expect(codecided.explanation!.districts.wk7!.trust!['measure:youthClub']).toBeCloseTo(p.participationTrust.codecide, 10);
  });

  it('regional unemployment drives district unemployment; a qualification scheme only dampens it', () => {
    const boom: Scenario = { ...calm, context: { ...calm.context, regionalUnemployment: [{ year: 1997, value: 0.05 }] } };
    const slump: Scenario = { ...calm, context: { ...calm.context, regionalUnemployment: [{ year: 1997, value: 0.3 }] } };
    const after = (sc: Scenario, decisions: Decision[] = []) =>
      district(advanceYear(sc, initialState(sc, 1), { decisions, events: [] }).state, 'wk8').unemployment;
    expect(after(slump)).toBeGreaterThan(after(boom));
    const helped = after(slump, [{ measure: 'qualification', district: 'wk8', scale: 4 }]);
    expect(helped).toBeLessThan(after(slump));
    expect(helped).toBeGreaterThan(after(boom));
  });

  it('an event applies its effects in the districts it names and is explained by its id', () => {
    const withEvents: Scenario = { ...calm, events: gruenau().events };
    const r = advanceYear(withEvents, initialState(withEvents, 1), { decisions: [], events: ['arson'] });
    expect(r.explanation!.districts.wk7!.vandalism!['event:arson']).toBeCloseTo(0.03, 10);
    expect(r.explanation!.districts.wk1!.vandalism?.['event:arson']).toBeUndefined();
    expect(r.state.firedEvents).toContain('arson');
  });

  it('draws events from the seeded generator kept in the state', () => {
    const sc = gruenau();
    const draws = (seed: number) => {
      let s = initialState(sc, seed);
      const seen: string[][] = [];
      for (let i = 0; i < 14; i++) {
        const news = drawEvents(sc, s);
        seen.push(news.events);
        s = advanceYear(sc, news.state, { decisions: [], events: news.events }).state;
      }
      return JSON.stringify(seen);
    };
    expect(draws(5)).toBe(draws(5));
    expect(new Set([1, 2, 3, 4, 5].map(draws)).size).toBeGreaterThan(1);
  });

  it('never changes the state it is given', () => {
    const s = start();
    const copy = JSON.stringify(s);
    year(s, [{ measure: 'demolition', district: 'wk7', scale: 6 }], []);
    expect(JSON.stringify(s)).toBe(copy);
  });

  it('starts from the scenario figures, dated to the end of the year before the first turn', () => {
    const s = start();
    expect(s.year).toBe(calm.time.startYear - 1);
    expect(district(s, 'wk1').flats).toBe(1760);
    expect(neighbourhoodIndicators(s, lowIncome).flats).toBe(36_290);
  });
});
