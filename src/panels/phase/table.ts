/** The table in the proposals, negotiation and decision phases: who acts, the concept, the cards on the table and the forms. */
import { el } from '../../app/dom';
import type { App } from '../../app/store';
import { vote } from '../../rules/decisionRules';
import { phaseAccepts } from '../../rules/phaseMachine';
import { PHASE_NAMES, RULE_NAMES } from '../../rules/rejectionMessages';
import { actingBar, actingRole, othersMoney } from './actingRole';
import { answersByProposal } from './answers';
import { conceptTracker } from './conceptTracker';
import { RULE_EXPLAINED } from './outcome.texts';
import { expectedProgrammes } from './pinBoard';
import { proposalCard } from './proposalCard';
import { standing, type Ballots } from './standing';
import { tableForm } from './tableForm';
import { TABLE, tableHeading } from './table.texts';

/** The vote as backing stands now, by proposal: whether it fails and, under dot voting, its place. */
function ballots(app: App): Ballots {
  const { scenario, live } = app.store.getState();
  const { state } = live!;
  const result = vote(scenario!, state, state.rule);
  return new Map(result.map((b, i) => [b.proposal.id, { ...(b.failed && { failed: b.failed }), ...(state.rule === 'dots' && { place: i + 1 }) }]));
}

export function tablePanel(app: App): HTMLElement[] {
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const { state, session } = live!;
  const acting = actingRole(app);
  const programmes = expectedProgrammes(s, state);
  const answers = answersByProposal(session.log);
  const decision = state.phase === 'decision' ? ballots(app) : undefined;
  const open = state.proposals.filter((p) => p.verdict === 'open');
  const cards = open.map((p) =>
    proposalCard(app, p, {
      programme: programmes.ofProposal(p.id),
      answers: answers.get(p.id) ?? [],
      ...(acting && { acting }),
      ...(decision && { ballot: decision.get(p.id) ?? {} }),
    }),
  );
  return [
    el('h2', {}, tableHeading(PHASE_NAMES[state.phase][lang], state.year, RULE_NAMES[state.rule][lang], lang)),
    ...(state.phase === 'decision' ? [el('p', { class: 'lead' }, RULE_EXPLAINED[state.rule][lang])] : []),
    actingBar(app),
    othersMoney(app),
    ...(decision ? [standing(app, decision)] : []),
    conceptTracker(app, acting, state.phase !== 'decision'),
    ...(phaseAccepts(state.phase, 'table') && acting ? [tableForm(app, acting)] : []),
    el('h3', { class: 'on-table' }, `${TABLE.onTable[lang]} (${open.length})`),
    ...(cards.length > 0 ? cards : [el('p', { class: 'muted' }, TABLE.nothingOnTable[lang])]),
  ];
}
