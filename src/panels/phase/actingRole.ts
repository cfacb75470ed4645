/** Who is at the keyboard: a switcher among the human seats, their own budget in detail and the others' money left. */
import type { VNode } from 'preact';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App, AppState } from '../../app/store';
import { phaseAccepts } from '../../rules/phaseMachine';
import type { Resources } from '../../rules/types';
import { euro, euroShort, number } from '../../scenario/numberFormat';
import type { Language, Role } from '../../scenario/schema';
import { humanSeats } from './briefings';
import { COMMON } from './common.texts';
import { choiceButtons, roleChip } from './controls';
import { actAs, dotsLeft, TABLE } from './table.texts';

/** The human role using the panel: the one chosen, else the first human seat; undefined when the computer plays every role. */
export function actingRole(app: App): Role | undefined {
  return actingRoleIn(app.store.getState());
}

export function actingRoleIn({ scenario, live, actingRole: chosen }: AppState): Role | undefined {
  if (!scenario || !live) return undefined;
  const humans = humanSeats(scenario, live.state);
  return humans.find((r) => r.id === chosen) ?? humans[0];
}

function meter(label: string, left: number, of: number, shown: string): VNode {
  const bar = el('span', { class: 'meter-fill', 'aria-hidden': 'true', style: `width: ${of > 0 ? Math.max(0, Math.min(1, left / of)) * 100 : 0}%` });
  return el('div', { class: 'meter' }, el('span', { class: 'meter-label' }, label), el('span', { class: 'meter-track' }, bar), el('span', { class: 'meter-value' }, shown));
}

/** The acting role's resources: what is left of each kind out of the year's amount. */
function ownBudget(role: Role, left: Resources, lang: Language): VNode {
  const of = role.resources;
  const rows = [meter(COMMON.money[lang], left.money, of.money, `${euro(left.money, lang)} / ${euroShort(of.money, lang)}`)];
  if (of.staffTime > 0) rows.push(meter(COMMON.staffTime[lang], left.staffTime, of.staffTime, `${number(left.staffTime, lang)} / ${number(of.staffTime, lang)}`));
  if (of.volunteerHours > 0) rows.push(meter(COMMON.volunteerHours[lang], left.volunteerHours, of.volunteerHours, `${number(left.volunteerHours, lang)} / ${number(of.volunteerHours, lang)}`));
  return el('div', { class: 'own-budget', 'aria-label': TABLE.budgetOwn[lang], role: 'group' }, ...rows);
}

/** Dots the acting role has left to place under dot voting. */
function dotsMeter(app: App, role: Role, lang: Language): VNode {
  const { scenario, live } = app.store.getState();
  const of = scenario!.decision.dots;
  const left = of - Object.values(live!.state.dots[role.id] ?? {}).reduce((a, b) => a + b, 0);
  return el('p', { class: 'dots-left' }, el('span', { class: 'meter-label' }, TABLE.dots[lang]), el('span', { 'aria-hidden': 'true', class: 'dot-marks' }, `${'●'.repeat(left)}${'○'.repeat(of - left)}`), dotsLeft(left, of, lang));
}

/** Every other role's money left, in one compact line: public enough to negotiate with. */
export const OthersMoney = memo('OthersMoney', ({ app }: { app: App }): VNode => {
  // Only the figures shown: the acting role's own pledges leave this line alone.
  useSlice(app.store, (s) => {
    const acting = actingRoleIn(s)?.id;
    return [s.lang, s.scenario, acting, ...(s.scenario?.roles ?? []).filter((r) => r.id !== acting).map((r) => s.live?.state.budgets[r.id]?.money)];
  });
  const { scenario, live, lang } = app.store.getState();
  const acting = actingRole(app)?.id;
  const others = scenario!.roles.filter((r) => r.id !== acting);
  return el(
    'p',
    { class: 'others-money' },
    el('strong', {}, `${TABLE.budgetOthers[lang]}: `),
    ...others.flatMap((r, i) => [i > 0 ? ' · ' : '', el('span', { class: 'nowrap' }, roleChip(scenario!, r.id, lang), ` ${euroShort(live!.state.budgets[r.id]?.money ?? 0, lang)}`)]),
  );
});

/** The switcher and the acting role's budget (and dots): the resources shown, drawn again when they change. */
export const ActingBar = memo('ActingBar', ({ app }: { app: App }): VNode => {
  useSlice(app.store, (s) => {
    const acting = actingRoleIn(s)?.id ?? '';
    return [s.lang, s.scenario, acting, s.live?.state.seats, s.live?.state.budgets[acting], s.live?.state.dots[acting], s.live?.state.phase, s.live?.state.rule];
  });
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const humans = humanSeats(s, live!.state);
  const acting = actingRole(app);
  if (!acting) return el('div', { class: 'acting-bar' }, el('p', { class: 'lead' }, TABLE.noHumans[lang]));
  const switcher = choiceButtons(
    TABLE.actingNow[lang],
    humans.map((r) => ({ key: `acting-${r.id}`, label: r.name[lang], pressed: r.id === acting.id, pick: () => app.set({ actingRole: r.id }), content: roleChip(s, r.id, lang) })),
  );
  return el(
    'div',
    // With many people at the table the switcher grows tall; it then scrolls away instead of covering the cards.
    { class: humans.length > 3 ? 'acting-bar' : 'acting-bar sticky' },
    el('div', { class: 'acting-line' }, el('span', { class: 'acting-label' }, `${TABLE.actingNow[lang]}:`), switcher),
    el('p', { class: 'visually-hidden' }, actAs(acting.name[lang], lang)),
    ownBudget(acting, live!.state.budgets[acting.id]!, lang),
    phaseAccepts(live!.state.phase, 'dots') && live!.state.rule === 'dots' ? dotsMeter(app, acting, lang) : null,
  );
});
