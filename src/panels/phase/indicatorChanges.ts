/** Indicators with their trend and, for the chosen one, every cause of its change: shared by the situation and the review. */
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { component } from '../../app/view/component';
import { button, el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App, AppState } from '../../app/store';
import type { IndicatorId, Language, Role, Scenario } from '../../scenario/schema';
import type { Changes } from '../../sim/explain';
import { actingRoleIn } from './actingRole';
import { humanSeats } from './briefings';
import { causeGroups, causeKindLabel, causeLabel, mainCause, type CauseGroup, type RankedCause } from './causes';
import { balanceLine, CHANGES, changeSubheading, groupHeading, mainlyLine, otherCauses, smallCauses, sumLine, whyHeading, yearSpan } from './changes.texts';
import { COMMON } from './common.texts';
import { choiceButtons, roleChip } from './controls';
import { arrow, indicatorChange, indicatorValue, negligible, verdict, type Verdict } from './format';
import { HEADLINE_INDICATORS, INDICATOR_NAMES } from './indicators.texts';
import { changesOf, indicatorsOf, type YearChange } from './yearChange';

/** Causes listed one by one in each direction; the rest of a direction is summed in one line. */
const SHOWN_PER_DIRECTION = 4;

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

/** The role looking at the changes: the one whose private screen is open, else the person at the keyboard; none when the computer plays every role. */
export function lookingRole(s: AppState): Role | undefined {
  const open = s.privateRole ? s.scenario?.roles.find((r) => r.id === s.privateRole) : undefined;
  return open ?? actingRoleIn(s);
}

/** The weights better and worse follow: the role's objectives, else the shared ones. */
export function judgingWeights(scenario: Scenario, role: Role | undefined): Partial<Record<IndicatorId, number>> {
  return role ? role.objectives : scenario.sharedObjectives;
}

const TONES: Record<Verdict, string> = { better: 'good', worse: 'bad', up: 'neutral', down: 'neutral', unchanged: 'neutral' };

