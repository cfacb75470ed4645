/** Indicators with their trend and, for the chosen one, every cause of its change: shared by the situation and the review. */
import type { VNode } from 'preact';
import { button, el } from '../../app/view/h';
import type { App } from '../../app/store';
import type { IndicatorId, Language, Scenario } from '../../scenario/schema';
import type { Changes } from '../../sim/explain';
import { causeKindLabel, causeLabel, rankedCauses, type RankedCause } from './causes';
import { CHANGES, changeSubheading, otherCauses, whyHeading } from './changes.texts';
import { COMMON } from './common.texts';
import { choiceButtons } from './controls';
import { arrow, indicatorChange, indicatorValue, negligible } from './format';
import { HEADLINE_INDICATORS, INDICATOR_NAMES } from './indicators.texts';
import { changesOf, indicatorsOf, type YearChange } from './yearChange';

/** Causes listed one by one; the rest are summed in one line. */
const SHOWN_CAUSES = 7;

function areaName(scenario: Scenario, district: string | null, lang: Language): string {
  return district ? (scenario.districts.find((d) => d.id === district)?.name[lang] ?? district) : COMMON.wholeNeighbourhood[lang];
}

/** Buttons for the whole neighbourhood and each district. */
export function districtPicker(app: App, scenario: Scenario, lang: Language): VNode {
  const chosen = app.drafts.getState().district;
  const pick = (district: string | null) => () => app.drafts.setState({ district });
  return choiceButtons(CHANGES.areas[lang], [
    { key: 'area-all', label: COMMON.wholeNeighbourhood[lang], pressed: chosen === null, pick: pick(null) },
    ...scenario.districts.map((d) => ({ key: `area-${d.id}`, label: d.name[lang], pressed: chosen === d.id, pick: pick(d.id) })),
  ]);
}

/** Better or worse by the shared objectives' sign; indicators they do not weigh get no verdict. */
function valence(scenario: Scenario, id: IndicatorId, delta: number, lang: Language): string {
  const weight = scenario.sharedObjectives[id] ?? 0;
  if (negligible(id, delta)) return CHANGES.unchanged[lang];
  if (weight === 0) return '';
  return delta * weight > 0 ? CHANGES.better[lang] : CHANGES.worse[lang];
}

function trendCell(scenario: Scenario, id: IndicatorId, delta: number, lang: Language): VNode {
  const word = valence(scenario, id, delta, lang);
  const tone = word === CHANGES.better[lang] ? 'good' : word === CHANGES.worse[lang] ? 'bad' : 'neutral';
  return el(
    'span',
    { class: `trend ${tone}` },
    el('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow(id, delta)),
    negligible(id, delta) ? null : el('span', {}, indicatorChange(id, delta, lang)),
    word ? el('span', { class: 'valence' }, word) : null,
  );
}

/** One indicator: name (pick it), value and trend; under it the main cause, or every cause when it is the chosen one. */
function indicatorRow(app: App, id: IndicatorId, now: number, before: number | undefined, changes: Changes | undefined, area: string): VNode {
  const { scenario, lang, indicator } = app.store.getState();
  const main = rankedCauses(changes, id)[0];
  const chosen = indicator === id && before !== undefined;
  const pick = button(INDICATOR_NAMES[id][lang], `indicator-${id}`, () => app.set({ indicator: id }), { 'aria-pressed': String(indicator === id), class: 'indicator-name' });
  return el(
    'li',
    { class: indicator === id ? 'indicator-row chosen' : 'indicator-row' },
    pick,
    el('span', { class: 'value' }, indicatorValue(id, now, lang)),
    before === undefined ? el('span', {}) : trendCell(scenario!, id, now - before, lang),
    chosen
      ? whyList(scenario!, id, changes, area, lang)
      : main && !negligible(id, main.value)
        ? el('span', { class: 'main-cause muted' }, `${CHANGES.mainly[lang]}: ${causeLabel(main.cause, scenario!, lang)} (${indicatorChange(id, main.value, lang)})`)
        : null,
  );
}

function causeItem(id: IndicatorId, c: Pick<RankedCause, 'value'> & { label: string; kind?: string }, largest: number, lang: Language): VNode {
  const bar = el('span', { class: `bar ${c.value >= 0 ? 'up' : 'down'}`, 'aria-hidden': 'true', style: `width: ${largest > 0 ? Math.max(2, (Math.abs(c.value) / largest) * 100) : 0}%` });
  return el(
    'li',
    { class: 'cause' },
    el('span', { class: 'cause-label' }, c.label, c.kind ? el('span', { class: 'kind' }, ` · ${c.kind}`) : null),
    el('span', { class: 'bar-track' }, bar),
    el('span', { class: 'cause-value' }, `${arrow(id, c.value)} ${indicatorChange(id, c.value, lang)}`),
  );
}

/** Every cause of the chosen indicator's change, largest first. */
function whyList(scenario: Scenario, id: IndicatorId, changes: Changes | undefined, area: string, lang: Language): VNode {
  const causes = rankedCauses(changes, id).filter((c) => !negligible(id, c.value));
  const shown = causes.slice(0, SHOWN_CAUSES);
  const rest = causes.slice(SHOWN_CAUSES);
  const largest = Math.max(0, ...causes.map((c) => Math.abs(c.value)));
  const items = shown.map((c) => causeItem(id, { value: c.value, label: causeLabel(c.cause, scenario, lang), kind: causeKindLabel(c.kind, lang) }, largest, lang));
  if (rest.length > 0) items.push(causeItem(id, { value: rest.reduce((a, c) => a + c.value, 0), label: otherCauses(rest.length, lang) }, largest, lang));
  return el(
    'section',
    { class: 'why', 'aria-live': 'polite' },
    el('h4', {}, whyHeading(INDICATOR_NAMES[id][lang], area, lang)),
    items.length > 0 ? el('ul', { class: 'causes' }, ...items) : el('p', { class: 'muted' }, CHANGES.noCauses[lang]),
  );
}

/** The indicators of the chosen area with trends; the chosen one opens to every cause of its change. */
export function indicatorChanges(app: App, change: YearChange | undefined): VNode[] {
  const { scenario, lang, indicator, live } = app.store.getState();
  const s = scenario!;
  const district = app.drafts.getState().district;
  const area = areaName(s, district, lang);
  const now = indicatorsOf(s, change?.after ?? live!.state.model, district);
  const before = change && indicatorsOf(s, change.before, district);
  const changes = changesOf(change, district);
  const ids = HEADLINE_INDICATORS.includes(indicator) ? HEADLINE_INDICATORS : [...HEADLINE_INDICATORS, indicator];
  return [
    districtPicker(app, s, lang),
    el('h3', {}, change ? changeSubheading(change.year, area, lang) : area),
    change ? el('p', { class: 'muted' }, CHANGES.pickHint[lang]) : el('p', { class: 'muted' }, CHANGES.firstYear[lang]),
    el('ul', { class: 'indicators' }, ...ids.map((id) => indicatorRow(app, id, now[id], before?.[id], changes, area))),
  ];
}
