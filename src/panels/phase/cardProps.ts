/** The props of each proposal card at the table, worked out once per render of the table so that unchanged cards are left alone. */
import type { App } from '../../app/store';
import type { Plan } from '../../bots/financing';
import { phaseAccepts } from '../../rules/phaseMachine';
import type { Proposal, Rejection } from '../../rules/types';
import type { Role } from '../../scenario/schema';
import type { Answer } from './answers';
import { pledgeKey, suggestedPledge } from './proposalActions';
import type { CardProps } from './proposalCard';

/** Whether a control's data-key belongs to the card of proposal `id` (pledge-p3, support-p3, amend-p3-submit, …). */
const onCard = (key: string, id: string) => key.endsWith(`-${id}`) || key === `amend-${id}-submit`;

export interface CardInputs {
  programme: Plan['programme'];
  answers: readonly Answer[];
  acting?: Role;
  ballot?: { failed?: Rejection; place?: number };
  /** What the table as a whole says on every card (see CardProps.table). */
  table: string;
}

export function cardProps(app: App, p: Proposal, inputs: CardInputs): CardProps {
  const { scenario, live, lang, rejection } = app.store.getState();
  const state = live!.state;
  const drafts = app.drafts.getState();
  const open = drafts.open[`card-${p.id}`] === true;
  const key = inputs.acting && pledgeKey(inputs.acting.id, p.id);
  const pledgeDraft = key ? drafts.pledges[key] : undefined;
  // The pledge form is in the open card only.
  const pledging = inputs.acting && p.verdict === 'open' && open && phaseAccepts(state.phase, 'pledge');
  const failed = drafts.failed && drafts.failed.rejection === rejection && onCard(drafts.failed.key, p.id) ? drafts.failed : undefined;
  return {
    app,
    p,
    programme: inputs.programme,
    answers: inputs.answers,
    acting: inputs.acting,
    ballot: inputs.ballot,
    lang,
    phase: state.phase,
    dots: state.dots,
    table: inputs.table,
    open,
    pledgeDraft,
    amendDraft: key ? drafts.amends[key] : undefined,
    suggestion: pledging && !pledgeDraft ? suggestedPledge(scenario!, state, p, inputs.acting!.id, inputs.programme) : undefined,
    failed,
  };
}
