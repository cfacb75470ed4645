/** "Why this result?": how far the chosen indicator ended from no measures, and the causes that made the difference, largest first. */
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { LiveSession } from '../../rules/session';
import type { IndicatorId, Language, Scenario } from '../../scenario/schema';
import { causeBreakdown, type Breakdown } from '../../sim/causeBreakdown';
import { causeKindLabel, causeLabel, parseCause } from '../phase/causes';
import { otherCauses, smallCauses } from '../phase/changes.texts';
import { indicatorChange, indicatorValue, negligible, verdict, type Verdict } from '../phase/format';
import { HEADLINE_INDICATORS, INDICATOR_NAMES } from '../phase/indicators.texts';
import { indicatorsOf } from '../phase/yearChange';
import { choiceGroup } from './choice';
import { districtChoice } from './course';
import { SECTION_NAMES, say } from './debrief.texts';
import { bothGames, whyQuestion, WHY } from './why.texts';
import { comparedRuns } from './whyRuns';
import './why.css';

/** Causes shown one by one; the rest are summed in one line. */
const SHOWN = 6;

/** A bar of the breakdown: a cause, the rest, or the difference they add up to. */
interface Line {
  key: string;
  label: string;
  kind?: string;
  /** What the cause did in each game, when it did something in both. */
  detail?: string;
  value: number;
}

const TONES: Record<Verdict, string> = { better: 'good', worse: 'bad', up: 'neutral', down: 'neutral', unchanged: 'neutral' };

/** The headline indicators to choose from, and the one chosen elsewhere (on the board, in the review) when it is not among them. */
function indicatorChoice(app: App, chosen: IndicatorId, lang: Language): VNode {
  const ids = HEADLINE_INDICATORS.includes(chosen) ? HEADLINE_INDICATORS : [...HEADLINE_INDICATORS, chosen];
  return choiceGroup(
    WHY.indicator[lang],
    ids.map((id) => ({ name: INDICATOR_NAMES[id][lang], key: `debrief-why-${id}`, pressed: id === chosen, choose: () => app.set({ indicator: id }) })),
  );
}

/** The largest causes one by one, then the rest (and those too small to show) summed: nothing is left out. */
export function causeLines(scenario: Scenario, id: IndicatorId, breakdown: Breakdown, lang: Language): Line[] {
  const shown = breakdown.causes.filter((c) => !negligible(id, c.difference)).slice(0, SHOWN);
  const rest = breakdown.causes.filter((c) => !shown.includes(c));
  const lines: Line[] = shown.map((c) => ({
    key: c.cause,
    label: causeLabel(c.cause, scenario, lang),
    kind: causeKindLabel(parseCause(c.cause).kind, lang),
    ...(!negligible(id, c.baseline) && { detail: bothGames(indicatorChange(id, c.run, lang), indicatorChange(id, c.baseline, lang), lang) }),
    value: c.difference,
  }));
  if (rest.length > 0) {
    const label = shown.length > 0 ? otherCauses(rest.length, lang) : smallCauses(rest.length, lang);
    lines.push({ key: 'rest', label, value: rest.reduce((sum, c) => sum + c.difference, 0) });
  }
  return lines;
}

/** One bar from the middle line: left for less than no measures, right for more; coloured better or worse by the shared goals. */
function lineItem(id: IndicatorId, line: Line, largest: number, weights: Scenario['sharedObjectives'], lang: Language, total = false): VNode {
  const shows = !negligible(id, line.value) && largest > 0;
  const bar = shows ? el('span', { class: `debrief-why-bar ${TONES[verdict(weights, id, line.value)]}`, style: `width: ${Math.max(1, (Math.abs(line.value) / largest) * 100)}%` }) : null;
  return el(
    'li',
    { class: total ? 'debrief-why-line debrief-why-total' : 'debrief-why-line', key: line.key },
    el(
      'span',
      { class: 'debrief-why-label' },
      line.label,
      line.kind ? el('span', { class: 'debrief-why-kind' }, ` · ${line.kind}`) : null,
      line.detail ? el('span', { class: 'debrief-why-detail secondary' }, line.detail) : null,
    ),
    el(
      'span',
      { class: 'debrief-why-track', 'aria-hidden': 'true' },
      el('span', { class: 'debrief-why-less' }, line.value < 0 ? bar : null),
      el('span', { class: 'debrief-why-more' }, line.value > 0 ? bar : null),
    ),
    el('span', { class: 'debrief-why-value' }, indicatorChange(id, line.value, lang)),
  );
}

