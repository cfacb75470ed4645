/** Tabling cards: the role's own cards with the best value for its resources, scaled up while that pays, with partners as its stance asks. */
import type { Measure } from '../scenario/schema';
import { roomToRun } from '../rules/running';
import type { Resources } from '../rules/types';
import type { Participation } from '../sim/state';
import type { BotMove } from './bot';
import { coverageWith, conceptMoves, demandingProgramme, missingFor } from './conceptWork';
import type { BotContext } from './context';
import { accountsAfter, claimProgramme, cloneAccounts, type Accounts, type ProgrammeReach } from './financing';
import { fits, minus, plus } from './resources';
import { offerFor, type Offer } from './offers';
import { reasons } from './reasons';
import { motiveOf, placementOf, rejects, worth, type Worth } from './valuation';

const LEVELS: readonly Participation[] = ['none', 'inform', 'consult', 'codecide'];

/** An offer placed in a district, with what it is worth there. */
interface Candidate extends Offer {
  district?: string;
  worth: Worth;
}

/** The offer placed in a district, if it does the role any good there. */
function place(ctx: BotContext, offer: Offer | undefined, district: string | undefined): Candidate | undefined {
  if (!offer) return undefined;
  const w = worth(ctx, placementOf(ctx, offer.terms, district), 'lead');
  return w.goal > 0 ? { terms: offer.terms, plan: offer.plan, own: offer.own, cost: offer.cost, district, worth: w } : undefined;
}

/** Cards on the table, by card and place: a card is not tabled twice in one place. */
function busyPlaces(ctx: BotContext): Set<string> {
  const busy = new Set<string>();
  for (const p of ctx.view.proposals) if (p.verdict === 'open') busy.add(`${p.measure}|${p.district ?? ''}`);
  return busy;
}

/** Where a card may go this year. */
function placesFor(ctx: BotContext, m: Measure, busy: ReadonlySet<string>): (string | undefined)[] {
  const places = m.appliesTo === 'neighbourhood' ? [undefined] : (m.districts ?? ctx.scenario.districts.map((d) => d.id));
  // Where the card runs as often as it may, the rules would refuse it.
  return places.filter((d) => !busy.has(`${m.id}|${d ?? ''}`) && roomToRun(ctx.view.history, ctx.view.year, m, d));
}

/** Participation levels the role considers for a card: the card's own, and higher ones if its stance raises participation. */
function levelsFor(ctx: BotContext, m: Measure): Participation[] {
  return ctx.traits.raisesParticipation ? LEVELS.slice(LEVELS.indexOf(m.participation)) : [m.participation];
}

/** The cards this role could table: its own lead; a sectoral role only those it can carry out alone. */
function ownCards(ctx: BotContext): Measure[] {
  return ctx.scenario.measures.filter(
    (m) =>
      m.lead === ctx.role &&
      (m.from === undefined || ctx.view.year >= m.from) &&
      !rejects(ctx, m.id) &&
      (ctx.traits.asks !== 'none' || m.partners.required.length === 0),
  );
}

/** The item with the highest score. */
function best<T>(items: readonly (T | undefined)[], score: (t: T) => number): T | undefined {
  let top: T | undefined;
  for (const t of items) if (t && (!top || score(t) > score(top))) top = t;
  return top;
}

/** One step of the plan: a new card at its smallest scale, or one more unit of a chosen card. */
interface Step {
  m: Measure;
  district?: string;
  /** The chosen card it scales up, if any. */
  grows?: Candidate;
  jitter: number;
  /** When it was last valued; values go stale whenever the plan changes. */
  version: number;
  c?: Candidate;
  ratio: number;
}

/**
 * Cards by what they do for the role per share of its resources: each step either opens a new card (while the role
 * has cards to spare) or scales up a chosen one, whichever does more. Credit does not pick the card; it is why a
 * role leads cards at all rather than only paying into others'. Steps are valued lazily: only the best is checked
 * against what is left before it is taken, and valued afresh only if it no longer fits. Programme money is counted
 * within the reach (financing.ts).
 */
