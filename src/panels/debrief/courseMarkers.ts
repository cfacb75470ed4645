/**
 * The marks on the course's time axis, round by round: the decisions people took part in (as the key decisions count
 * them), the events, and the seats handed between people and the computer; and how many roles the computer held.
 */
import { roundEnd } from '../../rules/gameLength';
import type { Proposal, Seat } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { entriesOfYear, type PlayedSession } from './decisionLog';
import { keyDecisions, peopleInYear } from './keyDecisions';

export type CourseMarker =
  /** A proposal people led, tabled or paid into, passed or failed. */
  | { kind: 'decision'; id: string; year: number; proposal: Proposal; lead: string; people: string[] }
  /** An event of a model year the round covers. */
  | { kind: 'event'; id: string; year: number; event: string }
  /** A seat handed over (or a computer role's stance changed) during the round. */
  | { kind: 'seat'; id: string; year: number; role: string; from: Seat; to: Seat };

export interface MarkedRound {
  year: number;
  /** The last model year the round covers. */
  until: number;
  /** Decisions in the order tabled, then events by year, then seat changes in the order made. */
  markers: CourseMarker[];
}

/** Events of the round's first year and of its further years, each with the model year it happened in. */
function eventMarkers(record: PlayedSession['state']['history'][number]): CourseMarker[] {
  const years = [{ year: record.year, events: record.events }, ...(record.later ?? [])];
  return years.flatMap(({ year, events }) => events.map((event, i): CourseMarker => ({ kind: 'event', id: `event:${year}:${i}:${event}`, year, event })));
}

/** The seat actions of the round that changed something, each with the seat before and after. */
function seatMarkers(live: PlayedSession, year: number): CourseMarker[] {
  const start = live.yearStarts.find((s) => s.year === year);
  if (!start) return [];
  const seats: Record<string, Seat> = { ...start.state.seats };
  return entriesOfYear(live, year).flatMap(({ action }, i): CourseMarker[] => {
    if (action.type !== 'seat') return [];
    const from = seats[action.role];
    if (!from) return [];
    const to: Seat = { controller: action.controller, stance: action.stance ?? from.stance };
    seats[action.role] = to;
    if (to.controller === from.controller && (to.controller === 'human' || to.stance === from.stance)) return [];
    return [{ kind: 'seat', id: `seat:${start.index + i}`, year, role: action.role, from, to }];
  });
}

const marked = new WeakMap<PlayedSession['state'], MarkedRound[]>();

/** One entry per finished round with its marks; a round without any is kept, so the axis shows every round. Worked out once per game. */
export function courseMarkers(scenario: Scenario, live: PlayedSession): MarkedRound[] {
  const known = marked.get(live.state);
  if (known) return known;
  const rounds = markRounds(scenario, live);
  marked.set(live.state, rounds);
  return rounds;
}

/**
 * The stretch of the charts' time axis a mark belongs to: from the start of its round (an event: of its year) to the
 * start of the next, as the charts draw the state at each round's start; undefined when no such mark.
 */
export function markedSpan(scenario: Scenario, live: PlayedSession, id: string | null): [number, number] | undefined {
  if (id === null) return undefined;
  const round = courseMarkers(scenario, live).find((r) => r.markers.some((m) => m.id === id));
  const marker = round?.markers.find((m) => m.id === id);
  if (!round || !marker) return undefined;
  return marker.kind === 'event' ? [marker.year, marker.year + 1] : [round.year, round.until + 1];
}

function markRounds(scenario: Scenario, live: PlayedSession): MarkedRound[] {
  const summary = keyDecisions(scenario, live);
  return live.state.history.map((record, i): MarkedRound => {
    // Who took part in each proposal, as the key decisions count it.
    const people = new Map([...summary.years[i]!.passed.flatMap((l) => l.measures), ...summary.years[i]!.failed.flatMap((f) => f.measures)].flatMap((m) => m.places.map((p) => [p.proposal, p.people])));
    const decisions = record.proposals.flatMap((proposal): CourseMarker[] => {
      const took = people.get(proposal.id) ?? [];
      if (took.length === 0) return [];
      const lead = scenario.measures.find((m) => m.id === proposal.measure)?.lead ?? proposal.tabledBy;
      return [{ kind: 'decision', id: `decision:${proposal.id}`, year: record.year, proposal, lead, people: took }];
    });
    return { year: record.year, until: roundEnd(scenario, record.year), markers: [...decisions, ...eventMarkers(record), ...seatMarkers(live, record.year)] };
  });
}

/** How many roles the computer held: those no person played in most of the finished rounds. */
export function computerRoles(scenario: Scenario, live: PlayedSession): { computer: number; roles: number } {
  const rounds = live.state.history.map((record) => peopleInYear(live, record.year));
  const computer = scenario.roles.filter((role) => rounds.filter((people) => !people.has(role.id)).length * 2 > rounds.length).length;
  return { computer, roles: scenario.roles.length };
}
