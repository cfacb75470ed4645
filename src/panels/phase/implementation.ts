/** The implementation phase: each proposal's verdict and reason, who paid what, programme money and the multi-goal bonus. */
import { roundYears } from './changes.texts';
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { VNode } from 'preact';
import type { App } from '../../app/store';
import type { Verdict } from '../../rules/types';
import type { Language } from '../../scenario/schema';
import { answersByProposal } from './answers';
import { implementationHeading, OUTCOME } from './outcome.texts';
import { cardProps } from './cardProps';
import { ProposalCard } from './proposalCard';

function tally(counts: Record<Verdict, number>, lang: Language): string {
  return (['passed', 'rejected', 'unfunded'] as const)
    .filter((v) => counts[v] > 0)
    .map((v) => `${counts[v]} × ${OUTCOME[v][lang]}`)
    .join(' · ');
}

export const ImplementationPanel = component('ImplementationPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live]);
  useSlice(app.drafts, (d) => d.open);
  const { live, lang } = app.store.getState();
  const { state, session } = live!;
  const answers = answersByProposal(session.log);
  const thisYear = state.proposals.filter((p) => p.year === state.year);
  const counts = { open: 0, passed: 0, rejected: 0, unfunded: 0 };
  for (const p of thisYear) counts[p.verdict]++;
  return fragment(
    el('h2', {}, implementationHeading(roundYears(app.store.getState().scenario!, state.year), lang)),
    el('p', { class: 'lead', 'aria-live': 'polite' }, thisYear.length > 0 ? tally(counts, lang) : OUTCOME.nothingDecided[lang]),
    ...thisYear.map((p) => el(ProposalCard, { key: p.id, ...cardProps(app, p, { programme: p.programme, answers: answers.get(p.id) ?? [], table: '' }) })),
  );
});
