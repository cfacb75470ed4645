/** The game section of the setup screen: seed, decision rule, timer, who plays each role, and Start. */
import { h, type RefObject, type VNode } from 'preact';
import { useRef } from 'preact/hooks';
import { component, memo } from '../app/view/component';
import { button, el, type Child } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { RULE_NAMES } from '../rules/rejectionMessages';
import { STANCES, type DecisionRule, type Seat, type Stance } from '../rules/types';
import type { Language, Role } from '../scenario/schema';
import { capitalised, CONTROLLER_NAMES, STANCE_NAMES } from './facilitator.texts';
import type { SetupForm, SetupProps } from './setup/form';
import { cardsPerRound, gameMinutes } from './setup/roomTime';
import { finalYear, lengthOptions, type GameTime } from '../rules/gameLength';
import { configFrom, lengthKey, MAX_SEED, MAX_TIMER_MINUTES, randomSeed, withController, withStance, type DraftField, type SetupDraft } from './setupDraft';
import { SETUP_TEXTS } from './setup.texts';

type Inputs = Record<DraftField, RefObject<HTMLInputElement | null>>;

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function changeDraft(form: SetupForm, change: (draft: SetupDraft) => SetupDraft): void {
  form.setState((f) => ({ draft: change(f.draft) }));
}

interface NumberFieldProps {
  form: SetupForm;
  field: DraftField;
  input: RefObject<HTMLInputElement | null>;
  label: string;
  max: number;
  error: string;
  /** Beside the input. */
  extra?: Child;
  /** Below the field. */
  note?: Child;
}

