/** The key decisions of a game, year by year: the cards passed by lead role, the cards that failed and why, the year's events, and where people took part. */
import { roundEnd } from '../../rules/gameLength';
import type { Proposal, Rejection, Verdict } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { entriesOfYear, type PlayedSession } from './decisionLog';

/** One proposal of a card: where, and the roles played by people that led, tabled or put something into it. */
export interface KeyPlace {
  proposal: string;
  district?: string;
  people: string[];
}

/** A card decided the same way in a year, with every place it was decided for. */
export interface KeyMeasure {
  measure: string;
  places: KeyPlace[];
  /** The roles played by people in any of its places, in the scenario's order. */
  people: string[];
}

/** Cards that failed for the same reason: the verdict, and the reason's code with the roles it names. */
export interface KeyFailure {
  verdict: Verdict;
  because?: Rejection;
  measures: KeyMeasure[];
}

/** A finished round: a year, or several when a round covers more (gameLength.ts). */
export interface KeyYear {
  year: number;
  /** The last model year the round covers. */
  until: number;
  /** Passed cards by their lead role, in the scenario's order of roles. */
  passed: { lead: string; measures: KeyMeasure[] }[];
  /** Failed cards by reason, in the order first tabled. */
  failed: KeyFailure[];
  events: string[];
}

export interface KeyCounts {
  passed: number;
  /** Passed proposals a role played by a person led, tabled or paid into. */
  passedWithPeople: number;
  /** Failed for want of money, staff or volunteers, or a package deal that fell through. */
  unfunded: number;
  /** Failed at the vote: no consent or majority, a veto, no dots, or others ranked higher. */
  rejected: number;
}

export interface KeyDecisions {
  years: KeyYear[];
  /** Roles a person played at some time in the game, in the scenario's order. */
  people: string[];
  counts: KeyCounts;
}

/** How many proposals some groups of cards hold. */
export function proposalCount(groups: readonly { measures: readonly KeyMeasure[] }[]): number {
  return groups.reduce((n, g) => n + g.measures.reduce((k, m) => k + m.places.length, 0), 0);
}

/** Roles played by a person at some time in a year: seated so at its start, or handed to a person during it. */
export function peopleInYear(live: PlayedSession, year: number): Set<string> {
  const seats = live.yearStarts.find((s) => s.year === year)?.state.seats ?? live.state.seats;
  const people = new Set(Object.keys(seats).filter((role) => seats[role]!.controller === 'human'));
  for (const { action } of entriesOfYear(live, year)) if (action.type === 'seat' && action.controller === 'human') people.add(action.role);
  return people;
}

/** Roles that led, tabled or put something into a proposal: what it paid once passed (roles that paid nothing are left out), else what was pledged. */
function involved(p: Proposal, lead: string): string[] {
  const payers = p.verdict === 'passed' ? Object.keys(p.paid ?? {}) : p.pledges.map((x) => x.role);
  return [lead, p.tabledBy, ...payers];
}

/** Roles in the scenario's order, each once. */
function inOrder(scenario: Scenario, roles: Iterable<string>): string[] {
  const set = new Set(roles);
  return scenario.roles.map((r) => r.id).filter((id) => set.has(id));
}

interface Decided {
  p: Proposal;
  lead: string;
  people: string[];
}

/** Proposals grouped by a key, then by card, each in the order first tabled. */
function cardsBy(scenario: Scenario, decided: readonly Decided[], keyOf: (d: Decided) => string): Map<string, KeyMeasure[]> {
  const groups = new Map<string, Map<string, KeyMeasure>>();
  for (const d of decided) {
    const { p, people } = d;
    const key = keyOf(d);
    const cards = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
    const card = cards.get(p.measure) ?? cards.set(p.measure, { measure: p.measure, places: [], people: [] }).get(p.measure)!;
    card.places.push({ proposal: p.id, ...(p.district && { district: p.district }), people });
    card.people = inOrder(scenario, [...card.people, ...people]);
  }
  return new Map([...groups].map(([key, cards]) => [key, [...cards.values()]]));
}

/** What a failure's short reason says: the verdict, the code and the roles it names, not the amounts missing. */
function shortReasonOf(p: Proposal): Pick<KeyFailure, 'verdict' | 'because'> {
  const roles = p.because?.params?.roles;
  return { verdict: p.verdict, ...(p.because && { because: { code: p.because.code, ...(roles !== undefined && { params: { roles } }) } }) };
}

/** The game's key decisions, one entry per finished round. */
export function keyDecisions(scenario: Scenario, live: PlayedSession): KeyDecisions {
  const everPeople = new Set<string>();
  const counts: KeyCounts = { passed: 0, passedWithPeople: 0, unfunded: 0, rejected: 0 };
  const years = live.state.history.map((record): KeyYear => {
    const people = peopleInYear(live, record.year);
    people.forEach((role) => everPeople.add(role));
    const decided = record.proposals.map((p): Decided => {
      const lead = scenario.measures.find((m) => m.id === p.measure)?.lead ?? p.tabledBy;
      return { p, lead, people: inOrder(scenario, involved(p, lead).filter((role) => people.has(role))) };
    });
    const passed = decided.filter(({ p }) => p.verdict === 'passed');
    const failed = decided.filter(({ p }) => p.verdict !== 'passed');
    counts.passed += passed.length;
    counts.passedWithPeople += passed.filter((x) => x.people.length > 0).length;
    counts.unfunded += failed.filter(({ p }) => p.verdict === 'unfunded').length;
    counts.rejected += failed.filter(({ p }) => p.verdict !== 'unfunded').length;
    const leads = cardsBy(scenario, passed, (d) => d.lead);
    const reasonOf = new Map(failed.map(({ p }) => [JSON.stringify(shortReasonOf(p)), shortReasonOf(p)]));
    const reasons = cardsBy(scenario, failed, (d) => JSON.stringify(shortReasonOf(d.p)));
    return {
      year: record.year,
      until: roundEnd(scenario, record.year),
      passed: inOrder(scenario, leads.keys()).map((lead) => ({ lead, measures: leads.get(lead)! })),
      failed: [...reasons].map(([reason, measures]) => ({ ...reasonOf.get(reason)!, measures })),
      events: [...record.events],
    };
  });
  return { years, people: inOrder(scenario, everPeople), counts };
}
