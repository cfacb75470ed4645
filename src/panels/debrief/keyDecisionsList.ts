/** The key decisions as one short paragraph per year, so a facilitator can talk a whole game through from about two screens. */
import { memo } from '../../app/view/component';
import { el, type Child } from '../../app/view/h';
import type { Language, Scenario } from '../../scenario/schema';
import { nameIn } from './format';
import { proposalCount, type KeyDecisions, type KeyFailure, type KeyMeasure, type KeyYear } from './keyDecisions';
import { KEY_PEOPLE, KEY_PERSON_MARK, KEY_TOTALS, say, shortReason } from './debrief.texts';

type RoleNames = (ids: readonly string[]) => string;

/** The star beside what people took part in; screen readers hear who instead. */
function personMark(people: readonly string[], roles: RoleNames, lang: Language): Child {
  if (people.length === 0) return '';
  return el(
    'span',
    { class: 'debrief-person', title: roles(people) },
    el('span', { 'aria-hidden': 'true' }, '\u00a0★'),
    el('span', { class: 'visually-hidden' }, ` ${KEY_PERSON_MARK[lang](roles(people))}`),
  );
}

/** A card, how often it was decided so (the places are in the full log), marked where people took part. */
function measureLabel(scenario: Scenario, m: KeyMeasure, roles: RoleNames, lang: Language): Child[] {
  return [nameIn(scenario.measures, m.measure, lang), m.places.length > 1 ? `\u00a0×${m.places.length}` : '', personMark(m.people, roles, lang)];
}

const measureLabels = (scenario: Scenario, measures: readonly KeyMeasure[], roles: RoleNames, lang: Language) =>
  joined(measures.map((m) => measureLabel(scenario, m, roles, lang)), ', ');

/** The failed cards under their short reason: "others ranked higher: A ★, B ×2; no dots: C". */
function failures(scenario: Scenario, failed: readonly KeyFailure[], roles: RoleNames, lang: Language): Child[] {
  return joined(failed.map((f) => [`${shortReason(f.verdict, f.because, lang, roles)}: `, ...measureLabels(scenario, f.measures, roles, lang)]), '; ');
}

/** A year, or the years a round covers. */
const span = (from: number, until: number) => (until > from ? `${from}–${until}` : String(from));

/** Groups of nodes with a separator between them. */
function joined(groups: readonly Child[][], separator: string): Child[] {
  return groups.flatMap((g, i) => [i > 0 ? separator : '', ...g]);
}

/** A year or round: the cards passed by lead role, the cards failed with the reason, the year's events. */
function yearItem(scenario: Scenario, y: KeyYear, roles: RoleNames, lang: Language) {
  const leads = y.passed.map((l) => [
    el('strong', {}, `${nameIn(scenario.roles, l.lead, lang)}: `),
    ...measureLabels(scenario, l.measures, roles, lang),
  ]);
  const titles = y.events.map((id) => scenario.events.find((e) => e.id === id)?.title[lang] ?? id);
  return el(
    'li',
    { key: y.year },
    el('strong', { class: 'debrief-key-year' }, span(y.year, y.until)),
    ...(leads.length > 0 ? [el('span', { class: 'debrief-verdict debrief-verdict-passed' }, ` ✓\u00a0${proposalCount(y.passed)} `), ...joined(leads, ' · ')] : [` ${say('keyNothing', lang)}`]),
    ...(y.failed.length > 0
      ? [el('span', { class: 'debrief-verdict debrief-verdict-rejected' }, ` ✗\u00a0${proposalCount(y.failed)} `), ...failures(scenario, y.failed, roles, lang)]
      : []),
    titles.length > 0 ? el('span', { class: 'debrief-key-events' }, ` · ${say('keyEvents', lang)}: ${titles.join(', ')}`) : '',
  );
}

export interface KeyDecisionsProps {
  scenario: Scenario;
  summary: KeyDecisions;
  lang: Language;
}

export const KeyDecisionsList = memo('DebriefKeyDecisions', ({ scenario, summary, lang }: KeyDecisionsProps) => {
  const roles: RoleNames = (ids) => ids.map((id) => nameIn(scenario.roles, id, lang)).join(', ');
  const { counts, people, years } = summary;
  return el(
    'div',
    { class: 'debrief-key-decisions' },
    el('h4', { id: 'debrief-key-heading' }, say('keyHeading', lang)),
    el(
      'p',
      { class: 'debrief-note' },
      KEY_TOTALS[lang]({ span: years.length > 0 ? span(years[0]!.year, years.at(-1)!.until) : '', ...counts }),
      ' ',
      people.length > 0 ? KEY_PEOPLE[lang]({ roles: roles(people), marked: counts.passedWithPeople, passed: counts.passed }) : say('keyAllComputer', lang),
    ),
    el('ol', { class: 'debrief-key-years', 'aria-labelledby': 'debrief-key-heading' }, ...years.map((y) => yearItem(scenario, y, roles, lang))),
  );
});
