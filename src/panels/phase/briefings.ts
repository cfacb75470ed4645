/** The briefings phase: a hand-over screen, then one role's private briefing; computer roles' briefings are never shown. */
import { button, el } from '../../app/dom';
import type { App } from '../../app/store';
import type { GameState } from '../../rules/types';
import type { IndicatorId, Language, Role, Scenario } from '../../scenario/schema';
import { BRIEFINGS, briefingHeading, handOverTo, onlyRoleLooks, profileSentence, revealHint } from './briefings.texts';
import { roleChip } from './controls';
import { resources } from './format';
import { INDICATOR_NAMES } from './indicators.texts';
import { local, refresh } from './local';

/** Puts the keyboard on a control after the panel was rebuilt, so Enter works at once. */
function focusKey(key: string): void {
  document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

export function humanSeats(scenario: Scenario, state: GameState): Role[] {
  return scenario.roles.filter((r) => state.seats[r.id]?.controller === 'human');
}

function importance(weight: number, lang: Language): string {
  const w = Math.abs(weight);
  return w >= 1.5 ? BRIEFINGS.veryImportant[lang] : w >= 1 ? BRIEFINGS.important[lang] : BRIEFINGS.alsoImportant[lang];
}

/** A role's objectives in words, the weightiest first. */
function objectives(role: Role, lang: Language): HTMLElement {
  const weights = (Object.entries(role.objectives) as [IndicatorId, number][]).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return el(
    'ul',
    { class: 'objectives' },
    ...weights.map(([id, w]) => el('li', {}, el('strong', {}, INDICATOR_NAMES[id][lang]), `: ${w > 0 ? BRIEFINGS.high[lang] : BRIEFINGS.low[lang]} – ${importance(w, lang)}`)),
  );
}

function seatList(app: App): HTMLElement[] {
  const { scenario, live, lang } = app.store.getState();
  const humans = humanSeats(scenario!, live!.state);
  const computers = scenario!.roles.filter((r) => !humans.includes(r));
  const seat = (r: Role) => {
    const choose = button('', `handover-${r.id}`, () => {
      local.handingTo = r.id;
      refresh();
      focusKey('reveal');
    });
    choose.append(`${BRIEFINGS.handOver[lang]} `, roleChip(scenario!, r.id, lang));
    return el('li', { class: 'seat' }, choose, local.briefed.has(r.id) ? el('span', { class: 'done' }, ` ${BRIEFINGS.read[lang]}`) : null);
  };
  return [
    el('h2', {}, BRIEFINGS.heading[lang]),
    el('p', { class: 'lead' }, humans.length > 0 ? BRIEFINGS.intro[lang] : BRIEFINGS.noHumans[lang]),
    el('ul', { class: 'seats' }, ...humans.map(seat)),
    ...(computers.length > 0
      ? [el('h3', {}, BRIEFINGS.computerSeats[lang]), el('p', { class: 'chips' }, ...computers.map((r) => roleChip(scenario!, r.id, lang))), el('p', { class: 'muted' }, BRIEFINGS.computerSeat[lang])]
      : []),
  ];
}

function handOverScreen(app: App, role: Role): HTMLElement[] {
  const { lang } = app.store.getState();
  const reveal = button('', 'reveal', () => {
    app.set({ privateRole: role.id });
    focusKey('briefing-hide');
  }, { class: 'handover-screen' });
  reveal.append(el('span', { class: 'handover-title' }, handOverTo(role.name[lang], lang)), el('span', { class: 'handover-only' }, onlyRoleLooks(role.name[lang], lang)), el('span', { class: 'handover-hint' }, revealHint(lang)));
  const back = button(BRIEFINGS.back[lang], 'handover-back', () => {
    local.handingTo = null;
    refresh();
  });
  return [reveal, back];
}

function briefing(app: App, role: Role): HTMLElement[] {
  const { scenario, live, lang } = app.store.getState();
  const left = live!.state.budgets[role.id];
  const hide = button(BRIEFINGS.hide[lang], 'briefing-hide', () => {
    local.briefed.add(role.id);
    local.handingTo = null;
    app.set({ privateRole: null });
    const next = humanSeats(scenario!, live!.state).find((r) => !local.briefed.has(r.id)) ?? role;
    focusKey(`handover-${next.id}`);
  }, { class: 'primary' });
  return [
    el('h2', {}, briefingHeading(role.name[lang], lang)),
    el('p', {}, roleChip(scenario!, role.id, lang)),
    el('p', { class: 'briefing-text' }, role.briefing[lang]),
    el('h3', {}, BRIEFINGS.objectives[lang]),
    objectives(role, lang),
    el('p', {}, profileSentence(role.profile, lang)),
    ...(role.residents ? [el('p', {}, BRIEFINGS.residents[lang])] : []),
    el('h3', {}, BRIEFINGS.resources[lang]),
    el('p', {}, resources(role.resources, lang)),
    ...(left ? [el('p', { class: 'muted' }, `${BRIEFINGS.leftNow[lang]}: ${resources(left, lang)}`)] : []),
    hide,
  ];
}

export function briefingsPanel(app: App): HTMLElement[] {
  const { scenario, live, privateRole } = app.store.getState();
  const humans = humanSeats(scenario!, live!.state);
  const open = humans.find((r) => r.id === privateRole);
  if (open) return briefing(app, open);
  const waiting = humans.find((r) => r.id === local.handingTo);
  return waiting ? handOverScreen(app, waiting) : seatList(app);
}