/** A whole number as typed: kept as text, checked on Start, and marked with its error until Start is pressed again. */
const NumberField = component('SetupNumberField', ({ form, field, input, label, max, error, extra, note }: NumberFieldProps) => {
  const { value, invalid } = useSlice(form, (f) => ({ value: f.draft[field], invalid: f.invalid.includes(field) }));
  const id = `setup-${field}`;
  return el(
    'div',
    { class: 'setup-field' },
    el('label', { for: id }, label),
    el(
      'div',
      { class: 'setup-inline' },
      el('input', {
        ref: input,
        id,
        type: 'number',
        inputmode: 'numeric',
        min: '0',
        max: String(max),
        step: '1',
        value,
        'data-key': id,
        ...(invalid && { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` }),
        onInput: (event: Event) => changeDraft(form, (d) => ({ ...d, [field]: valueOf(event) })),
      }),
      extra,
    ),
    invalid && el('p', { id: `${id}-error`, class: 'setup-error' }, error),
    note,
  );
});

/** "2 h 49 min" or "45 min". */
function duration(minutes: number): string {
  const m = Math.round(minutes);
  return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`;
}

/** Rounds and years per round, each with the time a room would need at the seats chosen. */
const LengthField = component('SetupLengthField', ({ app, form }: SetupProps) => {
  const { scenario, lang } = useSlice(app.store, (s) => ({ scenario: s.scenario, lang: s.lang }));
  const { length, people } = useSlice(form, (f) => ({ length: f.draft.length, people: Object.values(f.draft.seats).filter((s) => s.controller === 'human').length }));
  if (!scenario) return null;
  const start = scenario.time.startYear;
  const option = (t: GameTime) =>
    el('option', { value: lengthKey(t) }, SETUP_TEXTS.lengthOption[lang](t.turns, t.turnLength, start, finalYear({ time: { ...scenario.time, ...t } }), duration(gameMinutes(scenario, t, people))));
  return el(
    'div',
    { class: 'setup-field setup-length' },
    el('label', { for: 'setup-length' }, SETUP_TEXTS.length[lang]),
    el(
      'select',
      { id: 'setup-length', 'data-key': 'setup-length', value: length, 'aria-describedby': 'setup-length-hint', onChange: (event: Event) => changeDraft(form, (d) => ({ ...d, length: valueOf(event) })) },
      ...lengthOptions(scenario).map(option),
    ),
    el('p', { id: 'setup-length-hint', class: 'setup-note' }, SETUP_TEXTS.lengthHint[lang](people, cardsPerRound(scenario, people))),
  );
});

const RuleField = component('SetupRuleField', ({ app, form }: SetupProps) => {
  const { options, lang } = useSlice(app.store, (s) => ({ options: s.scenario?.decision.options ?? [], lang: s.lang }));
  const rule = useSlice(form, (f) => f.draft.rule);
  const name = (r: DecisionRule) => capitalised(RULE_NAMES[r][lang]);
  if (options.length < 2) return el('p', { class: 'setup-field' }, el('strong', {}, `${SETUP_TEXTS.rule[lang]}: `), name(rule));
  return el(
    'div',
    { class: 'setup-field' },
    el('label', { for: 'setup-rule' }, SETUP_TEXTS.rule[lang]),
    el(
      'select',
      { id: 'setup-rule', 'data-key': 'setup-rule', value: rule, onChange: (event: Event) => changeDraft(form, (d) => ({ ...d, rule: valueOf(event) as DecisionRule })) },
      ...options.map((r) => el('option', { value: r }, name(r))),
    ),
  );
});

function seatRow(form: SetupForm, lang: Language, role: Role, seat: Seat): VNode {
  const name = role.name[lang];
  const controller = el(
    'select',
    {
      'data-key': `setup-seat-${role.id}`,
      'aria-label': `${name}: ${SETUP_TEXTS.playedBy[lang]}`,
      value: seat.controller,
      onChange: (event: Event) => changeDraft(form, (d) => withController(d, role.id, valueOf(event) as Seat['controller'])),
    },
    ...(['human', 'bot'] as const).map((c) => el('option', { value: c }, CONTROLLER_NAMES[c][lang])),
  );
  const stance =
    seat.controller === 'bot' &&
    el(
      'select',
      {
        'data-key': `setup-stance-${role.id}`,
        'aria-label': `${name}: ${SETUP_TEXTS.stance[lang]}`,
        value: seat.stance,
        onChange: (event: Event) => changeDraft(form, (d) => withStance(d, role.id, valueOf(event) as Stance)),
      },
      ...STANCES.map((s) => el('option', { value: s }, s === role.stance ? SETUP_TEXTS.stanceDefault[lang](STANCE_NAMES[s][lang]) : STANCE_NAMES[s][lang])),
    );
  return el(
    'tr',
    { key: role.id },
    el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${role.colour}`, 'aria-hidden': 'true' }), name),
    el('td', {}, controller),
    el('td', {}, stance),
  );
}

const SeatsTable = component('SetupSeats', ({ app, form }: SetupProps) => {
  const { roles, lang } = useSlice(app.store, (s) => ({ roles: s.scenario?.roles ?? [], lang: s.lang }));
  const seats = useSlice(form, (f) => f.draft.seats);
  const people = Object.values(seats).filter((s) => s.controller === 'human').length;
  // A role without a seat is only seen for the moment another scenario's draft is being fitted (form.ts).
  const rows = roles.flatMap((role) => (seats[role.id] ? [seatRow(form, lang, role, seats[role.id]!)] : []));
  return el(
    'table',
    { class: 'setup-seats' },
    el('caption', {}, `${SETUP_TEXTS.roles[lang]} · ${SETUP_TEXTS.seatsSummary[lang](people, roles.length - people)}`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, SETUP_TEXTS.role[lang]), el('th', { scope: 'col' }, SETUP_TEXTS.playedBy[lang]), el('th', { scope: 'col' }, SETUP_TEXTS.stance[lang]))),
    el('tbody', {}, ...rows),
  );
});

const StartButton = component('SetupStart', ({ app, form, inputs }: SetupProps & { inputs: Inputs }) => {
  const lang = useSlice(app.store, (s) => s.lang);
  const marked = useSlice(form, (f) => f.invalid.length > 0);
  const start = () => {
    const result = configFrom(form.getState().draft, app.store.getState().scenario!);
    if (result.ok) return app.start(result.config);
    form.setState({ invalid: result.invalid });
    inputs[result.invalid[0]!].current?.focus();
  };
  return el(
    'div',
    { class: 'setup-start' },
    button(SETUP_TEXTS.start[lang], 'setup-start', start, { class: 'primary start' }),
    marked && el('p', { class: 'setup-error', role: 'alert' }, SETUP_TEXTS.fixFirst[lang]),
  );
});

export const GameSettings = memo('GameSettings', ({ app, form }: SetupProps) => {
  const lang = useSlice(app.store, (s) => s.lang);
  const inputs: Inputs = { seed: useRef<HTMLInputElement>(null), timerMinutes: useRef<HTMLInputElement>(null) };
  const newSeed = () => form.setState((f) => ({ draft: { ...f.draft, seed: String(randomSeed(Math.random)) }, invalid: f.invalid.filter((x) => x !== 'seed') }));
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-game' },
    el('h2', { id: 'setup-game', class: 'setup-heading' }, SETUP_TEXTS.settings[lang]),
    el(
      'div',
      { class: 'setup-fields' },
      h(NumberField, {
        form,
        field: 'seed',
        input: inputs.seed,
        label: SETUP_TEXTS.seed[lang],
        max: MAX_SEED,
        error: SETUP_TEXTS.seedInvalid[lang],
        extra: button(SETUP_TEXTS.newSeed[lang], 'setup-new-seed', newSeed),
        note: el('p', { class: 'setup-note' }, SETUP_TEXTS.seedHint[lang]),
      }),
      h(LengthField, { app, form }),
      h(RuleField, { app, form }),
      h(NumberField, { form, field: 'timerMinutes', input: inputs.timerMinutes, label: SETUP_TEXTS.timer[lang], max: MAX_TIMER_MINUTES, error: SETUP_TEXTS.timerInvalid[lang] }),
    ),
    h(SeatsTable, { app, form }),
    h(StartButton, { app, form, inputs }),
  );
});
