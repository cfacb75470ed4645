/** The game section of the setup screen: seed, decision rule, timer, who plays each role, and Start. */
import { button, el } from '../app/dom';
import { RULE_NAMES } from '../rules/rejectionMessages';
import { STANCES, type DecisionRule, type Seat, type Stance } from '../rules/types';
import type { Role } from '../scenario/schema';
import { capitalised, CONTROLLER_NAMES, STANCE_NAMES } from './facilitator.texts';
import type { SetupView } from './setup';
import { configFrom, MAX_SEED, MAX_TIMER_MINUTES, randomSeed, withController, withStance, type DraftField, type SetupDraft } from './setupDraft';
import { SETUP_TEXTS } from './setup.texts';

/** Changes the draft without a rebuild, so the caret stays where it is. */
function keep(view: SetupView, change: Partial<SetupDraft>): void {
  view.keep({ ...view.memory.draft!, ...change });
}

function numberField(view: SetupView, field: DraftField, label: string, max: number, error: string, extra?: HTMLElement): HTMLElement {
  const id = `setup-${field}`;
  const invalid = view.memory.invalid.includes(field);
  const input = el('input', {
    id,
    type: 'number',
    inputmode: 'numeric',
    min: '0',
    max: String(max),
    step: '1',
    value: view.draft[field],
    'data-key': id,
    ...(invalid && { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` }),
  });
  input.addEventListener('input', () => keep(view, { [field]: input.value }));
  return el(
    'div',
    { class: 'setup-field' },
    el('label', { for: id }, label),
    el('div', { class: 'setup-inline' }, input, extra),
    invalid && el('p', { id: `${id}-error`, class: 'setup-error' }, error),
  );
}

function seedField(view: SetupView): HTMLElement {
  const { lang, update } = view;
  const fresh = button(SETUP_TEXTS.newSeed[lang], 'setup-new-seed', () => {
    update({ draft: { ...view.memory.draft!, seed: String(randomSeed(Math.random)) }, invalid: view.memory.invalid.filter((f) => f !== 'seed') });
  });
  const field = numberField(view, 'seed', SETUP_TEXTS.seed[lang], MAX_SEED, SETUP_TEXTS.seedInvalid[lang], fresh);
  field.append(el('p', { class: 'setup-note' }, SETUP_TEXTS.seedHint[lang]));
  return field;
}

function ruleField(view: SetupView): HTMLElement {
  const { scenario, lang, draft } = view;
  const options = scenario.decision.options;
  const name = (rule: DecisionRule) => capitalised(RULE_NAMES[rule][lang]);
  if (options.length < 2) return el('p', { class: 'setup-field' }, el('strong', {}, `${SETUP_TEXTS.rule[lang]}: `), name(draft.rule));
  const select = el('select', { id: 'setup-rule', 'data-key': 'setup-rule' }, ...options.map((rule) => el('option', { value: rule, ...(rule === draft.rule && { selected: '' }) }, name(rule))));
  select.addEventListener('change', () => keep(view, { rule: select.value as DecisionRule }));
  return el('div', { class: 'setup-field' }, el('label', { for: 'setup-rule' }, SETUP_TEXTS.rule[lang]), select);
}

function seatRow(view: SetupView, role: Role, seat: Seat): HTMLElement {
  const { lang, update } = view;
  const name = role.name[lang];
  const controller = el(
    'select',
    { 'data-key': `setup-seat-${role.id}`, 'aria-label': `${name}: ${SETUP_TEXTS.playedBy[lang]}` },
    ...(['human', 'bot'] as const).map((c) => el('option', { value: c, ...(c === seat.controller && { selected: '' }) }, CONTROLLER_NAMES[c][lang])),
  );
  controller.addEventListener('change', () => update({ draft: withController(view.memory.draft!, role.id, controller.value as Seat['controller']) }));
  const stance = seat.controller === 'bot' && el(
    'select',
    { 'data-key': `setup-stance-${role.id}`, 'aria-label': `${name}: ${SETUP_TEXTS.stance[lang]}` },
    ...STANCES.map((s) => {
      const label = s === role.stance ? SETUP_TEXTS.stanceDefault[lang](STANCE_NAMES[s][lang]) : STANCE_NAMES[s][lang];
      return el('option', { value: s, ...(s === seat.stance && { selected: '' }) }, label);
    }),
  );
  if (stance) stance.addEventListener('change', () => keep(view, withStance(view.memory.draft!, role.id, stance.value as Stance)));
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${role.colour}`, 'aria-hidden': 'true' }), name),
    el('td', {}, controller),
    el('td', {}, stance),
  );
}

function seatsTable(view: SetupView): HTMLElement {
  const { scenario, lang, draft } = view;
  const people = Object.values(draft.seats).filter((s) => s.controller === 'human').length;
  return el(
    'table',
    { class: 'setup-seats' },
    el('caption', {}, `${SETUP_TEXTS.roles[lang]} · ${SETUP_TEXTS.seatsSummary[lang](people, scenario.roles.length - people)}`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, SETUP_TEXTS.role[lang]), el('th', { scope: 'col' }, SETUP_TEXTS.playedBy[lang]), el('th', { scope: 'col' }, SETUP_TEXTS.stance[lang]))),
    el('tbody', {}, ...scenario.roles.map((role) => seatRow(view, role, draft.seats[role.id]!))),
  );
}

function startButton(view: SetupView): HTMLElement {
  const { app, lang, update } = view;
  const start = () => {
    const result = configFrom(view.memory.draft!);
    if (result.ok) {
      // Messages of this visit are done with; coming back to setup starts clean.
      Object.assign(view.memory, { invalid: [], sessionError: undefined, scenarioError: undefined });
      return app.start(result.config);
    }
    update({ invalid: result.invalid });
    document.getElementById(`setup-${result.invalid[0]}`)?.focus();
  };
  return el(
    'div',
    { class: 'setup-start' },
    button(SETUP_TEXTS.start[lang], 'setup-start', start, { class: 'primary start' }),
    view.memory.invalid.length > 0 && el('p', { class: 'setup-error', role: 'alert' }, SETUP_TEXTS.fixFirst[lang]),
  );
}

export function renderGameSettings(view: SetupView): HTMLElement {
  const { lang } = view;
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-game' },
    el('h2', { id: 'setup-game', class: 'setup-heading' }, SETUP_TEXTS.settings[lang]),
    el('div', { class: 'setup-fields' }, seedField(view), ruleField(view), numberField(view, 'timerMinutes', SETUP_TEXTS.timer[lang], MAX_TIMER_MINUTES, SETUP_TEXTS.timerInvalid[lang])),
    seatsTable(view),
    startButton(view),
  );
}
