/** The printed report's title block: scenario, seed, decision rule, length, who played, and the day it was printed (the panel may read the clock; the core never does). */
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { finalYear } from '../../rules/gameLength';
import { RULE_NAMES } from '../../rules/rejectionMessages';
import type { LiveSession } from '../../rules/session';
import type { Language, Scenario } from '../../scenario/schema';
import { LOCALES } from '../../scenario/numberFormat';
import { PRINT_LENGTH, PRINT_TEXTS } from './report.texts';
import './print.css';

export interface PrintTitleProps {
  scenario: Scenario;
  live: LiveSession;
  lang: Language;
}

/** Shown only in print (report.css); the screen has the debrief's header. */
export const PrintTitle = memo('DebriefPrintTitle', ({ scenario, live, lang }: PrintTitleProps) => {
  const say = (key: keyof typeof PRINT_TEXTS) => PRINT_TEXTS[key][lang];
  const { turns, turnLength, startYear } = scenario.time;
  const seats = live.state.seats;
  const by = (controller: string) => scenario.roles.filter((r) => seats[r.id]?.controller === controller).map((r) => r.name[lang]);
  const people = by('human');
  const computer = by('bot');
  const row = (term: string, value: string, wide = false) => [el('dt', {}, term), el('dd', wide ? { class: 'debrief-print-wide' } : {}, value)];
  return el(
    'header',
    { class: 'debrief-print-title' },
    el('p', { class: 'debrief-print-kicker' }, say('kicker')),
    el('h2', {}, scenario.meta.title[lang]),
    el(
      'dl',
      {},
      ...row(say('length'), PRINT_LENGTH[lang](turns, turnLength, startYear, finalYear(scenario))),
      ...row(say('rule'), RULE_NAMES[live.state.rule][lang]),
      ...row(say('seed'), String(live.session.seed)),
      ...row(say('printed'), new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date())),
      ...(people.length > 0 ? row(say('people'), people.join(', '), true) : []),
      ...(computer.length > 0 ? row(say('computer'), computer.join(', '), true) : []),
    ),
    el('p', { class: 'debrief-print-contents' }, say('contents')),
  );
});
