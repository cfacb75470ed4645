/** The end of a year: the vote is counted, money moves, measures start, and the model runs the year. */
import type { ConceptComponent, Scenario } from '../scenario/schema';
import type { Decision } from '../sim/interventions';
import { advanceYear } from '../sim/step';
import { closeConceptYear, conceptCoverage } from './concept';
import { vote } from './decisionRules';
import { settleFunding, type Funding } from './funding';
import type { GameState, Proposal, Resources } from './types';

const zero = (): Resources => ({ money: 0, staffTime: 0, volunteerHours: 0 });

function add(a: Resources, b: Resources): Resources {
  return { money: a.money + b.money, staffTime: a.staffTime + b.staffTime, volunteerHours: a.volunteerHours + b.volunteerHours };
}

/** Multi-goal projects: a card serving several fields works better when partners beyond the lead pay into it. */
export function multiGoalEffect(scenario: Scenario, p: Proposal, funding: Funding): number {
  const m = scenario.measures.find((x) => x.id === p.measure)!;
  const partners = Object.keys(funding.spend).filter((r) => r !== m.lead);
  if (m.fields.length < 2 || partners.length === 0) return 1;
  return 1 + scenario.parameters.multiGoalBonus * (Math.min(m.fields.length, 3) - 1);
}

/** Counts the vote under the game's rule, funds the winners, refunds what pledges did not spend, credits lead and partners. */
export function implement(scenario: Scenario, state: GameState): GameState {
  const ballots = vote(scenario, state, state.rule);
  const winners = ballots.filter((b) => !b.failed).map((b) => b.proposal);
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
      for (const [role, s] of Object.entries(f.spend)) budgets[role] = add(budgets[role]!, { money: -s.money, staffTime: -s.staffTime, volunteerHours: -s.volunteerHours });
      const lead = scenario.measures.find((m) => m.id === p.measure)!.lead;
      credit[lead] = { ...credit[lead]!, led: credit[lead]!.led + 1 };
      for (const role of Object.keys(f.spend)) if (role !== lead) credit[role] = { ...credit[role]!, joined: credit[role]!.joined + 1 };
    }
    verdicts.set(p.id, {
      ...p,
      verdict: passed ? 'passed' : failed ? 'rejected' : 'unfunded',
      ...(!passed && { because: failed ?? f?.because }),
      ...(passed && f.programme && { programme: f.programme }),
      ...(passed && { paid: f.spend }),
      ...(passed && { effect: multiGoalEffect(scenario, p, f) }),
    });
  }
  return { ...state, budgets, credit, proposals: state.proposals.map((p) => verdicts.get(p.id) ?? p) };
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

/** Runs the model year with the passed measures and the year's events, and files the year in the history; batch runs may skip the explanations. */
export function simulate(scenario: Scenario, state: GameState, options: { explain?: boolean } = {}): GameState {
  const residents = scenario.roles.filter((r) => r.residents).map((r) => r.id);
  const passed = state.proposals.filter((p) => p.verdict === 'passed');
  const decisions: Decision[] = passed.map((p) => ({
    measure: p.measure,
    ...(p.district && { district: p.district }),
    scale: p.scale,
    participation: p.participation,
    effect: p.effect ?? 1,
    againstResidents: p.oppose.some((r) => residents.includes(r)),
  }));
  const result = advanceYear(scenario, state.model, { decisions, events: state.events }, options);
  const programmeMoney: Record<string, number> = {};
  for (const p of passed) if (p.programme) programmeMoney[p.programme.id] = (programmeMoney[p.programme.id] ?? 0) + p.programme.money;
  const fromCards: ConceptComponent[] = passed.flatMap((p) => scenario.measures.find((m) => m.id === p.measure)!.concept);
  return {
    ...state,
    model: result.state,
    review: result.explanation,
    history: [
      ...state.history,
      {
        year: state.year,
        proposals: state.proposals,
        events: state.events,
        spent: spentThisYear(scenario, state),
        programmeMoney,
        conceptCoverage: conceptCoverage(scenario, state),
      },
    ],
    concept: closeConceptYear(scenario, state.concept, state.year, fromCards),
  };
}
