/** What the board shows, computed from the store's state alone: the scene only draws this. */
import { roundYears } from '../panels/phase/changes.texts';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import type { LiveSession } from '../rules/session';
import type { IndicatorId, Language, Scenario } from '../scenario/schema';
import { districtIndicators, lowIncomeClasses } from '../sim/indicators';
import { blockCounts, blockSlots, type Slots } from './blocks';
import { INDICATOR_NAMES, boardText } from './board.texts';
import { inkOn, judging, neutral } from './colourScale';
import { shortNames } from './districtNames';
import { changeOf, formatChange, formatValue, FULL_CHANGE, goodDirection, scalePosition, trendOf, type Direction, type Trend } from './indicatorScale';
import { markersOf, type Marker } from './markers';

export interface DistrictView {
  id: string;
  name: string;
  /** The name without the words all districts' names start with, for a tile too narrow for the whole name. */
  shortName: string;
  value: number;
  valueText: string;
  /** The change since the game's start (relative for counts), which the colour shows. */
  change: number;
  /** Which way the value moved since the previous model year, judged; null before the first year has run. */
  trend: Trend | null;
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
  /** Which way is better for the neighbourhood (0: nobody says, the neutral scale is used). */
  direction: Direction;
  /** The colour scale as the legend writes it, from its left end (worse, or less) to its right end (better, or more). */
  scale: ColourKey;
  /** What the trend marks compare with, as the legend writes it ("im Jahr 1997"); null before the first year has run. */
  trendKey: string | null;
  districts: DistrictView[];
  neighbourhood: Marker[];
}

/** The legend of the colour scale: what it shows, and its two ends as words and as changes. */
export interface ColourKey {
  /** "Veränderung seit 1997". */
  title: string;
  left: { word: string; change: string };
  right: { word: string; change: string };
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
  // Colours show the change since the game's start: fixed ranges, so a tile changes colour only when its district changes.
  const startModel = live.yearStarts[0]?.state.model ?? state.model;
  const startYear = live.yearStarts[0]?.year ?? state.year;
  // The trend compares with the last model year before this one (undefined until the first year has run).
  const previous = [...live.yearStarts].reverse().find((y) => y.state.model.year < state.model.year);
  const previousModel = previous?.state.model;
  const direction = goodDirection(scenario, indicator);
  const colourAt = direction === 0 ? neutral : judging;
  const capacity = capacities(scenario, live);
  const markers = markersOf(scenario, state, lang);
  const short = shortNames(scenario.districts.map((d) => d.name[lang]));
  const districts = scenario.districts.map((d, i): DistrictView => {
    const value = valueOf(state.model, d.id);
    const change = changeOf(indicator, value, valueOf(startModel, d.id));
    const colour = colourAt(scalePosition(indicator, change, direction));
    return {
      id: d.id,
      name: d.name[lang],
      shortName: short[i]!,
      value,
      valueText: formatValue(indicator, value, lang),
      change,
      trend: previousModel ? trendOf(indicator, value, valueOf(previousModel, d.id), direction) : null,
      colour,
      ink: inkOn(colour),
      slots: blockSlots(state.model.districts[d.id]?.flats ?? { renovated: 0, unrenovated: 0 }, capacity.get(d.id) ?? 0),
      markers: markers.districts[d.id] ?? [],
    };
  });
  const phase = capitalised(PHASE_NAMES[state.phase][lang]);
  return {
    headline: `${roundYears(scenario, state.year)} · ${phase}${state.paused ? ` · ${boardText('paused', lang)}` : ''}`,
    modelYear: state.model.year,
    indicator,
    indicatorName: INDICATOR_NAMES[indicator][lang],
    direction,
    scale: colourKey(indicator, direction, startYear, lang),
    trendKey: previous ? boardText(state.model.year - previous.state.model.year > 1 ? 'trendSince' : 'trendIn', lang, previous.year) : null,
    districts,
    neighbourhood: markers.neighbourhood,
  };
}

/** The legend's words for the scale: judged scales run from worse (left) to better (right), neutral ones from less to more. */
function colourKey(indicator: IndicatorId, direction: Direction, startYear: number, lang: Language): ColourKey {
  const full = FULL_CHANGE[indicator];
  // The left end is the change that is worse: a rise where lower is better.
  const leftChange = direction === -1 ? full : -full;
  return {
    title: boardText('changeSince', lang, startYear),
    left: { word: boardText(direction === 0 ? 'less' : 'worse', lang), change: formatChange(indicator, leftChange, lang) },
    right: { word: boardText(direction === 0 ? 'more' : 'better', lang), change: formatChange(indicator, -leftChange, lang) },
  };
}
