/** The decision log: every year's proposals with the computer roles' one-line reasons, read from the session log. */
import type { LiveSession } from '../../rules/session';
import type { Action, ActionType, LogEntry, Proposal } from '../../rules/types';

export interface LoggedReason {
  role: string;
  action: ActionType;
  /** Worded by reasonMessage when shown. */
  reason: NonNullable<LogEntry['reason']>;
}

export interface LoggedProposal {
  proposal: Proposal;
  reasons: LoggedReason[];
}

export interface LoggedYear {
  year: number;
  proposals: LoggedProposal[];
}

/** Reasons that explain a proposal's fate; dots and plain pledges are already told by the outcome and who paid. */
function tellsWhy(action: Action): boolean {
  if (action.type === 'dots') return false;
  if (action.type === 'pledge') return action.condition !== undefined;
  return true;
}

/** The proposal an entry is about: named by id, or for a tabling the card its role put on the table that year. */
function proposalOf(action: Action, proposals: readonly Proposal[]): Proposal | undefined {
  if (action.type === 'table') return proposals.find((p) => p.tabledBy === action.role && p.measure === action.measure && p.district === action.district);
  if ('proposal' in action) return proposals.find((p) => p.id === action.proposal);
  return undefined;
}

export type PlayedSession = Pick<LiveSession, 'session' | 'state' | 'yearStarts'>;

/** The accepted actions of one year, from its news to the next year's; none for a year the session did not start. */
export function entriesOfYear(live: PlayedSession, year: number): readonly LogEntry[] {
  const log = live.session.log;
  const start = live.yearStarts.find((s) => s.year === year);
  const end = live.yearStarts.find((s) => s.year > year)?.index ?? log.length;
  return start ? log.slice(start.index, end) : [];
}

/** One entry per finished year, each proposal with the reasons given for tabling, backing, opposing, amending or withdrawing it. */
export function decisionLog(live: PlayedSession): LoggedYear[] {
  return live.state.history.map((record) => {
    const reasons = new Map<string, LoggedReason[]>(record.proposals.map((p) => [p.id, []]));
    for (const entry of entriesOfYear(live, record.year)) {
      const { action, reason } = entry;
      if (!reason || !('role' in action) || !tellsWhy(action)) continue;
      const proposal = proposalOf(action, record.proposals);
      if (proposal) reasons.get(proposal.id)!.push({ role: action.role, action: action.type, reason });
    }
    return { year: record.year, proposals: record.proposals.map((p) => ({ proposal: p, reasons: reasons.get(p.id)! })) };
  });
}
