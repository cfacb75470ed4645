/** The facilitator's tools: inject an event from the deck, hand a seat to the computer or back, change the rule, restart the phase, leave for setup. */
import { button, el } from '../app/dom';
import type { App, AppState } from '../app/store';
import { RULE_NAMES } from '../rules/rejectionMessages';
import type { DecisionRule, Seat } from '../rules/types';
import type { Language } from '../scenario/schema';
import { capitalised, CONTROLLER_NAMES, STANCE_NAMES } from './facilitator.texts';
import { saveSessionFile } from './facilitatorFiles';
import { dialog } from './overlaysDialog';
import { phaseAccepts } from '../rules/phaseMachine';
import { TOOLS_TEXTS, TOPBAR_TEXTS } from './topbar.texts';

/** Choices in the tools' drop-downs, kept while the dialog is rebuilt. */
const chosen: { event?: string; rule?: DecisionRule } = {};

function section(id: string, title: string, ...content: (Node | false)[]): HTMLElement {
  return el('section', { 'aria-labelledby': id }, el('h3', { id }, title), ...content);
}

function injectEvent(app: App, s: AppState): HTMLElement | false {
  const { scenario, live, lang } = s;
  if (!scenario || !live || scenario.events.length === 0) return false;
  const happened = new Set(live.state.events);
  chosen.event = scenario.events.some((e) => e.id === chosen.event) ? chosen.event : scenario.events[0]!.id;
  const select = el(
    'select',
    { id: 'tools-event', 'data-key': 'tools-event' },
    ...scenario.events.map((e) => {
      const title = happened.has(e.id) ? TOOLS_TEXTS.eventHappened[lang](e.title[lang]) : e.title[lang];
      return el('option', { value: e.id, ...(e.id === chosen.event && { selected: '' }) }, title);
    }),
  );
  select.addEventListener('change', () => (chosen.event = select.value));
  const open = phaseAccepts(live.state.phase, 'injectEvent');
  const inject = button(TOOLS_TEXTS.inject[lang], 'tools-inject', () => chosen.event && app.perform({ type: 'injectEvent', event: chosen.event }), open ? {} : { disabled: '' });
  return section(
    'tools-event-heading',
    TOOLS_TEXTS.event[lang],
    el('div', { class: 'tools-row' }, el('label', { for: 'tools-event' }, TOOLS_TEXTS.eventSelect[lang]), select, inject),
    !open && el('p', { class: 'muted' }, TOOLS_TEXTS.untilDecision[lang]),
  );
}

function seatName(seat: Seat, lang: Language): string {
  return seat.controller === 'bot' ? `${CONTROLLER_NAMES.bot[lang]} (${STANCE_NAMES[seat.stance][lang]})` : CONTROLLER_NAMES.human[lang];
}

function seats(app: App, s: AppState): HTMLElement | false {
  const { scenario, live, lang } = s;
  if (!scenario || !live) return false;
  const rows = scenario.roles.map((role) => {
    const seat = live.state.seats[role.id];
    if (!seat) return false;
    const other: Seat['controller'] = seat.controller === 'bot' ? 'human' : 'bot';
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = role.colour;
    const label = `${other === 'bot' ? TOOLS_TEXTS.toComputer[lang] : TOOLS_TEXTS.toHuman[lang]}: ${role.name[lang]}`;
    const toggle = button(other === 'bot' ? TOOLS_TEXTS.toComputer[lang] : TOOLS_TEXTS.toHuman[lang], `tools-seat-${role.id}`, () => app.perform({ type: 'seat', role: role.id, controller: other }), { 'aria-label': label });
    return el('tr', {}, el('th', { scope: 'row' }, swatch, role.name[lang]), el('td', {}, seatName(seat, lang)), el('td', {}, toggle));
  });
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, TOOLS_TEXTS.role[lang]), el('th', { scope: 'col' }, TOOLS_TEXTS.playedBy[lang]), el('td', {})));
  return section('tools-seats-heading', TOOLS_TEXTS.seats[lang], el('table', { class: 'tools-seats' }, head, el('tbody', {}, ...rows)));
}

function rule(app: App, s: AppState): HTMLElement | false {
  const { scenario, live, lang } = s;
  if (!scenario || !live || scenario.decision.options.length < 2) return false;
  const current = chosen.rule && scenario.decision.options.includes(chosen.rule) ? chosen.rule : live.state.rule;
  const select = el(
    'select',
    { id: 'tools-rule', 'data-key': 'tools-rule' },
    ...scenario.decision.options.map((r) => el('option', { value: r, ...(r === current && { selected: '' }) }, capitalised(RULE_NAMES[r][lang]))),
  );
  select.addEventListener('change', () => (chosen.rule = select.value as DecisionRule));
  // The phase machine says when the rule may still change: not once the cards are being decided.
  const open = phaseAccepts(live.state.phase, 'rule');
  const use = button(TOOLS_TEXTS.setRule[lang], 'tools-set-rule', () => app.perform({ type: 'rule', rule: chosen.rule ?? live.state.rule }), open ? {} : { disabled: '' });
  return section(
    'tools-rule-heading',
    TOOLS_TEXTS.rule[lang],
    el('div', { class: 'tools-row' }, el('label', { for: 'tools-rule' }, TOOLS_TEXTS.rule[lang]), select, use),
    !open && el('p', { class: 'muted' }, TOOLS_TEXTS.untilDecision[lang]),
  );
}

function session(app: App, s: AppState): HTMLElement {
  const lang = s.lang;
  return section(
    'tools-session-heading',
    TOOLS_TEXTS.session[lang],
    el(
      'div',
      { class: 'tools-row' },
      button(TOPBAR_TEXTS.saveTitle[lang], 'tools-save', () => saveSessionFile(app)),
      button(TOOLS_TEXTS.restartPhase[lang], 'tools-restart-phase', () => app.restartPhase()),
    ),
    el('div', { class: 'tools-row' }, button(TOOLS_TEXTS.toSetup[lang], 'tools-to-setup', () => app.leaveGame())),
  );
}

export function renderTools(app: App, s: AppState): HTMLElement {
  const close = () => app.set({ tools: false });
  return dialog(
    'tools',
    TOOLS_TEXTS.heading[s.lang],
    [
      el('div', { class: 'tools-body' }, el('div', {}, seats(app, s)), el('div', {}, injectEvent(app, s), rule(app, s), session(app, s))),
      el('div', { class: 'dialog-actions' }, button(`${TOOLS_TEXTS.close[s.lang]} (Esc)`, 'tools-close', close)),
    ],
    close,
  );
}
