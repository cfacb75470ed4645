/** The model card's calibration table: each reference play with targets, run for a seed and checked by the model's own checkTargets. */
import { INDICATOR_NAMES } from '../../app/indicatorNames';
import type { CalibrationTarget, Language, LocalText, Scenario } from '../../scenario/schema';
import { checkTargets, type TargetResult } from '../../sim/calibration';
import { modelYears } from '../../rules/gameLength';
import { referencePlan, runPlan, type YearRecord } from '../../sim/run';
import { indicatorValue } from '../phase/format';
import { MODEL_CARD_TEXTS, STATISTIC_NAMES } from './modelCard.texts';

export interface CalibrationRow {
  indicator: string;
  years: string;
  band: string;
  /** The model's value (with its year, for a span), or a dash when the run misses the years. */
  value: string;
  met: boolean;
  source: string;
}

export interface CalibrationPlay {
  id: string;
  name: LocalText;
  rows: CalibrationRow[];
}

/** Runs of a reference play by scenario, play and seed: the card is rebuilt on every change of the store, the model need not be. */
const runs = new WeakMap<Scenario, Map<string, YearRecord[]>>();

function runOf(scenario: Scenario, id: string, seed: number): YearRecord[] {
  let byPlay = runs.get(scenario);
  if (!byPlay) runs.set(scenario, (byPlay = new Map()));
  const key = `${id}/${seed}`;
  let records = byPlay.get(key);
  if (!records) byPlay.set(key, (records = runPlan(scenario, seed, referencePlan(scenario, id)!, modelYears(scenario), { explain: false })));
  return records;
}

function years(t: CalibrationTarget, lang: Language): string {
  if (t.to === undefined || t.to === t.from) return String(t.from);
  return `${t.from}–${t.to}, ${STATISTIC_NAMES[t.statistic][lang]}`;
}

function band(t: CalibrationTarget, lang: Language): string {
  const v = (x: number) => indicatorValue(t.indicator, x, lang);
  if (t.min !== undefined && t.max !== undefined) return `${v(t.min)} – ${v(t.max)}`;
  if (t.min !== undefined) return `≥ ${v(t.min)}`;
  return t.max !== undefined ? `≤ ${v(t.max)}` : MODEL_CARD_TEXTS.anyValue[lang];
}

function value(r: TargetResult, lang: Language): string {
  if (r.value === undefined) return `— (${MODEL_CARD_TEXTS.notReached[lang]})`;
  const shown = indicatorValue(r.target.indicator, r.value, lang);
  const span = r.target.to !== undefined && r.target.to !== r.target.from;
  return span ? `${shown} (${r.year})` : shown;
}

/** One row per target of a play, as checkTargets judges the run. */
export function calibrationRows(results: readonly TargetResult[], lang: Language): CalibrationRow[] {
  return results.map((r) => ({
    indicator: INDICATOR_NAMES[r.target.indicator][lang],
    years: years(r.target, lang),
    band: band(r.target, lang),
    value: value(r, lang),
    met: r.met,
    source: r.target.source ?? '',
  }));
}

/** Every reference play of the scenario that states targets, run with the seed and checked. */
export function calibrationPlays(scenario: Scenario, seed: number, lang: Language): CalibrationPlay[] {
  return scenario.references
    .filter((r) => r.targets.length > 0)
    .map((r) => ({ id: r.id, name: r.name, rows: calibrationRows(checkTargets(scenario, r.targets, runOf(scenario, r.id, seed)), lang) }));
}