function chooseCards(ctx: BotContext, affordable: Resources, accounts: Accounts, coverage: number, limit: number, reach: ProgrammeReach = 'share', only?: Candidate): Candidate[] {
  const picks: Candidate[] = [];
  let left = affordable;
  let version = 0;
  const levels = new Map<string, Participation>();
  // Offers at the smallest scale hold for every place of a card until the plan changes.
  const offers = new Map<Measure, Partial<Record<Participation, Offer | undefined>>>();
  const opening = (m: Measure, level: Participation): Offer | undefined => {
    let byLevel = offers.get(m);
    if (!byLevel) offers.set(m, (byLevel = {}));
    // A card that cannot be offered at a level is remembered too, so it is not worked out again.
    if (!(level in byLevel)) byLevel[level] = offerFor(ctx, m, m.scale.min, level, left, accounts, coverage, reach);
    return byLevel[level];
  };
  const value = (st: Step) => {
    const g = st.grows;
    st.version = version;
    st.ratio = -Infinity;
    // What still fits, with its programme money still there, keeps its value: resources and programme room only shrink.
    if (st.c && holds(st.c, g ? plus(left, g.own) : left, g ? releasing(g, accounts) : accounts)) return void (st.ratio = ratioOf(st, st.c));
    if (!g) {
      // The participation level that pays best for a card is found once and used wherever the card goes.
      const known = levels.get(st.m.id);
      st.c = best((known ? [known] : levelsFor(ctx, st.m)).map((level) => place(ctx, opening(st.m, level), st.district)), (c) => c.worth.goal / Math.max(c.cost, 1e-6));
      if (st.c && !known) levels.set(st.m.id, st.c.terms.participation);
    } else {
      const next = g.terms.scale < st.m.scale.max ? place(ctx, offerFor(ctx, st.m, g.terms.scale + 1, g.terms.participation, plus(left, g.own), releasing(g, accounts), coverage, reach), st.district) : undefined;
      st.c = next && next.worth.goal > g.worth.goal ? next : undefined;
    }
    if (st.c) st.ratio = ratioOf(st, st.c);
  };
  // A little noise per place breaks ties between equal districts, so play varies from seed to seed.
  const busy = busyPlaces(ctx);
  const cards = only ? [only.terms.measure] : ownCards(ctx);
  const steps: Step[] = cards.flatMap((m) =>
    placesFor(ctx, m, busy)
      .filter((district) => !only || district === only.district)
      .map((district) => ({ m, district, jitter: only ? 1 : 1 + 0.02 * (ctx.rng.next() - 0.5), version: -1, ratio: 0 })),
  );
  for (const st of steps) value(st);
  for (;;) {
    let top: Step | undefined;
    for (const st of steps) if (st.ratio > -Infinity && (st.grows || picks.length < limit) && (!top || st.ratio > top.ratio)) top = st;
    if (!top) return picks;
    if (top.version !== version) {
      value(top);
      continue;
    }
    const c = top.c!;
    steps.splice(steps.indexOf(top), 1);
    if (top.grows) {
      const released = releasing(top.grows, accounts);
      left = minus(plus(left, top.grows.own), c.own);
      picks[picks.indexOf(top.grows)] = c;
      for (const [id, a] of released) accounts.set(id, a);
    } else {
      left = minus(left, c.own);
      picks.push(c);
    }
    claimProgramme(ctx.scenario, c.terms, coverage, ctx.view.year, accounts, reach);
    steps.push({ m: top.m, district: top.district, grows: c, jitter: 1, version: -1, ratio: Infinity });
    version++;
    offers.clear();
  }
}

/** How many cards the plan of a role that may table only one compares, to find the one that does most once scaled up. */
const WEIGHTIEST_OF = 3;

/**
 * The one card of a role that may table only one: of the cards it would open first, the one that does most for its
 * goals once scaled up as far as pays and fits (fewer, weightier decisions), rather than the best value at its smallest
 * size. Scaled up, it counts on the whole of a programme of its own (the `whole` reach): a card larger than the
 * programme's yearly room would otherwise be planned without it, paid in full by its payers, and the money left unused.
 */
function weightiest(ctx: BotContext, affordable: Resources, accounts: Accounts, coverage: number): Candidate[] {
  const shortlist = chooseCards(ctx, affordable, cloneAccounts(accounts), coverage, WEIGHTIEST_OF);
  let top: Candidate | undefined;
  for (const c of shortlist) {
    const grown = chooseCards(ctx, affordable, cloneAccounts(accounts), coverage, 1, 'whole', c)[0];
    if (grown && (!top || grown.worth.goal > top.worth.goal)) top = grown;
  }
  if (!top) return [];
  // The programme money the chosen card counts on is claimed, as chooseCards does for every pick.
  claimProgramme(ctx.scenario, top.terms, coverage, ctx.view.year, accounts);
  return [top];
}

/** What a step adds per share of the role's resources: a new card in full, a further unit by its difference. */
function ratioOf(st: Step, c: Candidate): number {
  const g = st.grows;
  return g ? (c.worth.goal - g.worth.goal) / Math.max(c.cost - g.cost, 1e-6) : (c.worth.goal / Math.max(c.cost, 1e-6)) * st.jitter;
}

/** Whether a candidate still fits what is left, and the programme money it counts on is still there. */
function holds(c: Candidate, left: Resources, accounts: Accounts): boolean {
  if (!fits(c.own, left)) return false;
  const g = c.plan.programme;
  if (!g) return true;
  const a = accounts.get(g.id)!;
  return a.left + 1e-6 >= g.money && (c.terms.measure.capital || a.nonCapitalLeft + 1e-6 >= g.money);
}

/** The accounts as if this pick had not claimed programme money (the same accounts if it claimed none). */
function releasing(p: Candidate, accounts: Accounts): Accounts {
  if (!p.plan.programme) return accounts;
  const released = cloneAccounts(accounts);
  const a = released.get(p.plan.programme.id)!;
  a.left += p.plan.programme.money;
  if (!p.terms.measure.capital) a.nonCapitalLeft += p.plan.programme.money;
  return released;
}

