/** The briefings phase: a hand-over screen, then one role's private briefing; computer roles' briefings are never shown. */
import type { VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { component } from '../../app/view/component';
import { button, el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App } from '../../app/store';
import type { GameState } from '../../rules/types';
import { percent } from '../../scenario/numberFormat';
import type { IndicatorId, Language, Role, Scenario } from '../../scenario/schema';
import { briefingFacts, type BriefingFacts } from './briefingFacts';
import {
  askedLastYear,
  askedTotal,
  askLine,
  BRIEFINGS,
  briefingHeading,
  eventMeaning,
  handOverTo,
  leftNow,
  ONLY_YOU,
  onlyRoleLooks,
  profileSentence,
  revealHint,
  spentLastRound,
} from './briefings.texts';
import { roleChip } from './controls';
import { roundYears } from './changes.texts';
import { resources } from './format';
import { INDICATOR_NAMES } from './indicators.texts';

export function humanSeats(scenario: Scenario, state: GameState): Role[] {
  return scenario.roles.filter((r) => state.seats[r.id]?.controller === 'human');
}

function importance(weight: number, lang: Language): string {
  const w = Math.abs(weight);
  return w >= 1.5 ? BRIEFINGS.veryImportant[lang] : w >= 1 ? BRIEFINGS.important[lang] : BRIEFINGS.alsoImportant[lang];
}

/** A role's objectives in words, the weightiest first. */
function objectives(role: Role, lang: Language): VNode {
  const weights = (Object.entries(role.objectives) as [IndicatorId, number][]).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return el(
    'ul',
    { class: 'objectives' },
    ...weights.map(([id, w]) => el('li', {}, el('strong', {}, INDICATOR_NAMES[id][lang]), `: ${w > 0 ? BRIEFINGS.high[lang] : BRIEFINGS.low[lang]} – ${importance(w, lang)}`)),
  );
}

const nameOf = (list: readonly { id: string; name: Record<Language, string> }[], id: string, lang: Language) => list.find((x) => x.id === id)?.name[lang] ?? id;

/** What only this role knows this year: its budget situation, what the year's events mean for it, and what others ask of it. */
function onlyYou(scenario: Scenario, f: BriefingFacts, lang: Language): VNode {
  const { budget } = f;
  const pledged = budget.pledged.money + budget.pledged.staffTime + budget.pledged.volunteerHours > 0 ? resources(budget.pledged, lang) : undefined;
  const money = budget.lastYear && budget.year.money > 0 ? percent(budget.lastYear.spent.money / budget.year.money, lang) : undefined;
  const budgetLines = [
    budget.lastYear ? spentLastRound(roundYears(scenario, budget.lastYear.year), resources(budget.lastYear.spent, lang), money, lang) : ONLY_YOU.firstRound[lang],
    leftNow(resources(budget.left, lang), pledged, lang),
  ];
  const events =
    f.events.length === 0
      ? [f.otherEvents === 0 ? ONLY_YOU.noEvents[lang] : ONLY_YOU.untouched[lang]]
      : f.events.map((e) => eventMeaning(e.title[lang], e.hits.map((h) => ({ name: INDICATOR_NAMES[h.indicator][lang], up: h.up, good: h.good })), lang));
  const total = f.asked.reduce((a, x) => a + x.ask.money, 0);
  const asks = f.asked.map((a) =>
    askLine(nameOf(scenario.roles, a.by, lang), nameOf(scenario.measures, a.measure, lang), a.proposal, resources(a.ask, lang), a.partner, a.pledged.money + a.pledged.staffTime + a.pledged.volunteerHours > 0 ? resources(a.pledged, lang) : undefined, lang),
  );
  const last = f.askedLastYear && askedLastYear(f.askedLastYear.year, f.askedLastYear.cards, f.askedLastYear.passed, resources(f.askedLastYear.paid, lang), lang);
  const item = (title: string, ...lines: (string | VNode)[]) => el('li', {}, el('strong', {}, `${title}: `), ...lines.flatMap((l, i) => [i > 0 ? ' ' : '', l]));
  return el(
    'section',
    { class: 'only-you', 'aria-labelledby': 'only-you-heading' },
    el('h3', { id: 'only-you-heading' }, ONLY_YOU.heading[lang]),
    el(
      'ul',
      { class: 'only-you-list' },
      item(ONLY_YOU.budget[lang], ...budgetLines),
      item(ONLY_YOU.events[lang], ...events),
      item(
        ONLY_YOU.asked[lang],
        ...(asks.length > 0 ? [askedTotal(asks.length, resources({ money: total, staffTime: 0, volunteerHours: 0 }, lang), lang), el('ul', {}, ...asks.map((a) => el('li', {}, a)))] : [ONLY_YOU.noAsksYet[lang]]),
        ...(last ? [last] : []),
      ),
    ),
  );
}

/** Puts the keyboard on the screen's main control once it is shown, so Enter or the clicker works at once. */
function useFocus(when = true) {
  const target = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (when) target.current?.focus();
  }, []);
  return target;
}

