/** The operator report: one block per round, each proposal with the roles asked, their answers and reasons, and the outcome. */
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { reasonMessage } from '../../bots/reasonMessages';
import { rejectionMessage } from '../../rules/rejectionMessages';
import { percent } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import { nameIn } from './format';
import type { AnswerKind, ReportAnswer, ReportProposal, ReportRound } from './operatorReport';
import { say, VERDICT_NAMES } from './debrief.texts';
import { ANSWER_NAMES, ROUND_COUNTS, sayReport } from './report.texts';

const span = (from: number, until: number) => (until > from ? `${from}–${until}` : String(from));

function proposalCell(scenario: Scenario, p: ReportProposal['proposal'], lang: Language) {
  return el(
    'td',
    {},
    el('strong', {}, nameIn(scenario.measures, p.measure, lang)),
    p.district ? ` (${nameIn(scenario.districts, p.district, lang)})` : '',
    el('div', { class: 'debrief-secondary secondary' }, `${say('tabledBy', lang)} ${nameIn(scenario.roles, p.tabledBy, lang)}`),
  );
}

function answerItem(scenario: Scenario, a: ReportAnswer, lang: Language) {
  const { mark, name } = ANSWER_NAMES[a.kind];
  const asked = a.share > 0 ? percent(a.share, lang) : sayReport('join', lang);
  const human = a.kind !== 'none' && !a.reason;
  return el(
    'li',
    { class: `debrief-answer debrief-answer-${a.kind}` },
    el('span', { class: 'debrief-answer-mark', 'aria-hidden': 'true' }, mark),
    el('span', {}, el('strong', {}, `${nameIn(scenario.roles, a.role, lang)} (${asked}): ${name[lang]}`), a.reason ? el('span', { class: 'debrief-secondary secondary' }, ` – ${reasonMessage(a.reason, lang, scenario)}`) : human ? el('span', { class: 'debrief-secondary secondary' }, ` ${sayReport('person', lang)}`) : ''),
  );
}

function outcomeCell(scenario: Scenario, p: ReportProposal['proposal'], lang: Language) {
  const passed = p.verdict === 'passed';
  return el(
    'td',
    {},
    el('span', { class: `debrief-verdict debrief-verdict-${p.verdict}` }, `${passed ? '✓' : '✗'} ${VERDICT_NAMES[p.verdict][lang]}`),
    p.because ? el('div', { class: 'debrief-secondary secondary' }, rejectionMessage(p.because, lang, scenario)) : '',
  );
}

function countsLine(round: ReportRound, lang: Language): string {
  const requests = round.proposals.reduce((n, p) => n + p.asked.length, 0);
  const answers = (Object.keys(round.counts) as AnswerKind[])
    .filter((k) => round.counts[k] > 0)
    .map((k) => `${round.counts[k]} ${ANSWER_NAMES[k].name[lang]}`)
    .join(', ');
  return ROUND_COUNTS[lang]({ proposals: round.proposals.length, requests, answers });
}

function roundBlock(scenario: Scenario, round: ReportRound, lang: Language) {
  return el(
    'div',
    { class: 'debrief-report-round', key: round.year },
    el('h4', {}, `${say('round', lang)} ${span(round.year, round.until)}`, el('span', { class: 'debrief-subtitle' }, ` · ${countsLine(round, lang)}`)),
    el(
      'table',
      { class: 'debrief-table debrief-report-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, say('proposal', lang)), el('th', { scope: 'col' }, sayReport('asked', lang)), el('th', { scope: 'col' }, say('outcome', lang)))),
      el(
        'tbody',
        {},
        ...round.proposals.map(({ proposal, asked }) =>
          el(
            'tr',
            {},
            proposalCell(scenario, proposal, lang),
            el('td', {}, asked.length > 0 ? el('ul', { class: 'debrief-lines' }, ...asked.map((a) => answerItem(scenario, a, lang))) : el('span', { class: 'debrief-secondary secondary' }, sayReport('askedNoOne', lang))),
            outcomeCell(scenario, proposal, lang),
          ),
        ),
      ),
    ),
  );
}

export interface OperatorReportProps {
  scenario: Scenario;
  rounds: readonly ReportRound[];
  lang: Language;
}

export const OperatorReportView = memo('DebriefOperatorReport', ({ scenario, rounds, lang }: OperatorReportProps) =>
  el(
    'div',
    { class: 'debrief-report' },
    el('h4', {}, sayReport('reportHeading', lang)),
    el('p', { class: 'debrief-note' }, sayReport('reportNote', lang)),
    ...rounds.map((round) => roundBlock(scenario, round, lang)),
  ),
);
