/** The end of a year: the vote is counted, money moves, measures start, and the model runs the year. */
import type { ConceptComponent, Scenario } from '../scenario/schema';
import type { Participation } from '../sim/state';
import { closeConceptYear, conceptCoverage } from './concept';
import { roundEnd } from './gameLength';
import { cardById } from '../scenario/catalogue';
import { copyProposal, copyState } from './copies';
import { backers, vote } from './decisionRules';
import { fileExplanation } from './explanations';
import { settleFunding, type Funding } from './funding';
import { modelDecisions } from './modelDecisions';
import { runRound } from './round';
import type { GameState, Proposal, Resources, YearRecord } from './types';

const zero = (): Resources => ({ money: 0, staffTime: 0, volunteerHours: 0 });

function add(a: Resources, b: Resources): Resources {
  return { money: a.money + b.money, staffTime: a.staffTime + b.staffTime, volunteerHours: a.volunteerHours + b.volunteerHours };
}

// a - b is a + (-b) in floating point, bit for bit.
function subtract(a: Resources, b: Resources): Resources {
  return { money: a.money - b.money, staffTime: a.staffTime - b.staffTime, volunteerHours: a.volunteerHours - b.volunteerHours };
}

/** Whether any role other than the lead pays into the project. */
function hasPartner(funding: Funding, lead: string): boolean {
  for (const role in funding.spend) if (role !== lead) return true;
  return false;
}

/** Multi-goal projects: a card serving several fields works better when partners beyond the lead pay into it. */
export function multiGoalEffect(scenario: Scenario, p: Proposal, funding: Funding): number {
  const m = cardById(scenario.measures, p.measure)!;
  if (m.fields.length < 2 || !hasPartner(funding, m.lead)) return 1;
  return 1 + scenario.parameters.multiGoalBonus * (Math.min(m.fields.length, 3) - 1);
}

const LEVELS: readonly Participation[] = ['none', 'inform', 'consult', 'codecide'];

/**
 * Participation needs participants: consulting or co-deciding happens only where the residents back the card (by
 * support, a pledge or a dot); without them it is carried out with information only.
 */
export function participationHeld(scenario: Scenario, state: Pick<GameState, 'dots'>, p: Proposal): Participation {
  const residents = scenario.roles.filter((r) => r.residents).map((r) => r.id);
  const backed = (r: string) => backers(p).has(r) || (state.dots[r]?.[p.id] ?? 0) > 0;
  if (!scenario.parameters.participationNeedsBacking || residents.length === 0 || residents.some(backed)) return p.participation;
  return LEVELS.indexOf(p.participation) > LEVELS.indexOf('inform') ? 'inform' : p.participation;
}

/** The proposal as it will be carried out: with the participation the residents' backing allows. */
function withParticipationHeld(scenario: Scenario, state: GameState, p: Proposal): Proposal {
  const level = participationHeld(scenario, state, p);
  if (level === p.participation) return p;
  const held = copyProposal(p);
  held.participation = level;
  return held;
}

/** Counts the vote under the game's rule, funds the winners, refunds what pledges did not spend, credits lead and partners. */
export function implement(scenario: Scenario, state: GameState): GameState {
  const ballots = vote(scenario, state, state.rule);
  // Money and staff time are settled for the participation that really happens.
  const held = new Map(ballots.filter((b) => !b.failed).map((b) => [b.proposal.id, withParticipationHeld(scenario, state, b.proposal)]));
  const winners = [...held.values()];
  const funding = new Map(settleFunding(scenario, winners, conceptCoverage(scenario, state), state.year).map((f) => [f.proposal, f]));
  const budgets = { ...state.budgets };
  const credit = { ...state.credit };
  const verdicts = new Map<string, Proposal>();
  for (const { proposal: p, failed } of ballots) {
    const f = funding.get(p.id);
    const passed = !failed && f?.funded === true;
    // Every pledge is released, then what was really spent is taken.
    for (const x of p.pledges) budgets[x.role] = add(budgets[x.role]!, x);
    if (passed) {
      for (const role in f.spend) budgets[role] = subtract(budgets[role]!, f.spend[role]!);
      const lead = cardById(scenario.measures, p.measure)!.lead;
      credit[lead] = { led: credit[lead]!.led + 1, joined: credit[lead]!.joined };
      for (const role in f.spend) if (role !== lead) credit[role] = { led: credit[role]!.led, joined: credit[role]!.joined + 1 };
    }
    const decided = copyProposal(p);
    decided.verdict = passed ? 'passed' : failed ? 'rejected' : 'unfunded';
    if (!passed) decided.because = failed ?? f?.because;
    else {
      if (f.programme) decided.programme = f.programme;
      decided.paid = f.spend;
      decided.effect = multiGoalEffect(scenario, p, f);
      decided.participation = held.get(p.id)!.participation;
    }
    verdicts.set(p.id, decided);
  }
  const next = copyState(state);
  next.budgets = budgets;
  next.credit = credit;
  next.proposals = state.proposals.map((p) => verdicts.get(p.id) ?? p);
  return next;
}

/** What each role spent this year: its renewed resources minus what is left. */
function spentThisYear(scenario: Scenario, state: GameState): Record<string, Resources> {
  return Object.fromEntries(
    scenario.roles.map((r) => {
      const left = state.budgets[r.id] ?? zero();
      return [r.id, { money: r.resources.money - left.money, staffTime: r.resources.staffTime - left.staffTime, volunteerHours: r.resources.volunteerHours - left.volunteerHours }];
    }),
  );
}

/**
 * Runs the round's model years with the passed measures and the year's events, and files the round in the history. With
 * explanations (the default) the round's causes are booked as it runs and kept beside the state (explanations.ts);
 * batch runs skip them, and the state is the same either way.
 */
export function simulate(scenario: Scenario, state: GameState, options: { explain?: boolean } = {}): GameState {
  const passed = state.proposals.filter((p) => p.verdict === 'passed');
  const result = runRound(scenario, state.model, { decisions: modelDecisions(scenario, state.proposals), events: state.events }, options);
  const programmeMoney: Record<string, number> = {};
  for (const p of passed) if (p.programme) programmeMoney[p.programme.id] = (programmeMoney[p.programme.id] ?? 0) + p.programme.money;
  const fromCards: ConceptComponent[] = passed.flatMap((p) => cardById(scenario.measures, p.measure)!.concept);
  const record: YearRecord = {
    year: state.year,
    proposals: state.proposals,
    events: state.events,
    spent: spentThisYear(scenario, state),
    programmeMoney,
    conceptCoverage: conceptCoverage(scenario, state),
    // Kept only for rounds of several years, so the records of one-year games (and their hashes) stay as they were.
    ...(result.later.length > 0 && { later: result.later }),
  };
  if (result.explanation) fileExplanation(record, result.explanation);
  const next = copyState(state);
  next.model = result.state;
  next.history = [...state.history, record];
  // A round's work covers the concept to the round's last year.
  next.concept = closeConceptYear(scenario, state.concept, roundEnd(scenario, state.year), fromCards);
  return next;
}
