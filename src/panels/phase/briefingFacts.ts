/**
 * What only one role would know now, for its private briefing, worked out from the game state: its budget situation,
 * what this year's events mean for its objectives, and what others asked of it (cards on the table now, and last year's).
 */
import { accountsAfter, askOf, planOf, termsOf } from '../../bots/financing';
import { conceptCoverage } from '../../rules/concept';
import type { GameState, Proposal, Resources, Verdict } from '../../rules/types';
import type { EffectTarget, IndicatorId, LocalText, Scenario } from '../../scenario/schema';

const NONE: Resources = { money: 0, staffTime: 0, volunteerHours: 0 };
const add = (a: Resources, b: Resources): Resources => ({ money: a.money + b.money, staffTime: a.staffTime + b.staffTime, volunteerHours: a.volunteerHours + b.volunteerHours });
const pledgedBy = (p: Proposal, role: string): Resources => p.pledges.filter((x) => x.role === role).reduce<Resources>(add, NONE);

/**
 * Which indicators an effect pushes, and which way for a positive amount: district states are indicators of their
 * own; renovation raises the renovated share; demolition takes flats (and empty ones first, so vacancy falls); new
 * flats add to both; a more attractive district draws households (the rest of the city's pull takes them).
 */
export const EFFECT_INDICATORS: Record<EffectTarget, readonly [IndicatorId, 1 | -1][]> = {
  condition: [['condition', 1]],
  vandalism: [['vandalism', 1]],
  image: [['image', 1]],
  cohesion: [['cohesion', 1]],
  trust: [['trust', 1]],
  unemployment: [['unemployment', 1]],
  services: [['services', 1]],
  renovate: [['renovatedShare', 1]],
  demolish: [['flats', -1], ['vacancy', -1]],
  build: [['flats', 1], ['vacancy', 1]],
  attractiveness: [['population', 1], ['households', 1], ['vacancy', -1]],
  cityPull: [['population', -1], ['households', -1], ['vacancy', 1]],
  regionalUnemployment: [['unemployment', 1]],
};

/** An event's push on one of the role's objectives. */
export interface EventHit {
  indicator: IndicatorId;
  up: boolean;
  /** The push goes the way the role wants. */
  good: boolean;
}

export interface EventMeaning {
  event: string;
  title: LocalText;
  hits: EventHit[];
}

/** A card on the table that asks the role to pay or join. */
export interface AskNow {
  proposal: string;
  measure: string;
  by: string;
  /** What the card's plan asks of the role, given the programme money the card can expect. */
  ask: Resources;
  /** What the role has pledged on it so far. */
  pledged: Resources;
  /** The role is named among the partners (asked to join), not only in the financing split. */
  partner: boolean;
}

/** Last year's cards by others that asked the role to pay or join: how many passed, and what the role paid into them. */
export interface AsksLastYear {
  year: number;
  cards: number;
  passed: number;
  paid: Resources;
}

export interface BriefingFacts {
  budget: {
    /** The role's resources for a year. */
    year: Resources;
    /** What it has left to pledge now. */
    left: Resources;
    /** Pledged on cards still open. */
    pledged: Resources;
    /** Last year's spending, when there was a last year. */
    lastYear?: { year: number; spent: Resources };
  };
  events: EventMeaning[];
  /** This year's events that touch none of the role's objectives. */
  otherEvents: number;
  asked: AskNow[];
  askedLastYear?: AsksLastYear;
}

const asksRole = (p: Proposal, role: string) => p.tabledBy !== role && ((p.financing[role] ?? 0) > 0 || p.partners.includes(role));

/** What each of this year's events does to the role's objectives: the pushes on weighted indicators, once each. */
export function eventMeanings(scenario: Scenario, state: GameState, role: string): { meanings: EventMeaning[]; others: number } {
  const weights = scenario.roles.find((r) => r.id === role)?.objectives ?? {};
  const meanings: EventMeaning[] = [];
  let others = 0;
  for (const id of state.events) {
    const e = scenario.events.find((x) => x.id === id);
    if (!e) continue;
    const hits = new Map<IndicatorId, EventHit>();
    for (const effect of e.effects) {
      if (effect.amount === 0) continue;
      for (const [indicator, sign] of EFFECT_INDICATORS[effect.target]) {
        const w = weights[indicator] ?? 0;
        if (w === 0 || hits.has(indicator)) continue;
        const up = effect.amount * sign > 0;
        hits.set(indicator, { indicator, up, good: up === w > 0 });
      }
    }
    if (hits.size > 0) meanings.push({ event: e.id, title: e.title, hits: [...hits.values()] });
    else others++;
  }
  return { meanings, others };
}

/** Open cards by others that ask the role for a share or to join, with what each asks of it. */
export function asksNow(scenario: Scenario, state: GameState, role: string): AskNow[] {
  const open = state.proposals.filter((p) => p.verdict === 'open');
  if (!open.some((p) => asksRole(p, role))) return [];
  const { claims } = accountsAfter(scenario, state.proposals, conceptCoverage(scenario, state), state.year);
  return open
    .filter((p) => asksRole(p, role))
    .map((p) => ({
      proposal: p.id,
      measure: p.measure,
      by: p.tabledBy,
      ask: { ...askOf(planOf(scenario, termsOf(scenario, p), claims.get(p.id)), role) },
      pledged: pledgedBy(p, role),
      partner: p.partners.includes(role),
    }));
}

const PASSED: ReadonlySet<Verdict> = new Set(['passed']);

export function briefingFacts(scenario: Scenario, state: GameState, role: string): BriefingFacts {
  const r = scenario.roles.find((x) => x.id === role)!;
  const last = state.history.find((h) => h.year === state.year - 1);
  const open = state.proposals.filter((p) => p.verdict === 'open');
  const { meanings, others } = eventMeanings(scenario, state, role);
  const lastAsks = last?.proposals.filter((p) => asksRole(p, role)) ?? [];
  return {
    budget: {
      year: r.resources,
      left: state.budgets[role] ?? r.resources,
      pledged: open.map((p) => pledgedBy(p, role)).reduce(add, NONE),
      ...(last && { lastYear: { year: last.year, spent: last.spent[role] ?? NONE } }),
    },
    events: meanings,
    otherEvents: others,
    asked: asksNow(scenario, state, role),
    ...(last && {
      askedLastYear: {
        year: last.year,
        cards: lastAsks.length,
        passed: lastAsks.filter((p) => PASSED.has(p.verdict)).length,
        paid: lastAsks.map((p) => p.paid?.[role] ?? NONE).reduce(add, NONE),
      },
    }),
  };
}
