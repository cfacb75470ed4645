/**
 * The operator report (after Fishbanks' facilitator report): per round, who asked whom to pay into or join a card, how
 * each asked role answered and why, and what passed or failed and why. Read from the history and the session log.
 */
import { roundEnd } from '../../rules/gameLength';
import type { LogEntry, Proposal, ReasonCode } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { entriesOfYear, type PlayedSession } from './decisionLog';

/** How an asked role answered: paid what was asked, offered less, said no, or never answered. */
export type AnswerKind = 'yes' | 'counter' | 'no' | 'none';

export interface ReportAnswer {
  role: string;
  kind: AnswerKind;
  /** The share of the local cost asked of the role; 0 for a partner asked to join without a share. */
  share: number;
  /** The computer role's reason for its answer; none for a role played by a person. */
  reason?: NonNullable<LogEntry['reason']>;
}

/** A proposal of the round, with the roles its tabler asked and their answers (none when it asked no one). */
export interface ReportProposal {
  proposal: Proposal;
  asked: ReportAnswer[];
}

export interface ReportRound {
  year: number;
  /** The last model year the round covers. */
  until: number;
  proposals: ReportProposal[];
  counts: Record<AnswerKind, number>;
}

/** Reason codes that answer a request, by the answer they give. */
const ANSWERS: Partial<Record<ReasonCode, AnswerKind>> = {
  askedShare: 'yes',
  promise: 'yes',
  residentsShare: 'yes',
  answer: 'yes',
  offer: 'yes',
  backDeal: 'yes',
  counterPromise: 'counter',
  counterOffer: 'counter',
  declineAsk: 'no',
  declineBudget: 'no',
  declineDeal: 'no',
  opposeDemolition: 'no',
};

/** The answer a reason gives, if it is one; sentences of old sessions are not read. */
function answerOf(reason: LogEntry['reason']): AnswerKind | undefined {
  return reason && 'code' in reason ? ANSWERS[reason.code] : undefined;
}

/** The roles a proposal asked, in the scenario's order: those given a share of the cost, and partners asked to join. */
function askedRoles(scenario: Scenario, p: Proposal): string[] {
  const asked = new Set([...Object.keys(p.financing).filter((r) => (p.financing[r] ?? 0) > 0), ...p.partners]);
  asked.delete(p.tabledBy);
  return scenario.roles.map((r) => r.id).filter((r) => asked.has(r));
}

/**
 * A role's answer to one request: its last reason that answers it, else what it did (a pledge is a yes, opposition a
 * no; a partner asked only to join says yes by backing the card), else none. People give no reasons, so their answers are read from their moves.
 */
function answerTo(p: Proposal, role: string, share: number, entries: readonly LogEntry[]): Omit<ReportAnswer, 'share'> {
  const own = entries.filter(({ action }) => 'role' in action && action.role === role && 'proposal' in action && action.proposal === p.id);
  const answered = own.filter((e) => answerOf(e.reason) !== undefined).at(-1);
  if (answered) return { role, kind: answerOf(answered.reason)!, reason: answered.reason! };
  if (p.pledges.some((x) => x.role === role) || own.some((e) => e.action.type === 'pledge')) return { role, kind: 'yes' };
  if (p.oppose.includes(role)) return { role, kind: 'no' };
  // A partner asked only to join, not to pay, says yes by backing the card.
  const backed = own.filter((e) => e.action.type === 'support' || e.action.type === 'dots').at(-1);
  if (share === 0 && backed) return { role, kind: 'yes', ...(backed.reason && { reason: backed.reason }) };
  return { role, kind: 'none' };
}

/** One block per finished round: every proposal with the answers of the roles it asked, and the counts of answers. */
export function operatorReport(scenario: Scenario, live: PlayedSession): ReportRound[] {
  return live.state.history.map((record) => {
    const entries = entriesOfYear(live, record.year);
    const counts: Record<AnswerKind, number> = { yes: 0, counter: 0, no: 0, none: 0 };
    const proposals = record.proposals.map((proposal): ReportProposal => {
      const asked = askedRoles(scenario, proposal).map((role) => {
        const share = proposal.financing[role] ?? 0;
        return { ...answerTo(proposal, role, share, entries), share };
      });
      for (const a of asked) counts[a.kind] += 1;
      return { proposal, asked };
    });
    return { year: record.year, until: roundEnd(scenario, record.year), proposals, counts };
  });
}