function trendCell(weights: Partial<Record<IndicatorId, number>>, id: IndicatorId, delta: number, lang: Language): VNode {
  const word = verdict(weights, id, delta);
  return el(
    'span',
    { class: `trend ${TONES[word]}` },
    el('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow(id, delta)),
    negligible(id, delta) ? null : el('span', {}, indicatorChange(id, delta, lang)),
    el('span', { class: 'valence' }, CHANGES[word][lang]),
  );
}

/** The one line under an indicator that names why it changed; it never names a cause that pushed against the change as its main one. */
export function mainCauseText(scenario: Scenario, id: IndicatorId, changes: Changes | undefined, delta: number, lang: Language): string | undefined {
  const named = (c: RankedCause) => `${causeLabel(c.cause, scenario, lang)} (${indicatorChange(id, c.value, lang)})`;
  const main = mainCause(changes, id, delta);
  switch (main.kind) {
    case 'none':
      return undefined;
    case 'cause':
      return mainlyLine(named(main.cause), main.against && named(main.against), lang);
    case 'small':
      return `${CHANGES.mainly[lang]}: ${CHANGES.severalSmall[lang]}`;
    case 'unexplained':
      return CHANGES.unexplained[lang];
    case 'balance':
      return balanceLine(named(main.up), named(main.down), lang);
  }
}

interface RowProps {
  app: App;
  id: IndicatorId;
  now: number;
  before: number | undefined;
  changes: Changes | undefined;
  area: string;
  weights: Partial<Record<IndicatorId, number>>;
}

/** One indicator: name (pick it), value and trend; under it the main cause, or every cause when it is the chosen one. */
function indicatorRow({ app, id, now, before, changes, area, weights }: RowProps): VNode {
  const { scenario, lang, indicator } = app.store.getState();
  const delta = before === undefined ? undefined : now - before;
  const chosen = indicator === id && delta !== undefined;
  const pick = button(INDICATOR_NAMES[id][lang], `indicator-${id}`, () => app.set({ indicator: id }), { 'aria-pressed': String(indicator === id), class: 'indicator-name' });
  const why = delta === undefined ? undefined : mainCauseText(scenario!, id, changes, delta, lang);
  return el(
    'li',
    { class: indicator === id ? 'indicator-row chosen' : 'indicator-row' },
    pick,
    el('span', { class: 'value' }, indicatorValue(id, now, lang)),
    delta === undefined ? el('span', {}) : trendCell(weights, id, delta, lang),
    chosen ? whyList(scenario!, id, changes, delta, area, lang) : why ? el('span', { class: 'main-cause muted' }, why) : null,
  );
}

function causeItem(id: IndicatorId, c: { value: number; label: string; kind?: string }, largest: number, lang: Language): VNode {
  const bar = el('span', { class: `bar ${c.value >= 0 ? 'up' : 'down'}`, 'aria-hidden': 'true', style: `width: ${largest > 0 ? Math.max(2, (Math.abs(c.value) / largest) * 100) : 0}%` });
  return el(
    'li',
    { class: 'cause' },
    el('span', { class: 'cause-label' }, c.label, c.kind ? el('span', { class: 'kind' }, ` · ${c.kind}`) : null),
    el('span', { class: 'bar-track' }, bar),
    el('span', { class: 'cause-value' }, `${arrow(id, c.value)} ${indicatorChange(id, c.value, lang)}`),
  );
}

/** The lines of one direction: its largest causes one by one, then the rest (and those too small to show) summed. */
function groupLines(scenario: Scenario, id: IndicatorId, g: CauseGroup, lang: Language): { value: number; label: string; kind?: string }[] {
  const lines: { value: number; label: string; kind?: string }[] = g.shown.map((c) => ({ value: c.value, label: causeLabel(c.cause, scenario, lang), kind: causeKindLabel(c.kind, lang) }));
  if (g.rest.length > 0) {
    const value = g.rest.reduce((a, c) => a + c.value, 0);
    lines.push({ value, label: g.shown.length > 0 ? otherCauses(g.rest.length, lang) : smallCauses(g.rest.length, lang) });
  }
  return lines;
}

/** Every cause of the chosen indicator's change, those that pushed it up apart from those that pushed it down, and their sum: the change. */
function whyList(scenario: Scenario, id: IndicatorId, changes: Changes | undefined, delta: number, area: string, lang: Language): VNode {
  const groups = causeGroups(changes, id, delta, SHOWN_PER_DIRECTION).map((g) => ({ g, lines: groupLines(scenario, id, g, lang) }));
  const largest = Math.max(0, ...groups.flatMap(({ lines }) => lines.map((l) => Math.abs(l.value))));
  const body =
    groups.length === 0
      ? [el('p', { class: 'muted' }, CHANGES.noCauses[lang])]
      : [
          ...groups.flatMap(({ g, lines }) => [
            el('p', { class: 'cause-group' }, el('strong', {}, groupHeading(g.direction, indicatorChange(id, g.total, lang), lang))),
            el('ul', { class: 'causes', 'aria-label': g.direction === 'up' ? CHANGES.pushedUp[lang] : CHANGES.pushedDown[lang] }, ...lines.map((l) => causeItem(id, l, largest, lang))),
          ]),
          el('p', { class: 'cause-sum' }, el('strong', {}, sumLine(indicatorChange(id, delta, lang), lang))),
        ];
  return el('section', { class: 'why', 'aria-live': 'polite' }, el('h4', {}, whyHeading(INDICATOR_NAMES[id][lang], area, lang)), ...body);
}

/** Whose terms better and worse are in: the shared goals or one of the people's roles, switchable; a plain note when only the computer plays. */
function perspectiveLine(app: App, humans: readonly Role[], role: Role | undefined, pickShared: (shared: boolean) => void): VNode {
  const { scenario, lang } = app.store.getState();
  if (humans.length === 0) return el('p', { class: 'muted' }, CHANGES.bySharedGoals[lang]);
  const switcher = choiceButtons(CHANGES.perspective[lang], [
    { key: 'perspective-shared', label: CHANGES.sharedGoals[lang], pressed: role === undefined, pick: () => pickShared(true) },
    ...humans.map((r) => ({
      key: `perspective-${r.id}`,
      label: r.name[lang],
      pressed: role?.id === r.id,
      content: roleChip(scenario!, r.id, lang),
      // Choosing a role also makes it the one at the keyboard, as the switcher of the negotiation does.
      pick: () => {
        pickShared(false);
        app.set({ actingRole: r.id });
      },
    })),
  ]);
  return el('div', { class: 'acting-line' }, el('span', { class: 'acting-label' }, `${CHANGES.perspective[lang]}:`), switcher);
}

/** The list of indicators, judged in the terms of the role looking (or the shared goals, when chosen or nobody plays). */
const IndicatorList = component('IndicatorList', ({ app, change }: { app: App; change: YearChange | undefined }) => {
  useSlice(app.store, (s) => [s.actingRole, s.privateRole]);
  // Kept while the panel stays open: the shared goals stay chosen until someone picks a role again.
  const [shared, pickShared] = useState(false);
  const state = app.store.getState();
  const { scenario, lang, indicator, live } = state;
  const s = scenario!;
  const district = app.drafts.getState().district;
  const area = areaName(s, district, lang);
  const now = indicatorsOf(s, change?.after ?? live!.state.model, district);
  const before = change && indicatorsOf(s, change.before, district);
  const changes = changesOf(change, district);
  const role = shared ? undefined : lookingRole(state);
  const weights = judgingWeights(s, role);
  const ids = HEADLINE_INDICATORS.includes(indicator) ? HEADLINE_INDICATORS : [...HEADLINE_INDICATORS, indicator];
  return fragment(
    change ? perspectiveLine(app, humanSeats(s, live!.state), role, pickShared) : null,
    el('ul', { class: 'indicators' }, ...ids.map((id) => indicatorRow({ app, id, now: now[id], before: before?.[id], changes, area, weights }))),
  );
});

/** The indicators of the chosen area with trends; the chosen one opens to every cause of its change. */
export function indicatorChanges(app: App, change: YearChange | undefined): VNode[] {
  const { scenario, lang } = app.store.getState();
  const s = scenario!;
  const area = areaName(s, app.drafts.getState().district, lang);
  return [
    districtPicker(app, s, lang),
    el('h3', {}, change ? changeSubheading(yearSpan(change.year, change.after.year), area, lang) : area),
    change ? el('p', { class: 'muted' }, CHANGES.pickHint[lang]) : el('p', { class: 'muted' }, CHANGES.firstYear[lang]),
    el(IndicatorList, { app, change }),
  ];
}
