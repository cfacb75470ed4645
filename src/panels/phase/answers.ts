/** The computer roles' answers on each proposal: log entries with a reason, matched to the proposal they concern. */
import type { ActionType, LogEntry } from '../../rules/types';

export interface Answer {
  role: string;
  type: ActionType;
  /** Worded by reasonMessage when shown. */
  reason: NonNullable<LogEntry['reason']>;
}

/**
 * Answers by proposal id. Actions that name a proposal belong to it; a `table` entry created the proposal
 * numbered by the count of table entries so far (ids are p1, p2, … over the whole game, and the log holds accepted actions only).
 */
export function answersByProposal(log: readonly LogEntry[]): Map<string, Answer[]> {
  const answers = new Map<string, Answer[]>();
  let tabled = 0;
  for (const { action, reason } of log) {
    const proposal = action.type === 'table' ? `p${++tabled}` : 'proposal' in action ? action.proposal : undefined;
    if (!proposal || !reason || !('role' in action)) continue;
    const list = answers.get(proposal) ?? [];
    list.push({ role: action.role, type: action.type, reason });
    answers.set(proposal, list);
  }
  return answers;
}

/** Answers that concern no proposal, such as work on the action concept. */
export function otherAnswers(log: readonly LogEntry[], from: number): Answer[] {
  return log
    .slice(from)
    .flatMap(({ action, reason }) => (reason && 'role' in action && action.type === 'concept' ? [{ role: action.role, type: action.type, reason }] : []));
}
