/**
 * What-if branches: a saved session that plays on from the start of an earlier round of another game remembers that
 * game and the round. The games of one family (the same scenario, seed and length) are listed and compared together.
 */
import type { LiveSession, Session } from '../../rules/session';
import type { Action, Seat } from '../../rules/types';

/** Where a branch came from: the saved session it was branched from and the first year of the round it plays again. */
export interface BranchOf {
  parent: string;
  year: number;
}

/** The family a session belongs to: games of one scenario file, seed and length can be compared year by year. */
export function familyKey(session: Pick<Session, 'scenario' | 'seed' | 'time'>): string {
  return JSON.stringify([session.scenario.id, session.scenario.hash, session.seed, session.time?.turns ?? 0, session.time?.turnLength ?? 0]);
}

export interface FamilyMember {
  id: string;
  family: string;
  startedAt: number;
  branch?: BranchOf;
}

/** A game of the family as the debrief lists it: numbered in the order the games began, with the number of its parent. */
export type Numbered<T> = T & { number: number; parentNumber?: number };

/** The games of the family of session `id`, the first begun first; empty when `id` is not among `sessions`. */
export function familyOf<T extends FamilyMember>(sessions: readonly T[], id: string): Numbered<T>[] {
  const own = sessions.find((s) => s.id === id);
  if (!own) return [];
  const members = sessions.filter((s) => s.family === own.family).sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  const numbers = new Map(members.map((s, i) => [s.id, i + 1]));
  return members.map((s) => {
    const parentNumber = s.branch && numbers.get(s.branch.parent);
    return { ...s, number: numbers.get(s.id)!, ...(parentNumber !== undefined && { parentNumber }) };
  });
}

/** The years a game can be played again from: the start of every round reached that has been played into. */
export function branchYears(live: Pick<LiveSession, 'session' | 'yearStarts'>): number[] {
  return live.yearStarts.filter((s) => s.index < live.session.log.length).map((s) => s.year);
}

/** The seat actions that give a branch the seats wanted (roles not named keep theirs). */
export function seatChanges(current: Readonly<Record<string, Seat>>, wanted: Readonly<Record<string, Seat>>): Action[] {
  return Object.entries(wanted).flatMap(([role, seat]): Action[] => {
    const now = current[role];
    if (!now) return [];
    if (now.controller === seat.controller && (seat.controller === 'human' || now.stance === seat.stance)) return [];
    return [seat.controller === 'bot' ? { type: 'seat', role, controller: 'bot', stance: seat.stance } : { type: 'seat', role, controller: 'human' }];
  });
}
