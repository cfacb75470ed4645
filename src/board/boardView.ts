/** What the board shows, computed from the store's state alone: the scene only draws this. */
import { PHASE_NAMES } from '../rules/rejectionMessages';
import type { LiveSession } from '../rules/session';
import type { IndicatorId, Language, Scenario } from '../scenario/schema';
import { districtIndicators, lowIncomeClasses } from '../sim/indicators';
import { blockCounts, blockSlots, type Slots } from './blocks';
import { INDICATOR_NAMES, boardText } from './board.texts';
import { inkOn, viridis } from './colourScale';
import { shortNames } from './districtNames';
import { domainFor, formatValue, position, type Domain } from './indicatorScale';
import { markersOf, type Marker } from './markers';

export interface DistrictView {
  id: string;
  name: string;
  /** The name without the words all districts' names start with, for a tile too narrow for the whole name. */
  shortName: string;
  value: number;
  valueText: string;
  colour: number;
  ink: number;
  slots: Slots;
  markers: Marker[];
}

export interface BoardView {
  /** "1999 · Verhandlung". */
  headline: string;
  modelYear: number;
  indicator: IndicatorId;
  indicatorName: string;
  domain: Domain;
  domainText: { min: string; max: string };
  districts: DistrictView[];
  neighbourhood: Marker[];
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Slots per district: enough for the most blocks it has had in this game, so demolished blocks leave their place empty. */
function capacities(scenario: Scenario, live: LiveSession): Map<string, number> {
  const models = [...live.yearStarts.map((y) => y.state.model), live.state.model];
  return new Map(
    scenario.districts.map((d) => {
      const counts = [d.flats, ...models.map((m) => m.districts[d.id]?.flats ?? d.flats)].map((f) => {
        const c = blockCounts(f);
        return c.renovated + c.unrenovated;
      });
      return [d.id, Math.max(...counts)];
    }),
  );
}

/** The board for the live session, the chosen indicator and language. */
export function boardView(scenario: Scenario, live: LiveSession, indicator: IndicatorId, lang: Language): BoardView {
  const { state } = live;
  const lowIncome = lowIncomeClasses(scenario);
  const valueOf = (model: typeof state.model, id: string) => {
    const d = model.districts[id];
    return d ? districtIndicators(d, lowIncome)[indicator] : NaN;
  };
  // The scale spans every value seen in this game, so a colour means the same in every year played.
  const seen = [...live.yearStarts.map((y) => y.state.model), state.model].flatMap((m) => scenario.districts.map((d) => valueOf(m, d.id)));
  const domain = domainFor(indicator, seen);
  const capacity = capacities(scenario, live);
  const markers = markersOf(scenario, state, lang);
  const short = shortNames(scenario.districts.map((d) => d.name[lang]));
  const districts = scenario.districts.map((d, i): DistrictView => {
    const value = valueOf(state.model, d.id);
    const colour = viridis(position(value, domain));
    return {
      id: d.id,
      name: d.name[lang],
      shortName: short[i]!,
      value,
      valueText: formatValue(indicator, value, lang),
      colour,
      ink: inkOn(colour),
      slots: blockSlots(state.model.districts[d.id]?.flats ?? { renovated: 0, unrenovated: 0 }, capacity.get(d.id) ?? 0),
      markers: markers.districts[d.id] ?? [],
    };
  });
  const phase = capitalised(PHASE_NAMES[state.phase][lang]);
  return {
    headline: `${state.year} · ${phase}${state.paused ? ` · ${boardText('paused', lang)}` : ''}`,
    modelYear: state.model.year,
    indicator,
    indicatorName: INDICATOR_NAMES[indicator][lang],
    domain,
    domainText: { min: formatValue(indicator, domain.min, lang), max: formatValue(indicator, domain.max, lang) },
    districts,
    neighbourhood: markers.neighbourhood,
  };
}
