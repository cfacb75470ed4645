/** How each stance plays: what it weighs, whom it asks, what it pays for, what it backs. */
import type { Stance } from '../rules/types';

export interface StanceTraits {
  /** Weight of the shared neighbourhood score beside the role's own objectives. */
  commonGood: number;
  /** Share of money and staff time kept back from its own cards for partners' proposals and the concept. */
  reserve: number;
  /** Whom it asks to share the cards it tables: every partner on the card, only those it needs, nobody. */
  asks: 'all' | 'needed' | 'none';
  /** Whether it pays into proposals other roles tabled without being asked (closing their gaps); requests every stance answers. */
  cofinances: boolean;
  /** Concept work: always while programmes need it, when programme money is at stake for its wishes, never. */
  concept: 'always' | 'whenNeeded' | 'never';
  /** Whether it supports and dots other roles' proposals it values. */
  backsOthers: boolean;
  /** Whether it opposes other roles' proposals that compete with its own for programme money. */
  opposesRivals: boolean;
  /** Whether it offers and answers package deals (pledges that hold only if another proposal passes). */
  dealsPackages: boolean;
  /** Residents' scepticism: against cards that pull down flats, for participation and social cards. */
  residentsLeaning: boolean;
  /** Whether it raises resident participation on its cards where that pays. */
  raisesParticipation: boolean;
}

export const STANCE_TRAITS: Record<Stance, StanceTraits> = {
  cooperative: {
    commonGood: 1,
    reserve: 0.35,
    asks: 'all',
    cofinances: true,
    concept: 'always',
    backsOthers: true,
    opposesRivals: false,
    dealsPackages: true,
    residentsLeaning: false,
    raisesParticipation: true,
  },
  pragmatic: {
    commonGood: 0,
    reserve: 0.2,
    asks: 'needed',
    cofinances: true,
    concept: 'whenNeeded',
    backsOthers: true,
    opposesRivals: false,
    dealsPackages: true,
    residentsLeaning: false,
    raisesParticipation: false,
  },
  sectoral: {
    commonGood: 0,
    // A small reserve: a sectoral role answers requests only from what its own cards leave.
    reserve: 0.1,
    asks: 'none',
    cofinances: false,
    concept: 'never',
    backsOthers: false,
    opposesRivals: true,
    dealsPackages: false,
    residentsLeaning: false,
    raisesParticipation: false,
  },
  sceptical: {
    commonGood: 0.5,
    reserve: 0.3,
    asks: 'needed',
    cofinances: true,
    concept: 'never',
    backsOthers: true,
    opposesRivals: false,
    dealsPackages: false,
    residentsLeaning: true,
    raisesParticipation: true,
  },
};
