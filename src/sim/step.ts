/** One year of the model: interventions act, people are born, age, die and move, and the neighbourhood responds. */
import type { Scenario } from '../scenario/schema';
import { changeCondition, maintenanceGain, wearLoss } from './buildings';
import { ageing, births, deaths, youthDeparture } from './demography';
import { followRegionalEconomy, impoverish } from './economy';
import { cause, CauseRecorder, silentRecorder, type Explanation } from './explain';
import { districtIndicators, lowIncomeClasses } from './indicators';
import {
  applyIntervention,
  collectModifiers,
  oppositionTrustLoss,
  reachOf,
  repeatRanks,
  startEvent,
  startMeasure,
  stillActive,
  type Decision,
} from './interventions';
import { attractivenessGaps, moveIn, moveOut } from './migration';
import { Rng } from './rng';
import { valueInYear } from './series';
import { cohesionRecovery, imageDrift, servicesDrift, trustDrift, turnoverLoss, vandalismDrift } from './social';
import { clamp01, stepCopy, totalHouseholds, type DistrictState, type ModelState } from './state';

export interface YearInput {
  /** Measures decided this year. */
  decisions: readonly Decision[];
  /** Events that happen this year (scheduled, drawn or injected). */
  events: readonly string[];
}

export interface YearResult {
  state: ModelState;
  /** Absent when the caller asked for no explanations. */
  explanation?: Explanation;
}

/** Advances the model by one year; the given state is not changed. Batch runs may skip the explanations. */
export function advanceYear(
  scenario: Scenario,
  previous: ModelState,
  input: YearInput,
  options: { explain?: boolean } = {},
): YearResult {
  const state = stepCopy(previous);
  const year = previous.year + 1;
  state.year = year;
  const rng = new Rng(state.rng);
  const lowIncome = lowIncomeClasses(scenario);
  const explaining = options.explain !== false;
  const recorder = explaining ? new CauseRecorder(state, lowIncome) : silentRecorder;
  const ids = scenario.districts.map((d) => d.id);

  for (const id of input.events) {
    state.interventions.push(startEvent(scenario, id, year));
    if (!state.firedEvents.includes(id)) state.firedEvents.push(id);
  }
  for (const decision of input.decisions) {
    const iv = startMeasure(scenario, decision, year);
    state.interventions.push(iv);
    if (decision.againstResidents) recorder.record(cause('measure', iv.id), () => oppositionTrustLoss(scenario, state, iv), iv.districts);
  }

  /** Runs one flow over every district (by its index in the scenario), booked under its cause. */
  const flow = (name: string, f: (d: DistrictState, i: number) => void) =>
    recorder.record(cause('flow', name), () => {
      for (let i = 0; i < ids.length; i++) f(state.districts[ids[i]!]!, i);
    });

  const ranks = repeatRanks(scenario, state.interventions, year);
  for (const iv of state.interventions) {
    const reach = explaining ? reachOf(scenario, iv, year) : undefined;
    recorder.record(cause(iv.kind, iv.id), () => applyIntervention(scenario, state, iv, year, ranks.get(iv)), reach);
  }
  const mods = collectModifiers(scenario, state, year, ranks);

  flow('births', (d) => births(d, scenario));
  flow('deaths', (d) => deaths(d, scenario));
  flow('youthDeparture', (d) => youthDeparture(d, scenario));
  flow('ageing', (d, i) => ageing(d, scenario, scenario.districts[i]!.ageing));

  const regional = clamp01(valueInYear(scenario.context.regionalUnemployment, year) + mods.regionalUnemployment);
  flow('economy', (d) => followRegionalEconomy(d, scenario, regional, districtIndicators(d, lowIncome).lowIncomeShare));
  flow('impoverishment', (d) => impoverish(d, scenario));

  const cityPull = Object.fromEntries(scenario.householdClasses.map((c) => [c.id, valueInYear(c.cityPull, year)]));
  // Per district, by index in the scenario.
  const gaps = ids.map((id) => {
    const d = state.districts[id]!;
    return attractivenessGaps(scenario, d, districtIndicators(d, lowIncome), id, cityPull, mods);
  });
  const householdsBefore = ids.map((id) => totalHouseholds(state.districts[id]!));
  const moves = ids.map(() => 0);
  flow('outMigration', (d, i) => (moves[i] = moveOut(scenario, d, gaps[i]!, rng)));
  const cityDemand = valueInYear(scenario.context.housingDemand, year, 1);
  flow('inMigration', (d, i) => (moves[i] = moves[i]! + moveIn(scenario, d, gaps[i]!, cityDemand, rng)));

  flow('maintenance', (d) => changeCondition(d, maintenanceGain(d, scenario)));
  flow('wear', (d) => changeCondition(d, -wearLoss(d, scenario).ageing));
  flow('vandalismDamage', (d) => changeCondition(d, -wearLoss(d, scenario).vandalism));

  const shift = (d: DistrictState, key: keyof DistrictState['states'], delta: number) => {
    d.states[key] = clamp01(d.states[key] + delta);
  };
  flow('vandalism', (d) => shift(d, 'vandalism', vandalismDrift(d, scenario, districtIndicators(d, lowIncome))));
  flow('image', (d) => shift(d, 'image', imageDrift(d, scenario, districtIndicators(d, lowIncome))));
  flow('turnover', (d, i) => {
    const before = householdsBefore[i]!;
    shift(d, 'cohesion', turnoverLoss(d, scenario, before > 0 ? moves[i]! / before : 0));
  });
  flow('cohesionRecovery', (d) => shift(d, 'cohesion', cohesionRecovery(d, scenario)));
  flow('trust', (d) => shift(d, 'trust', trustDrift(d, scenario)));
  flow('services', (d) => shift(d, 'services', servicesDrift(d, scenario)));

  state.interventions = state.interventions.filter((iv) => stillActive(scenario, iv, year + 1));
  state.rng = rng.state();
  return { state, explanation: recorder.explanation() };
}