const SeatList = component('SeatList', ({ app }: { app: App }) => {
  const { scenario, live, lang } = app.store.getState();
  const { briefed } = app.drafts.getState();
  const humans = humanSeats(scenario!, live!.state);
  const computers = scenario!.roles.filter((r) => !humans.includes(r));
  // After a briefing the next person's hand-over button has the focus.
  const next = briefed.length > 0 ? humans.find((r) => !briefed.includes(r.id)) ?? humans.find((r) => r.id === briefed[briefed.length - 1]) : undefined;
  const nextButton = useFocus(next !== undefined);
  const seat = (r: Role) =>
    el(
      'li',
      { class: 'seat', key: r.id },
      button([`${BRIEFINGS.handOver[lang]} `, roleChip(scenario!, r.id, lang)], `handover-${r.id}`, () => app.drafts.setState({ handingTo: r.id }), r === next ? { ref: nextButton } : {}),
      briefed.includes(r.id) ? el('span', { class: 'done' }, ` ${BRIEFINGS.read[lang]}`) : null,
    );
  return fragment(
    el('h2', {}, BRIEFINGS.heading[lang]),
    el('p', { class: 'lead' }, humans.length > 0 ? BRIEFINGS.intro[lang] : BRIEFINGS.noHumans[lang]),
    el('ul', { class: 'seats' }, ...humans.map(seat)),
    ...(computers.length > 0
      ? [el('h3', {}, BRIEFINGS.computerSeats[lang]), el('p', { class: 'chips' }, ...computers.map((r) => roleChip(scenario!, r.id, lang))), el('p', { class: 'muted' }, BRIEFINGS.computerSeat[lang])]
      : []),
  );
});

const HandOver = component('HandOver', ({ app, role }: { app: App; role: Role }) => {
  const { lang } = app.store.getState();
  const reveal = useFocus();
  return fragment(
    button(
      [el('span', { class: 'handover-title' }, handOverTo(role.name[lang], lang)), el('span', { class: 'handover-only' }, onlyRoleLooks(role.name[lang], lang)), el('span', { class: 'handover-hint' }, revealHint(lang))],
      'reveal',
      () => app.set({ privateRole: role.id }),
      { class: 'handover-screen', ref: reveal },
    ),
    button(BRIEFINGS.back[lang], 'handover-back', () => app.drafts.setState({ handingTo: null })),
  );
});

const Briefing = component('Briefing', ({ app, role }: { app: App; role: Role }) => {
  const { scenario, live, lang } = app.store.getState();
  const left = live!.state.budgets[role.id];
  const hideButton = useFocus();
  const hide = () => {
    const { briefed } = app.drafts.getState();
    app.drafts.setState({ briefed: briefed.includes(role.id) ? briefed : [...briefed, role.id], handingTo: null });
    app.set({ privateRole: null });
  };
  return fragment(
    el('h2', {}, briefingHeading(role.name[lang], lang)),
    el('p', {}, roleChip(scenario!, role.id, lang)),
    el('p', { class: 'briefing-text' }, role.briefing[lang]),
    onlyYou(scenario!, briefingFacts(scenario!, live!.state, role.id), lang),
    el('h3', {}, BRIEFINGS.objectives[lang]),
    objectives(role, lang),
    el('p', {}, profileSentence(role.profile, lang)),
    ...(role.residents ? [el('p', {}, BRIEFINGS.residents[lang])] : []),
    el('h3', {}, BRIEFINGS.resources[lang]),
    el('p', {}, resources(role.resources, lang)),
    ...(left ? [el('p', { class: 'muted' }, `${BRIEFINGS.leftNow[lang]}: ${resources(left, lang)}`)] : []),
    button(BRIEFINGS.hide[lang], 'briefing-hide', hide, { class: 'primary', ref: hideButton }),
  );
});

export const BriefingsPanel = component('BriefingsPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live, s.privateRole]);
  useSlice(app.drafts, (d) => [d.handingTo, d.briefed]);
  const { scenario, live, privateRole } = app.store.getState();
  const humans = humanSeats(scenario!, live!.state);
  const open = humans.find((r) => r.id === privateRole);
  if (open) return el(Briefing, { app, role: open, key: `briefing-${open.id}` });
  const waiting = humans.find((r) => r.id === app.drafts.getState().handingTo);
  return waiting ? el(HandOver, { app, role: waiting, key: `handover-${waiting.id}` }) : el(SeatList, { app, key: 'seats' });
});
