/** The facilitator's tools: inject an event from the deck, hand a seat to the computer or back, change the rule, restart the phase, leave for setup. */
import { h, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { runCommand } from '../app/keyboard';
import type { App } from '../app/store';
import { component } from '../app/view/component';
import { button, el, type Child } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { phaseAccepts } from '../rules/phaseMachine';
import { RULE_NAMES } from '../rules/rejectionMessages';
import type { Action, DecisionRule, Phase, Rejection, Seat } from '../rules/types';
import type { Language, Scenario } from '../scenario/schema';
import { capitalised, CONTROLLER_NAMES, seatName, STANCE_NAMES } from './facilitator.texts';
import { BRANCH_TEXTS } from './branch.texts';
import { BranchForm } from './branchForm';
import { saveSessionFile } from './facilitatorFiles';
import { Dialog } from './overlaysDialog';
import { OVERLAY_TEXTS } from './overlays.texts';
import { TOOLS_TEXTS, TOPBAR_TEXTS } from './topbar.texts';

/** What the tools show of the game in play. */
interface ToolsView {
  app: App;
  /** Performs a tool's action; a refusal is then shown in the dialog, above its backdrop. */
  act: (action: Action) => void;
  lang: Language;
  scenario: Scenario;
  phase: Phase;
  rule: DecisionRule;
  events: readonly string[];
  seats: Readonly<Record<string, Seat>>;
}

function section(id: string, title: string, ...content: Child[]): VNode {
  return el('section', { 'aria-labelledby': id }, el('h3', { id }, title), ...content);
}

function injectEvent({ act, lang, scenario, phase, events }: ToolsView, picked: string | undefined, pick: (id: string) => void): VNode | null {
  if (scenario.events.length === 0) return null;
  const happened = new Set(events);
  const chosen = scenario.events.some((e) => e.id === picked) ? picked! : scenario.events[0]!.id;
  const select = el(
    'select',
    { id: 'tools-event', 'data-key': 'tools-event', value: chosen, onChange: (event: Event) => pick((event.currentTarget as HTMLSelectElement).value) },
    scenario.events.map((e) => el('option', { key: e.id, value: e.id }, happened.has(e.id) ? TOOLS_TEXTS.eventHappened[lang](e.title[lang]) : e.title[lang])),
  );
  const open = phaseAccepts(phase, 'injectEvent');
  const inject = button(TOOLS_TEXTS.inject[lang], 'tools-inject', () => act({ type: 'injectEvent', event: chosen }), { disabled: !open });
  return section(
    'tools-event-heading',
    TOOLS_TEXTS.event[lang],
    // The section's heading names the field already: its label is for screen readers, so the list and its button share one row.
    el('div', { class: 'tools-row tools-field' }, el('label', { for: 'tools-event', class: 'visually-hidden' }, TOOLS_TEXTS.eventSelect[lang]), select, inject),
    !open && el('p', { class: 'muted' }, TOOLS_TEXTS.untilDecision[lang]),
  );
}

function seatTable({ act, lang, scenario, seats }: ToolsView): VNode {
  const rows = scenario.roles.map((role) => {
    const seat = seats[role.id];
    if (!seat) return null;
    const other: Seat['controller'] = seat.controller === 'bot' ? 'human' : 'bot';
    const say = other === 'bot' ? TOOLS_TEXTS.toComputer[lang] : TOOLS_TEXTS.toHuman[lang];
    const toggle = button(say, `tools-seat-${role.id}`, () => act({ type: 'seat', role: role.id, controller: other }), { 'aria-label': `${say}: ${role.name[lang]}` });
    return el(
      'tr',
      { key: role.id },
      el('th', { scope: 'row' }, el('span', { class: 'swatch', 'aria-hidden': 'true', style: { background: role.colour } }), role.name[lang]),
      el('td', {}, seatName(seat, lang)),
      el('td', {}, toggle),
    );
  });
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, TOOLS_TEXTS.role[lang]), el('th', { scope: 'col' }, TOOLS_TEXTS.playedBy[lang]), el('td', {})));
  return section('tools-seats-heading', TOOLS_TEXTS.seats[lang], el('table', { class: 'tools-seats' }, head, el('tbody', {}, rows)));
}

