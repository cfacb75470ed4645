/** Small pieces every phase panel uses: role chips, labelled inputs, disclosures, actions with their refusal beside them. */
import { cloneElement, h, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { setOpen } from '../../app/drafts';
import type { App } from '../../app/store';
import { button, el, type Child, type Props } from '../../app/view/h';
import type { Action } from '../../rules/types';
import type { Language, Scenario } from '../../scenario/schema';
import { COMMON } from './common.texts';

/** A role as colour swatch plus name: the name carries the meaning, the colour only helps. */
export function roleChip(scenario: Scenario, role: string, lang: Language, suffix?: string): VNode {
  const r = scenario.roles.find((x) => x.id === role);
  return el('span', { class: 'role-chip' }, el('span', { class: 'swatch', 'aria-hidden': 'true', style: `background: ${r?.colour ?? '#777777'}` }), r?.name[lang] ?? role, suffix ? ` ${suffix}` : null);
}

/** Performs an action from a control; a refusal is remembered so it shows beside that control, success runs `done`. */
export function attempt(app: App, key: string, action: Action, done?: () => void): boolean {
  const ok = app.perform(action);
  const { rejection } = app.store.getState();
  if (ok && done) done();
  if (!ok && rejection) app.drafts.setState({ failed: { key, rejection } });
  return ok;
}

/** The refusal caused by this control, if the last refusal is still standing and came from here. */
export function refusalNote(app: App, key: string): VNode | null {
  const { rejection, lang } = app.store.getState();
  const { failed } = app.drafts.getState();
  if (!rejection || failed?.key !== key || failed.rejection !== rejection) return null;
  return el('p', { class: 'refusal', role: 'alert' }, el('strong', {}, COMMON.refused[lang]), ' ', app.rejectionText() ?? '');
}

/** A button for a game action, followed by the refusal it caused; `done` clears its form after success. */
export function actionButton(app: App, label: string, key: string, action: () => Action, attrs: Props = {}, done?: () => void): VNode[] {
  const b = button(label, key, () => attempt(app, key, action(), done), attrs);
  const note = refusalNote(app, key);
  return note ? [b, note] : [b];
}

/** An input with its visible label; the id follows the input's data-key so it is stable across renders. */
export function labelled(label: Child, input: VNode, hint?: string): VNode {
  const props = input.props as Props;
  const id = (props.id as string | undefined) ?? `phase-${props['data-key'] as string}`;
  const withId = cloneElement(input, { id });
  return el('div', { class: 'field' }, el('label', { for: id }, label), withId, hint ? el('span', { class: 'hint' }, hint) : null);
}

interface NumberProps {
  'data-key': string;
  /** Set by labelled(). */
  id?: string;
  value: number;
  onValue: (n: number) => void;
  attrs: Props;
}

/** Keeps the text as typed (an empty field, "1.") while the draft holds the number; a value set from outside replaces it. */
function NumberField({ 'data-key': dataKey, id, value, onValue, attrs }: NumberProps): VNode {
  const [text, setText] = useState(String(value));
  const typed = text === '' ? 0 : Number(text);
  useEffect(() => {
    if (typed !== value) setText(String(value));
  }, [value]);
  const onInput = (event: Event) => {
    const raw = (event.currentTarget as HTMLInputElement).value;
    setText(raw);
    onValue(raw === '' ? 0 : Number(raw));
  };
  return el('input', { type: 'number', inputmode: 'numeric', 'data-key': dataKey, ...(id && { id }), ...attrs, value: text, onInput });
}

/** A number input that reports each typed value; empty or unreadable input counts as 0. */
export function numberInput(key: string, value: number, onValue: (n: number) => void, attrs: Props = {}): VNode {
  return h(NumberField, { 'data-key': key, value, onValue, attrs, key }) as VNode;
}

export interface Option {
  value: string;
  label: string;
}

export function select(key: string, options: readonly Option[], value: string, onValue: (v: string) => void): VNode {
  return el(
    'select',
    { 'data-key': key, value, onChange: (event: Event) => onValue((event.currentTarget as HTMLSelectElement).value) },
    ...options.map((o) => el('option', { value: o.value, key: o.value }, o.label)),
  );
}

export function checkbox(key: string, label: string, checked: boolean, onValue: (on: boolean) => void, attrs: Props = {}): VNode {
  const input = el('input', { type: 'checkbox', 'data-key': key, ...attrs, checked, onChange: (event: Event) => onValue((event.currentTarget as HTMLInputElement).checked) });
  return el('label', { class: 'check' }, input, ' ', label);
}

/** A section the user opens and closes; it stays as the user left it while the phase lasts. */
export function disclosure(app: App, key: string, summary: string, ...content: Child[]): VNode {
  const open = app.drafts.getState().open[key] === true;
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now !== open) setOpen(app.drafts, key, now);
  };
  return el('details', { class: 'disclosure', open, onToggle }, el('summary', { 'data-key': key }, summary), ...content);
}

/** A toggle among a few choices, each a button that says whether it is pressed. */
export function choiceButtons(label: string, choices: readonly { key: string; label: string; pressed: boolean; pick: () => void; content?: Child }[]): VNode {
  return el(
    'div',
    { class: 'choices', role: 'group', 'aria-label': label },
    ...choices.map((c) => button(c.content ?? c.label, c.key, c.pick, { 'aria-pressed': String(c.pressed), key: c.key })),
  );
}