function endCard(label: string, value: string, tone = ''): VNode {
  return el('div', { class: `debrief-why-end ${tone}` }, el('dt', {}, label), el('dd', {}, value));
}

/** The chosen indicator at the end of both games and the difference, judged by the shared goals. */
function ends(scenario: Scenario, live: LiveSession, noneEnd: LiveSession['state']['model'], id: IndicatorId, district: string | null, difference: number, lang: Language): VNode {
  const word = verdict(scenario.sharedObjectives, id, difference);
  const change = negligible(id, difference) ? WHY.unchanged[lang] : `${indicatorChange(id, difference, lang)} · ${WHY[word][lang]}`;
  return el(
    'dl',
    { class: 'debrief-why-ends' },
    endCard(WHY.yourGame[lang], indicatorValue(id, indicatorsOf(scenario, live.state.model, district)[id], lang)),
    endCard(WHY.noMeasures[lang], indicatorValue(id, indicatorsOf(scenario, noneEnd, district)[id], lang)),
    endCard(WHY.difference[lang], change, `debrief-why-difference ${TONES[word]}`),
  );
}

/** What the colours mean, when the shared goals weigh the indicator. */
function colourKey(scenario: Scenario, id: IndicatorId, lang: Language): VNode | null {
  const weight = scenario.sharedObjectives[id];
  if (!weight || !Number.isFinite(weight)) return null;
  return el(
    'ul',
    { class: 'debrief-why-key' },
    el('li', {}, el('span', { class: 'debrief-why-swatch good', 'aria-hidden': 'true' }), WHY.betterKey[lang]),
    el('li', {}, el('span', { class: 'debrief-why-swatch bad', 'aria-hidden': 'true' }), WHY.worseKey[lang]),
    el('li', { class: 'debrief-why-muted secondary' }, WHY.bySharedGoals[lang]),
  );
}

function causesOf(scenario: Scenario, id: IndicatorId, breakdown: Breakdown, lang: Language): VNode {
  const lines = causeLines(scenario, id, breakdown, lang);
  if (lines.length === 0) return el('p', { class: 'debrief-note' }, WHY.noDifference[lang]);
  const total: Line = { key: 'total', label: WHY.total[lang], value: breakdown.difference };
  const largest = Math.max(...[...lines, total].map((l) => Math.abs(l.value)));
  return el(
    'ul',
    { class: 'debrief-why-lines', 'aria-label': WHY.causes[lang] },
    ...lines.map((l) => lineItem(id, l, largest, scenario.sharedObjectives, lang)),
    lineItem(id, total, largest, scenario.sharedObjectives, lang, true),
  );
}

export interface WhyProps {
  app: App;
  scenario: Scenario;
  live: LiveSession;
  lang: Language;
  /** The district the view asks for; one the scenario lacks is shown as the whole neighbourhood. */
  district: string | null;
  /** Built but hidden on screen, so the printout holds it. */
  off: boolean;
}

export const Why = memo('DebriefWhy', ({ app, scenario, live, lang, district: wanted, off }: WhyProps) => {
  const indicator = useSlice(app.store, (s) => s.indicator);
  const district = scenario.districts.some((d) => d.id === wanted) ? wanted : null;
  const runs = useMemo(() => comparedRuns(scenario, live), [scenario, live]);
  const breakdown = useMemo(() => runs && causeBreakdown(runs.game, runs.none, district), [runs, district]);
  const area = district === null ? say('wholeArea', lang) : scenario.districts.find((d) => d.id === district)!.name[lang];
  const chosen = breakdown?.[indicator];
  return el(
    'section',
    { class: `debrief-section debrief-why${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-why-heading' },
    el('h3', { id: 'debrief-why-heading', class: 'debrief-section-heading' }, `${SECTION_NAMES.why[lang]} – ${area}`),
    districtChoice(app, scenario, district, lang, 'debrief-why-district'),
    el(
      'div',
      { class: 'debrief-why-body' },
      el('div', { class: 'debrief-why-side' }, indicatorChoice(app, indicator, lang)),
      el(
        'div',
        { class: 'debrief-why-main' },
        el('h4', {}, whyQuestion(INDICATOR_NAMES[indicator][lang], live.state.model.year, lang)),
        ...(runs && chosen
          ? [
              ends(scenario, live, runs.noneEnd, indicator, district, chosen.difference, lang),
              el('p', { class: 'debrief-why-muted secondary' }, WHY.how[lang]),
              causesOf(scenario, indicator, chosen, lang),
              colourKey(scenario, indicator, lang),
            ]
          : [el('p', { class: 'debrief-note' }, WHY.unavailable[lang])]),
      ),
    ),
  );
});