function ruleChoice({ act, lang, scenario, phase, rule }: ToolsView, picked: DecisionRule | undefined, pick: (r: DecisionRule) => void): VNode | null {
  if (scenario.decision.options.length < 2) return null;
  const chosen = picked && scenario.decision.options.includes(picked) ? picked : rule;
  const select = el(
    'select',
    { id: 'tools-rule', 'data-key': 'tools-rule', value: chosen, onChange: (event: Event) => pick((event.currentTarget as HTMLSelectElement).value as DecisionRule) },
    scenario.decision.options.map((r) => el('option', { key: r, value: r }, capitalised(RULE_NAMES[r][lang]))),
  );
  // The phase machine says when the rule may still change: not once the cards are being decided.
  const open = phaseAccepts(phase, 'rule');
  const use = button(TOOLS_TEXTS.setRule[lang], 'tools-set-rule', () => act({ type: 'rule', rule: chosen }), { disabled: !open });
  return section(
    'tools-rule-heading',
    TOOLS_TEXTS.rule[lang],
    el('div', { class: 'tools-row tools-field' }, el('label', { for: 'tools-rule', class: 'visually-hidden' }, TOOLS_TEXTS.rule[lang]), select, use),
    !open && el('p', { class: 'muted' }, TOOLS_TEXTS.untilDecision[lang]),
  );
}

function sessionTools({ app, lang }: ToolsView): VNode {
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

/** Playing again from an earlier round as a new saved session; its seats are changed afterwards in the seat table here. */
function branchTools({ app, lang }: ToolsView): VNode {
  return section('tools-branch-heading', BRANCH_TEXTS.heading[lang], h(BranchForm, { app, where: 'tools', withSeats: false }));
}

export interface ToolsProps {
  app: App;
  /** Told of a refusal the dialog shows itself, so the refusal toast (beneath the backdrop) does not repeat it. */
  refusedHere: (rejection: Rejection) => void;
}

/** The tools dialog; shown only in a game (overlays.ts), so the scenario and the live session are there. */
export const ToolsDialog = component('ToolsDialog', ({ app, refusedHere }: ToolsProps) => {
  // The selector also runs on the change that ends the game, just before this dialog goes: it must not assume a game.
  const { lang, scenario, state, rejection } = useSlice(app.store, (s) => ({ lang: s.lang, scenario: s.scenario, state: s.live?.state, rejection: s.rejection }));
  // The drop-downs' choices until they are used, and the refusal a tool caused: the dialog's own state, gone when it closes.
  const [event, setEvent] = useState<string>();
  const [rule, setRule] = useState<DecisionRule>();
  const [refused, setRefused] = useState<Rejection>();
  const act = (action: Action) => {
    if (app.perform(action)) return;
    const now = app.store.getState().rejection;
    setRefused(now);
    if (now) refusedHere(now);
  };
  if (!scenario || !state) return null;
  const view: ToolsView = { app, act, lang, scenario, phase: state.phase, rule: state.rule, events: state.events, seats: state.seats };
  const close = () => app.set({ tools: false });
  const text = refused && refused === rejection ? app.rejectionText() : undefined;
  return h(
    Dialog,
    { name: 'tools', title: TOOLS_TEXTS.heading[lang], onClose: close, onEscape: () => runCommand(app, 'close') },
    el('div', { class: 'tools-body' }, el('div', {}, seatTable(view)), el('div', {}, injectEvent(view, event, setEvent), ruleChoice(view, rule, setRule), sessionTools(view), branchTools(view))),
    text && el('p', { class: 'tools-refusal', role: 'alert' }, el('strong', {}, `⚠ ${OVERLAY_TEXTS.refused[lang]}`), ' ', text),
    el('div', { class: 'dialog-actions' }, button(`${TOOLS_TEXTS.close[lang]} (Esc)`, 'tools-close', close)),
  );
});
