/** The decisions: the key ones per year, and behind them the full log as tables, one per year: what was tabled where and by whom, who paid, the outcome and the reasons. */
import { h } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { button, el } from '../../app/view/h';
import { reasonMessage } from '../../bots/reasonMessages';
import { rejectionMessage } from '../../rules/rejectionMessages';
import type { LiveSession } from '../../rules/session';
import { euro, number } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import { choiceGroup, showView } from './choice';
import { decisionLog, type LoggedProposal, type LoggedYear } from './decisionLog';
import { nameIn, resources } from './format';
import { keyDecisions } from './keyDecisions';
import { KeyDecisionsList } from './keyDecisionsList';
import { ReportParts } from './reportParts';
import { SECTION_NAMES, VERDICT_NAMES, say } from './debrief.texts';
import { roundYears } from '../phase/changes.texts';

type Names = (list: readonly { id: string; name: Record<Language, string> }[], id: string) => string;

function proposalCell(scenario: Scenario, p: LoggedProposal['proposal'], lang: Language, name: Names) {
  const where = [p.district && name(scenario.districts, p.district), p.scale !== 1 && `${say('size', lang)} ${p.scale}`].filter(Boolean).join(', ');
  return el(
    'td',
    {},
    el('strong', {}, name(scenario.measures, p.measure)),
    where ? ` (${where})` : '',
    el('br'),
    `${say('tabledBy', lang)} ${name(scenario.roles, p.tabledBy)}`,
  );
}

function paidCell(scenario: Scenario, p: LoggedProposal['proposal'], lang: Language, name: Names) {
  const units = { staff: say('staffHours', lang), volunteers: say('volunteerHours', lang) };
  const lines = Object.entries(p.paid ?? {})
    .map(([role, r]) => [name(scenario.roles, role), resources(r, lang, units)] as const)
    .filter(([, amount]) => amount !== '');
  if (p.programme && p.programme.money > 0) lines.push([`${say('programme', lang)} ${name(scenario.programmes, p.programme.id)}`, euro(p.programme.money, lang)]);
  if (lines.length === 0) return el('td', {}, say('nothingPaid', lang));
  return el('td', {}, el('ul', { class: 'debrief-lines' }, ...lines.map(([who, amount]) => el('li', {}, el('strong', {}, `${who}: `), amount))));
}

function outcomeCell(scenario: Scenario, p: LoggedProposal['proposal'], lang: Language, name: Names) {
  const passed = p.verdict === 'passed';
  const roles = (ids: readonly string[]) => ids.map((id) => name(scenario.roles, id)).join(', ');
  return el(
    'td',
    {},
    el('span', { class: `debrief-verdict debrief-verdict-${p.verdict}` }, `${passed ? '✓' : '✗'} ${VERDICT_NAMES[p.verdict][lang]}`),
    p.because ? el('span', { class: 'debrief-because' }, ` ${rejectionMessage(p.because, lang, scenario)}`) : '',
    passed && p.effect !== undefined && p.effect !== 1 ? ` ${say('effect', lang)} ×${number(p.effect, lang, 1)}` : '',
    p.support.length > 0 ? el('div', {}, `${say('inFavour', lang)}: ${roles(p.support)}`) : '',
    p.oppose.length > 0 ? el('div', {}, `${say('against', lang)}: ${roles(p.oppose)}`) : '',
  );
}

function reasonsCell(scenario: Scenario, entry: LoggedProposal, lang: Language, name: Names) {
  if (entry.reasons.length === 0) return el('td', {}, '–');
  return el('td', {}, el('ul', { class: 'debrief-lines' }, ...entry.reasons.map((r) => el('li', {}, el('strong', {}, `${name(scenario.roles, r.role)}: `), reasonMessage(r.reason, lang, scenario)))));
}

interface YearProps {
  scenario: Scenario;
  year: LoggedYear;
  lang: Language;
}

