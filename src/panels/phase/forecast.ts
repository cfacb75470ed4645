/**
 * What implementation would decide if the vote were counted now: the rules' own pure step (implement) run on the
 * table as it stands, so the decision screen can say before the vote which cards lack money and how much, and what
 * programme money is really left.
 */
import { vote } from '../../rules/decisionRules';
import type { GameState, Rejection } from '../../rules/types';
import { implement } from '../../rules/yearEnd';
import type { Scenario } from '../../scenario/schema';

export interface Ballot {
  /** Why the card would not be carried out: the vote, or the money (settled in the order of the vote). */
  failed?: Rejection;
  /** Its place in the order of the vote, under dot voting. */
  place?: number;
}

export type Ballots = Map<string, Ballot>;

export interface ProgrammeLeft {
  id: string;
  budget: number;
  /** What the programme would have left once the cards that pass now got their share. */
  left: number;
}

export interface Forecast {
  ballots: Ballots;
  programmes: ProgrammeLeft[];
}

export function forecast(scenario: Scenario, state: GameState): Forecast {
  const ranked = vote(scenario, state, state.rule);
  const decided = new Map(implement(scenario, state).proposals.map((p) => [p.id, p]));
  const ballots: Ballots = new Map(
    ranked.map((b, i) => {
      const after = decided.get(b.proposal.id);
      const failed = b.failed ?? (after?.verdict === 'unfunded' ? after.because : undefined);
      return [b.proposal.id, { ...(failed && { failed }), ...(state.rule === 'dots' && { place: i + 1 }) }];
    }),
  );
  const open = scenario.programmes.filter((g) => g.budget > 0 && state.year >= g.from && (g.until === undefined || state.year <= g.until));
  const spent = (id: string) => ranked.reduce((sum, b) => sum + (decided.get(b.proposal.id)?.programme?.id === id ? decided.get(b.proposal.id)!.programme!.money : 0), 0);
  return { ballots, programmes: open.map((g) => ({ id: g.id, budget: g.budget, left: Math.max(0, g.budget - spent(g.id)) })) };
}
