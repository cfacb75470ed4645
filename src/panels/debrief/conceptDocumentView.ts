/** The integrated action concept as a document: a row per component (rounds covered, by whose hours or which cards), the coverage, and the programme money. */
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { euro, number, percent } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import type { ConceptDocument, ConceptRow, ProgrammeRow } from './conceptDocument';
import { nameIn } from './format';
import { COMPONENT_NAMES } from './debrief.texts';
import { CONCEPT_END_STATUS as STATUS, sayReport } from './report.texts';

/** A year, or the years a round covers. */
const span = (from: number, until: number) => (until > from ? `${from}–${until}` : String(from));

function coveredCell(scenario: Scenario, row: ConceptRow, lang: Language) {
  const covered = row.work.filter((w) => w.covered);
  const tried = row.work.filter((w) => !w.covered);
  const rounds = covered.map((w, i) => [
    i > 0 ? ', ' : '',
    el('strong', {}, span(w.year, w.until)),
    w.cards.length > 0 ? ` (${sayReport('byCard', lang)} ${w.cards.map((m) => nameIn(scenario.measures, m, lang)).join(', ')})` : '',
  ]);
  return el(
    'td',
    {},
    covered.length > 0 ? rounds.flat() : el('span', { class: 'debrief-verdict-rejected' }, sayReport('never', lang)),
    tried.length > 0 ? el('div', { class: 'debrief-secondary secondary' }, `${sayReport('notCovered', lang)}: ${tried.map((w) => span(w.year, w.until)).join(', ')}`) : '',
  );
}

function hoursCell(scenario: Scenario, row: ConceptRow, lang: Language) {
  const entries = Object.entries(row.hours);
  if (entries.length === 0) return el('td', {}, sayReport('noHours', lang));
  return el('td', {}, entries.map(([role, h], i) => [i > 0 ? ' · ' : '', el('strong', {}, nameIn(scenario.roles, role, lang)), `\u00a0${number(h, lang)}`]).flat());
}

function programmeRow(scenario: Scenario, p: ProgrammeRow, lang: Language) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, nameIn(scenario.programmes, p.programme, lang)),
    el('td', { class: 'debrief-number' }, percent(p.needs, lang)),
    el('td', {}, p.money.length > 0 ? p.money.map((m) => `${span(m.year, m.until)}: ${euro(m.money, lang)}`).join(' · ') : sayReport('noMoney', lang)),
    el('td', { class: 'debrief-number' }, euro(p.total, lang)),
  );
}

export interface ConceptDocumentProps {
  scenario: Scenario;
  doc: ConceptDocument;
  lang: Language;
}

export const ConceptDocumentView = memo('DebriefConceptDocument', ({ scenario, doc, lang }: ConceptDocumentProps) =>
  el(
    'div',
    { class: 'debrief-concept-doc' },
    el('h4', {}, sayReport('conceptDocHeading', lang)),
    el('p', { class: 'debrief-note' }, sayReport('conceptDocNote', lang), ' ', (['valid', 'lapsed', 'never'] as const).map((k) => `${STATUS[k].mark} ${STATUS[k].name[lang]}`).join(' · '), '.'),
    el(
      'table',
      { class: 'debrief-table debrief-concept-table' },
      el('thead', {}, el('tr', {}, ...(['component', 'coveredIn', 'hoursByRole'] as const).map((k) => el('th', { scope: 'col' }, sayReport(k, lang))))),
      el(
        'tbody',
        {},
        ...doc.rows.map((row) =>
          el(
            'tr',
            { class: `debrief-component-${row.status}` },
            el('th', { scope: 'row' }, el('span', { class: 'debrief-status-mark', title: STATUS[row.status].name[lang] }, STATUS[row.status].mark), ' ', COMPONENT_NAMES[row.component][lang]),
            coveredCell(scenario, row, lang),
            hoursCell(scenario, row, lang),
          ),
        ),
      ),
    ),
    el(
      'p',
      { class: 'debrief-note' },
      el('strong', {}, `${sayReport('coverage', lang)}: `),
      doc.coverage.map((c) => `${span(c.year, c.until)}: ${percent(c.coverage, lang)}`).join(' · '),
    ),
    doc.programmes.length > 0
      ? el(
          'table',
          { class: 'debrief-table debrief-programme-table' },
          el('caption', {}, sayReport('programmes', lang)),
          el('thead', {}, el('tr', {}, ...(['programme', 'needs', 'moneyByRound', 'total'] as const).map((k) => el('th', { scope: 'col' }, sayReport(k, lang))))),
          el('tbody', {}, ...doc.programmes.map((p) => programmeRow(scenario, p, lang))),
        )
      : '',
  ),
);
