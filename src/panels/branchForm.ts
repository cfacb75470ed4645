/**
 * Playing a game again from the start of an earlier round, as a what-if branch saved beside it: the round, and (in the
 * debrief's dialog) who plays each role in the second play phase. Shared by the facilitation tools and the debrief.
 */
import { h, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { branchYears } from '../app/sessions/branches';
import type { App } from '../app/store';
import { component } from '../app/view/component';
import { button, el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { roundOf } from '../rules/gameLength';
import type { LiveSession } from '../rules/session';
import { STANCES, type Seat } from '../rules/types';
import type { Language, Scenario } from '../scenario/schema';
import { BRANCH_TEXTS } from './branch.texts';
import { CONTROLLER_NAMES, STANCE_NAMES } from './facilitator.texts';
import { Dialog } from './overlaysDialog';
import './branchForm.css';

/** A seat as one choice of a drop-down: a person, or the computer with a stance. */
const seatValue = (seat: Seat) => (seat.controller === 'human' ? 'human' : `bot:${seat.stance}`);
function seatOf(value: string, before: Seat): Seat {
  if (value === 'human') return { controller: 'human', stance: before.stance };
  return { controller: 'bot', stance: STANCES.find((s) => `bot:${s}` === value) ?? before.stance };
}
const seatChoices = (lang: Language) => [
  { value: 'human', name: CONTROLLER_NAMES.human[lang] },
  ...STANCES.map((s) => ({ value: `bot:${s}`, name: `${CONTROLLER_NAMES.bot[lang]} (${STANCE_NAMES[s][lang]})` })),
];

/** The round offered first: the last one begun before the round in play (in the debrief, the last round), else the round in play. */
function firstChoice(years: readonly number[], live: LiveSession): number | undefined {
  const earlier = live.state.phase === 'debrief' ? years : years.filter((y) => y < live.state.year);
  return earlier[earlier.length - 1] ?? years[years.length - 1];
}

function seatRows(scenario: Scenario, lang: Language, at: Readonly<Record<string, Seat>>, picked: Record<string, Seat>, pick: (role: string, seat: Seat) => void, where: string): VNode {
  const choices = seatChoices(lang);
  return el(
    'fieldset',
    { class: 'branch-seats' },
    el('legend', {}, BRANCH_TEXTS.seats[lang]),
    ...scenario.roles.flatMap((role) => {
      const before = at[role.id];
      if (!before) return [];
      const id = `${where}-branch-seat-${role.id}`;
      const seat = picked[role.id] ?? before;
      return [
        el(
          'div',
          { class: 'branch-seat', key: role.id },
          el('label', { for: id }, el('span', { class: 'swatch', 'aria-hidden': 'true', style: { background: role.colour } }), role.name[lang]),
          el(
            'select',
            { id, 'data-key': id, value: seatValue(seat), onChange: (event: Event) => pick(role.id, seatOf((event.currentTarget as HTMLSelectElement).value, before)) },
            choices.map((c) => el('option', { key: c.value, value: c.value }, c.name)),
          ),
        ),
      ];
    }),
  );
}

export interface BranchFormProps {
  app: App;
  /** The prefix of the form's data-keys and ids: `tools` or `debrief`. */
  where: string;
  /** Whether the seats of the new game can be chosen here (the tools dialog has its own seat table). */
  withSeats: boolean;
}

/** The round to play again from, the seats, and the button that starts the new game. */
export const BranchForm = component('BranchForm', ({ app, where, withSeats }: BranchFormProps) => {
  const { lang, scenario, live } = useSlice(app.store, (s) => ({ lang: s.lang, scenario: s.scenario, live: s.live }));
  const [year, setYear] = useState<number>();
  const [seats, setSeats] = useState<Record<string, Seat>>({});
  const [refused, setRefused] = useState(false);
  if (!scenario || !live) return null;
  const years = branchYears(live);
  const chosen = year !== undefined && years.includes(year) ? year : firstChoice(years, live);
  if (chosen === undefined) return el('p', { class: 'muted' }, BRANCH_TEXTS.nothingYet[lang]);
  const round = roundOf(scenario, chosen);
  const at = (live.yearStarts.find((s) => s.year === chosen) as LiveSession['yearStarts'][number]).state.seats;
  const roundId = `${where}-branch-round`;
  const go = () => setRefused(!app.branch(chosen, withSeats ? seats : {}));
  return el(
    'div',
    { class: 'branch-form' },
    el(
      'div',
      { class: 'branch-row' },
      el('label', { for: roundId }, BRANCH_TEXTS.round[lang]),
      el(
        'select',
        { id: roundId, 'data-key': roundId, value: String(chosen), onChange: (event: Event) => setYear(Number((event.currentTarget as HTMLSelectElement).value)) },
        years.map((y) => el('option', { key: y, value: String(y) }, BRANCH_TEXTS.roundOption[lang](roundOf(scenario, y), y))),
      ),
    ),
    withSeats && seatRows(scenario, lang, at, seats, (role, seat) => setSeats({ ...seats, [role]: seat }), where),
    el('p', { class: 'branch-note muted' }, BRANCH_TEXTS.keeps[lang]),
    refused && el('p', { class: 'branch-refused', role: 'alert' }, BRANCH_TEXTS.refused[lang]),
    el('div', { class: 'branch-row' }, button(BRANCH_TEXTS.go[lang](round, chosen), `${where}-branch-go`, go, { class: 'primary' })),
  );
});

/** The debrief's button that opens the branch form in a dialog. */
export const BranchButton = component('BranchButton', ({ app, lang }: { app: App; lang: Language }) => {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return el(
    'div',
    { class: 'debrief-choice' },
    button(BRANCH_TEXTS.open[lang], 'debrief-branch', () => setOpen(true), { 'aria-haspopup': 'dialog' }),
    open &&
      h(
        Dialog,
        { name: 'branch-dialog', title: BRANCH_TEXTS.heading[lang], onClose: close },
        h(BranchForm, { app, where: 'debrief', withSeats: true }),
        el('div', { class: 'dialog-actions' }, button(`${BRANCH_TEXTS.cancel[lang]} (Esc)`, 'debrief-branch-cancel', close)),
      ),
  );
});