/** One year's table; with all years shown there are hundreds of rows, so a year is drawn again only when it changes. */
const YearTable = memo('DebriefYear', ({ scenario, year, lang }: YearProps) => {
  const name: Names = (list, id) => nameIn(list, id, lang);
  // A round of several years is named by its years.
  const span = scenario.time.turnLength > 1 ? `${say('round', lang)} ${roundYears(scenario, year.year)}` : `${say('year', lang)} ${year.year}`;
  const heading = el('h4', {}, span);
  const block = { class: 'debrief-year', 'data-anchor': String(year.year) };
  if (year.proposals.length === 0) return el('div', block, heading, el('p', {}, say('noProposals', lang)));
  return el(
    'div',
    block,
    heading,
    el(
      'table',
      { class: 'debrief-table debrief-log' },
      el('thead', {}, el('tr', {}, ...(['proposal', 'paid', 'outcome', 'reasons'] as const).map((k) => el('th', { scope: 'col' }, say(k, lang))))),
      el(
        'tbody',
        {},
        ...year.proposals.map((entry) =>
          el(
            'tr',
            {},
            proposalCell(scenario, entry.proposal, lang, name),
            paidCell(scenario, entry.proposal, lang, name),
            outcomeCell(scenario, entry.proposal, lang, name),
            reasonsCell(scenario, entry, lang, name),
          ),
        ),
      ),
    ),
  );
});

function yearChoice(app: App, years: readonly number[], chosen: number | null, lang: Language, scenario: Scenario) {
  const choices: { year: number | null; label: string }[] = [{ year: null, label: say('allYears', lang) }, ...years.map((y) => ({ year: y, label: roundYears(scenario, y) }))];
  return choiceGroup(
    say('year', lang),
    choices.map((c) => ({ name: c.label, key: `debrief-year-${c.year ?? 'all'}`, pressed: c.year === chosen, choose: () => showView(app, { year: c.year }) })),
  );
}

export interface DecisionsProps {
  app: App;
  scenario: Scenario;
  live: LiveSession;
  lang: Language;
  /** The year the view asks for; one without a record is shown as all years. */
  year: number | null;
  /** Built but hidden on screen, so the printout holds it. */
  off: boolean;
}

/** The key decisions first; the concept document, the operator report and the full log behind buttons (the log built even while closed so the printout holds it). */
export const Decisions = memo('DebriefDecisions', ({ app, scenario, live, lang, year: wanted, off }: DecisionsProps) => {
  const summary = useMemo(() => keyDecisions(scenario, live), [scenario, live]);
  const years = useMemo(() => decisionLog(live), [live]);
  const [logOpen, setLogOpen] = useState(false);
  const chosen = years.some((y) => y.year === wanted) ? wanted : null;
  const toggle = button([say('fullLog', lang), el('span', { class: 'chevron', 'aria-hidden': 'true' }, logOpen ? '▴' : '▾')], 'debrief-full-log', () => setLogOpen(!logOpen), {
    class: 'debrief-log-toggle',
    'aria-expanded': String(logOpen),
    'aria-controls': 'debrief-full-log',
  });
  return el(
    'section',
    { class: `debrief-section debrief-decisions${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-decisions-heading' },
    el('h3', { id: 'debrief-decisions-heading', class: 'debrief-section-heading' }, SECTION_NAMES.decisions[lang]),
    h(KeyDecisionsList, { scenario, summary, lang }),
    h(ReportParts, { scenario, live, lang }),
    toggle,
    el(
      'div',
      // A year chosen in the open log is shown from the log's top (debrief.ts).
      { id: 'debrief-full-log', class: logOpen ? 'debrief-full-log' : 'debrief-full-log debrief-log-closed', ...(logOpen && { 'data-view-top': '' }) },
      yearChoice(app, years.map((y) => y.year), chosen, lang, scenario),
      ...years.filter((y) => chosen === null || y.year === chosen).map((y) => h(YearTable, { key: y.year, scenario, year: y, lang })),
    ),
  );
});
