/** Two parts of the report behind their buttons: the action concept as a document (built while closed, so the printout holds it) and the operator report. */
import { h } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { memo } from '../../app/view/component';
import { button, el, type Child } from '../../app/view/h';
import type { LiveSession } from '../../rules/session';
import type { Language, Scenario } from '../../scenario/schema';
import { conceptDocument } from './conceptDocument';
import { ConceptDocumentView } from './conceptDocumentView';
import { operatorReport } from './operatorReport';
import { OperatorReportView } from './operatorReportView';
import { sayReport } from './report.texts';
import './report.css';

/** A button that opens and closes the part below it, as the full log's does. */
function disclosure(label: string, id: string, open: boolean, setOpen: (open: boolean) => void, content: Child, partClass: string) {
  return [
    button([label, el('span', { class: 'chevron', 'aria-hidden': 'true' }, open ? '▴' : '▾')], id, () => setOpen(!open), {
      class: 'debrief-log-toggle',
      'aria-expanded': String(open),
      'aria-controls': id,
    }),
    el('div', { id, class: open ? partClass : `${partClass} debrief-log-closed` }, content),
  ];
}

export interface ReportPartsProps {
  scenario: Scenario;
  live: LiveSession;
  lang: Language;
}

export const ReportParts = memo('DebriefReportParts', ({ scenario, live, lang }: ReportPartsProps) => {
  const doc = useMemo(() => conceptDocument(scenario, live), [scenario, live]);
  const rounds = useMemo(() => operatorReport(scenario, live), [scenario, live]);
  const [conceptOpen, setConceptOpen] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  return el(
    'div',
    { class: 'debrief-report-parts' },
    ...disclosure(sayReport('conceptButton', lang), 'debrief-concept-doc', conceptOpen, setConceptOpen, h(ConceptDocumentView, { scenario, doc, lang }), 'debrief-part debrief-concept-part'),
    // The operator report is long and for the screen only: it is laid out when opened.
    ...disclosure(sayReport('reportButton', lang), 'debrief-report', reportOpen, setReportOpen, reportOpen ? h(OperatorReportView, { scenario, rounds, lang }) : '', 'debrief-part debrief-report-part'),
  );
});
