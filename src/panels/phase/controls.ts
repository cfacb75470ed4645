/** Small DOM pieces every phase panel uses: role chips, labelled inputs, disclosures, actions with their refusal beside them. */
import { button, el } from '../../app/dom';
import type { App } from '../../app/store';
import type { Action } from '../../rules/types';
import type { Language, Scenario } from '../../scenario/schema';
import { COMMON } from './common.texts';
import { local, refresh } from './local';

/** A role as colour swatch plus name: the name carries the meaning, the colour only helps. */
export function roleChip(scenario: Scenario, role: string, lang: Language, suffix?: string): HTMLElement {
  const r = scenario.roles.find((x) => x.id === role);
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = r?.colour ?? '#777777';
  return el('span', { class: 'role-chip' }, swatch, r?.name[lang] ?? role, suffix ? ` ${suffix}` : null);
}

/** Performs an action from a control; a refusal is remembered so it shows beside that control, success runs `done`. */
export function attempt(app: App, key: string, action: Action, done?: () => void): boolean {
  const ok = app.perform(action);
  const { rejection } = app.store.getState();
  if (ok && done) {
    done();
    refresh();
  }
  if (!ok && rejection) {
    local.failed = { key, rejection };
    refresh();
  }
  return ok;
}

/** The refusal caused by this control, if the last refusal is still standing and came from here. */
export function refusalNote(app: App, key: string): HTMLElement | null {
  const { rejection, lang } = app.store.getState();
  if (!rejection || local.failed?.key !== key || local.failed.rejection !== rejection) return null;
  return el('p', { class: 'refusal', role: 'alert' }, el('strong', {}, COMMON.refused[lang]), ' ', app.rejectionText() ?? '');
}

/** A button for a game action, followed by the refusal it caused; `done` clears its form after success. */
export function actionButton(app: App, label: string, key: string, action: () => Action, attrs: Record<string, string> = {}, done?: () => void): HTMLElement[] {
  const b = button(label, key, () => attempt(app, key, action(), done), attrs);
  const note = refusalNote(app, key);
  return note ? [b, note] : [b];
}

/** An input with its visible label; the id follows the input's data-key so it is stable across rebuilds. */
export function labelled(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id || `phase-${input.dataset.key}`;
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input, hint ? el('span', { class: 'hint' }, hint) : null);
}

/** A number input that reports each typed value; empty or unreadable input counts as 0. */
export function numberInput(key: string, value: number, onValue: (n: number) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'number', inputmode: 'numeric', 'data-key': key, value: String(value), ...attrs });
  input.addEventListener('input', () => onValue(input.value === '' ? 0 : Number(input.value)));
  return input;
}

export interface Option {
  value: string;
  label: string;
}

export function select(key: string, options: readonly Option[], value: string, onValue: (v: string) => void): HTMLSelectElement {
  const s = el('select', { 'data-key': key }, ...options.map((o) => el('option', { value: o.value }, o.label)));
  s.value = value;
  s.addEventListener('change', () => onValue(s.value));
  return s;
}

export function checkbox(key: string, label: string, checked: boolean, onValue: (on: boolean) => void, attrs: Record<string, string> = {}): HTMLElement {
  const input = el('input', { type: 'checkbox', 'data-key': key, ...attrs });
  input.checked = checked;
  input.addEventListener('change', () => onValue(input.checked));
  return el('label', { class: 'check' }, input, ' ', label);
}

/** A section the user opens and closes; it stays as the user left it when the panel is rebuilt. */
export function disclosure(key: string, summary: string, ...content: (Node | null)[]): HTMLElement {
  const details = el('details', { class: 'disclosure' }, el('summary', { 'data-key': key }, summary), ...content);
  details.open = local.open.has(key);
  details.addEventListener('toggle', () => (details.open ? local.open.add(key) : local.open.delete(key)));
  return details;
}

/** A toggle among a few choices, each a button that says whether it is pressed. */
export function choiceButtons(label: string, choices: readonly { key: string; label: string; pressed: boolean; pick: () => void; content?: Node }[]): HTMLElement {
  return el(
    'div',
    { class: 'choices', role: 'group', 'aria-label': label },
    ...choices.map((c) => {
      const b = button(c.label, c.key, c.pick, { 'aria-pressed': String(c.pressed) });
      if (c.content) b.replaceChildren(c.content);
      return b;
    }),
  );
}
