/** The decision rules a scenario may use: consent with vetoes, a qualified majority, dot voting. */
import type { Measure, Scenario } from '../scenario/schema';
import { cardById } from '../scenario/catalogue';
import type { DecisionRule, GameState, Proposal, Rejection } from './types';

/** A role backs a proposal when it supports it or has pledged to it. */
export function backers(p: Proposal): Set<string> {
  return new Set([...p.support, ...p.pledges.map((x) => x.role)]);
}

/** Whether a role backs a proposal, without building the set of all backers. */
function backs(p: Proposal, role: string): boolean {
  return p.support.includes(role) || p.pledges.some((x) => x.role === role);
}

/** Roles whose consent a card needs: its lead and its required partners. */
export function neededConsent(m: Measure): string[] {
  return [m.lead, ...m.partners.required];
}

function consent(p: Proposal, m: Measure): Rejection | undefined {
  const vetoes = neededConsent(m).filter((r) => p.oppose.includes(r));
  if (vetoes.length > 0) return { code: 'vetoed', params: { roles: vetoes.join(', ') } };
  const missing = neededConsent(m).filter((r) => !backs(p, r));
  if (missing.length > 0) return { code: 'consentMissing', params: { roles: missing.join(', ') } };
  return undefined;
}

function majority(p: Proposal, roles: number, needed: number): Rejection | undefined {
  const share = roles > 0 ? [...backers(p)].filter((r) => !p.oppose.includes(r)).length / roles : 0;
  return share + 1e-9 >= needed ? undefined : { code: 'majorityMissing', params: { share: Math.round(share * 100), needed: Math.round(needed * 100) } };
}

/** Dots each proposal received. */
export function dotsFor(state: Pick<GameState, 'dots'>, proposal: string): number {
  let sum = 0;
  for (const role in state.dots) sum += state.dots[role]![proposal] ?? 0;
  return sum;
}

/** Dots of every proposal, in one pass over the placed dots (looking each proposal up in every role's dots is slow). */
function dotTotals(state: Pick<GameState, 'dots'>): Map<string, number> {
  const totals = new Map<string, number>();
  // Role by role, as dotsFor adds them; roles without dots on a proposal would only add zero.
  for (const role in state.dots) {
    const byProposal = state.dots[role]!;
    for (const id in byProposal) totals.set(id, (totals.get(id) ?? 0) + (byProposal[id] ?? 0));
  }
  return totals;
}

/**
 * The proposals in the order their funding is settled, each with the reason it fails the vote, if it does.
 * Under dot voting the order is the ranking by dots; otherwise the order they were tabled.
 */
export function vote(scenario: Scenario, state: GameState, rule: DecisionRule): { proposal: Proposal; failed?: Rejection }[] {
  const open = state.proposals.filter((p) => p.verdict === 'open');
  const measure = (p: Proposal) => cardById(scenario.measures, p.measure)!;
  // Nobody carries out a card against its lead: under every rule the lead's opposition is a veto.
  const leadVeto = (p: Proposal): Rejection | undefined =>
    p.oppose.includes(measure(p).lead) ? { code: 'vetoed', params: { roles: measure(p).lead } } : undefined;
  if (rule === 'dots') {
    const totals = dotTotals(state);
    const dots = new Map(open.map((p) => [p.id, totals.get(p.id) ?? 0]));
    const ranked = [...open].sort((a, b) => dots.get(b.id)! - dots.get(a.id)!);
    return withinCapacity(scenario, ranked.map((p) => ({ proposal: p, failed: leadVeto(p) ?? (dots.get(p.id)! > 0 ? undefined : { code: 'noDots' }) })));
  }
  const verdicts = open.map((p) => ({
    proposal: p,
    failed: rule === 'consent' ? consent(p, measure(p)) : (leadVeto(p) ?? majority(p, scenario.roles.length, scenario.decision.majority)),
  }));
  // Without dots, the cards with most supporters come first for the places there are (a stable sort keeps tabling order).
  const ranked = scenario.decision.maxPassed === undefined ? verdicts : [...verdicts].sort((a, b) => b.proposal.support.length - a.proposal.support.length);
  return withinCapacity(scenario, ranked);
}

/** Fails the winners beyond the scenario's limit of cards started in a year, in ranking order. */
function withinCapacity<T extends { proposal: Proposal; failed?: Rejection }>(scenario: Scenario, ranked: T[]): T[] {
  const max = scenario.decision.maxPassed;
  if (max === undefined) return ranked;
  let winners = 0;
  return ranked.map((v) => (v.failed || ++winners <= max ? v : { ...v, failed: { code: 'beyondCapacity', params: { max } } }));
}
