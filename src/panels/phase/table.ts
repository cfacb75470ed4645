/** The table in the proposals, negotiation and decision phases: who acts, the concept, the cards on the table and the forms. */
import { roundYears } from './changes.texts';
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App } from '../../app/store';
import { phaseAccepts } from '../../rules/phaseMachine';
import { PHASE_NAMES, RULE_NAMES } from '../../rules/rejectionMessages';
import { ActingBar, actingRole, OthersMoney } from './actingRole';
import { answersByProposal } from './answers';
import { cardProps } from './cardProps';
import { ConceptTracker } from './conceptTracker';
import { RULE_EXPLAINED } from './outcome.texts';
import { expectedProgrammes } from './pinBoard';
import { ProposalCard } from './proposalCard';
import { forecast } from './forecast';
import { LastMoves } from './lastMoves';
import { standing } from './standing';
import { TableForm } from './tableForm';
import { TABLE, tableHeading } from './table.texts';

export const TablePanel = component('TablePanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live?.state.proposals, s.live?.state.dots, s.live?.state.concept, s.live?.state.phase, s.live?.state.rule, s.live?.state.seats, s.actingRole, s.rejection]);
  useSlice(app.drafts, (d) => [d.open, d.pledges, d.amends, d.failed]);
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const { state, session } = live!;
  const acting = actingRole(app);
  const programmes = expectedProgrammes(s, state);
  const answers = answersByProposal(session.log);
  const decision = state.phase === 'decision' ? forecast(s, state) : undefined;
  const open = state.proposals.filter((p) => p.verdict === 'open');
  const table = `${programmes.left}|${programmes.coverage}|${open.map((p) => p.id).join(',')}|${state.year}|${state.rule}`;
  const cards = open.map((p) =>
    el(ProposalCard, {
      key: p.id,
      ...cardProps(app, p, {
        programme: programmes.ofProposal(p.id),
        answers: answers.get(p.id) ?? [],
        ...(acting && { acting }),
        ...(decision && { ballot: decision.ballots.get(p.id) ?? {} }),
        table,
      }),
    }),
  );
  return fragment(
    el('h2', {}, tableHeading(PHASE_NAMES[state.phase][lang], roundYears(app.store.getState().scenario!, state.year), RULE_NAMES[state.rule][lang], lang)),
    state.phase === 'decision' ? el('p', { class: 'lead' }, RULE_EXPLAINED[state.rule][lang]) : null,
    // In the decision the count comes first, and only what voting needs follows: no money or concept work is taken then.
    decision ? standing(app, decision) : null,
    el(LastMoves, { app }),
    el(ActingBar, { app }),
    decision ? null : el(OthersMoney, { app }),
    decision ? null : el(ConceptTracker, { app, canWork: true }),
    phaseAccepts(state.phase, 'table') && acting ? el(TableForm, { app, role: acting, key: `table-form-${acting.id}` }) : null,
    // The cards closed fit one screen (test/e2e/tableFits.test.ts); each opens on its own.
    el(
      'section',
      { class: 'table-cards', 'aria-labelledby': 'on-table' },
      el('h3', { class: 'on-table', id: 'on-table' }, `${TABLE.onTable[lang]} (${open.length})`),
      ...(cards.length > 0 ? cards : [el('p', { class: 'muted' }, TABLE.nothingOnTable[lang])]),
    ),
  );
});