/** The role's moves in the proposals phase: concept work its stance calls for, then its cards. */
export function tablingMoves(ctx: BotContext): BotMove[] {
  const { view, traits } = ctx;
  const keep = 1 - traits.reserve;
  let affordable: Resources = { money: view.budget.money - moneyKeptBack(ctx), staffTime: view.budget.staffTime * keep, volunteerHours: view.budget.volunteerHours };
  const programme = demandingProgramme(ctx.scenario, view.year);
  const target = programme?.requires.actionConcept ?? 0;
  const moves: BotMove[] = [];
  if (traits.concept === 'always') moves.push(...conceptMoves(ctx, Math.min(2, missingFor(ctx, target)), affordable.staffTime));
  const conceptHours = moves.reduce((a, m) => a + (m.action.type === 'concept' ? m.action.staffTime : 0), 0);
  affordable = { ...affordable, staffTime: affordable.staffTime - conceptHours };
  // Roles that work on the concept plan as if programme money will flow; the others count on what is there.
  const coverage = traits.concept === 'never' ? coverageWith(ctx, moves.length) : Math.max(target, coverageWith(ctx, moves.length));
  const { accounts } = accountsAfter(ctx.scenario, view.proposals, coverage, view.year);
  const mine = view.proposals.filter((p) => p.tabledBy === ctx.role).length;
  const limit = cardsToTable(ctx) - mine;
  // Held back for people to one card, a role tables its weightiest; computer roles alone plan as they always have.
  const picks = limit === 1 && leavesRoomForPeople(ctx) ? weightiest(ctx, affordable, accounts, coverage) : chooseCards(ctx, affordable, accounts, coverage, limit);
  if (traits.concept === 'whenNeeded' && picks.some((p) => p.plan.programme && needsConcept(ctx, p.plan.programme.id))) {
    const missing = missingFor(ctx, target) - moves.length;
    moves.push(...conceptMoves(ctx, missing, view.budget.staffTime - conceptHours - picks.reduce((a, p) => a + p.own.staffTime, 0)));
  }
  for (const p of picks) {
    const t = p.terms;
    moves.push({
      action: { type: 'table', role: ctx.role, measure: t.measure.id, ...(p.district && { district: p.district }), scale: t.scale, financing: t.financing, partners: t.partners, participation: t.participation },
      reason: reasons.table({ measure: t.measure.id, district: p.district }, motiveOf(ctx, p.worth), t.financing[ctx.role] ?? 0, t.partners, p.plan.programme),
    });
  }
  return moves;
}

/** Share of the stance's reserve kept back every year, however little others asked the year before: people may ask this year. */
const RESERVE_FLOOR = 0.5;

/**
 * Money kept back from the role's own cards for what partners will ask: its stance's share in the first year, later
 * no more than a quarter above what it pledged to others' cards the year before, so money nobody asks for is not idle,
 * but never less than half its stance's share. What nobody asks for is released late in negotiation (closing gaps).
 */
function moneyKeptBack(ctx: BotContext): number {
  const { view, traits } = ctx;
  const share = view.budget.money * traits.reserve;
  const last = view.history.at(-1);
  if (!last || share <= 0) return share;
  let pledged = 0;
  for (const p of last.proposals) if (p.tabledBy !== ctx.role) for (const x of p.pledges) if (x.role === ctx.role) pledged += x.money;
  return Math.max(share * RESERVE_FLOOR, Math.min(share, pledged * 1.25));
}

/**
 * How many cards a computer role tables a year when people play: one, so the table stays theirs and a room can read
 * it (issue 11, workshop pace). In games of computer roles alone each tables up to the scenario's cap.
 */
export const BOT_CARDS_WITH_PEOPLE = 1;

/** The most cards the role tables this year: the scenario's cap, what its dots can back, and fewer when people play. */
function cardsToTable(ctx: BotContext): number {
  return Math.min(cardsPerYear(ctx), ctx.scenario.decision.cardsPerRole, leavesRoomForPeople(ctx) ? BOT_CARDS_WITH_PEOPLE : Infinity);
}

/** Whether people play and this role is the computer's: a role a person holds (a stand-in moving for it, as lab's --people does) tables as a person may. */
function leavesRoomForPeople(ctx: BotContext): boolean {
  const { people } = ctx.view;
  return people.length > 0 && !people.includes(ctx.role);
}

/** As many cards as the role can back with its own dots; a role that backs others keeps half its dots for them. */
function cardsPerYear(ctx: BotContext): number {
  const dots = ctx.scenario.decision.dots;
  return ctx.traits.backsOthers ? Math.ceil(dots / 2) : dots;
}

/** Whether a programme asks for more concept coverage than there is. */
function needsConcept(ctx: BotContext, programme: string): boolean {
  const g = ctx.scenario.programmes.find((x) => x.id === programme)!;
  return g.requires.actionConcept > ctx.view.concept.coverage + 1e-9;
}
