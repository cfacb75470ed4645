/**
 * Cheap copies for the reducers. States are copied on every action, so each copy is built field by field in the
 * order `newGame` gives them: all states then share one shape, which the engine copies and reads much faster than
 * spreads (`{ ...state, x }`) of objects that took different routes. A copy is changed only before it is handed out.
 */
import type { GameState, Proposal } from './types';

/** A fresh copy of the state with the same fields in the same order, for the caller to change before returning it. */
export function copyState(s: GameState): GameState {
  return {
    scenario: s.scenario,
    seed: s.seed,
    phase: s.phase,
    paused: s.paused,
    year: s.year,
    rule: s.rule,
    seats: s.seats,
    model: s.model,
    budgets: s.budgets,
    proposals: s.proposals,
    proposalCount: s.proposalCount,
    events: s.events,
    dots: s.dots,
    concept: s.concept,
    credit: s.credit,
    history: s.history,
  };
}

/** A fresh copy of a proposal with the same fields, in the order tabling and implementing give them, for the caller to change. */
export function copyProposal(p: Proposal): Proposal {
  // Two literals keep the optional district in its place without a spread.
  const copy: Proposal =
    'district' in p
      ? {
          id: p.id,
          year: p.year,
          tabledBy: p.tabledBy,
          measure: p.measure,
          district: p.district,
          scale: p.scale,
          participation: p.participation,
          financing: p.financing,
          partners: p.partners,
          pledges: p.pledges,
          support: p.support,
          oppose: p.oppose,
          verdict: p.verdict,
        }
      : {
          id: p.id,
          year: p.year,
          tabledBy: p.tabledBy,
          measure: p.measure,
          scale: p.scale,
          participation: p.participation,
          financing: p.financing,
          partners: p.partners,
          pledges: p.pledges,
          support: p.support,
          oppose: p.oppose,
          verdict: p.verdict,
        };
  // What implementing adds, kept exactly when it is there.
  if ('because' in p) copy.because = p.because;
  if ('programme' in p) copy.programme = p.programme;
  if ('paid' in p) copy.paid = p.paid;
  if ('effect' in p) copy.effect = p.effect;
  return copy;
}

/**
 * Every field of a state and of a proposal, optional ones included: the compiler insists on a new field here, and a
 * test checks that the copies above keep each one, so a field added to the types cannot silently vanish from copies.
 */
export const STATE_FIELDS = {
  scenario: true,
  seed: true,
  phase: true,
  paused: true,
  year: true,
  rule: true,
  seats: true,
  model: true,
  budgets: true,
  proposals: true,
  proposalCount: true,
  events: true,
  dots: true,
  concept: true,
  credit: true,
  history: true,
} satisfies Record<keyof GameState, true>;

export const PROPOSAL_FIELDS = {
  id: true,
  year: true,
  tabledBy: true,
  measure: true,
  district: true,
  scale: true,
  participation: true,
  financing: true,
  partners: true,
  pledges: true,
  support: true,
  oppose: true,
  verdict: true,
  because: true,
  programme: true,
  paid: true,
  effect: true,
} satisfies Record<keyof Proposal, true>;
