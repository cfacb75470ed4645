/** The Planspiel as data: seats, actions, proposals, pledges and the game state they produce. */
import type { ConceptComponent, LocalText } from '../scenario/schema';
import type { ModelState, Participation } from '../sim/state';

export const PHASES = [
  'news',
  'situation',
  'briefings',
  'proposals',
  'negotiation',
  'decision',
  'implementation',
  'simulation',
  'review',
  'debrief',
] as const;
export type Phase = (typeof PHASES)[number];

export const STANCES = ['cooperative', 'pragmatic', 'sectoral', 'sceptical'] as const;
export type Stance = (typeof STANCES)[number];
export type DecisionRule = 'consent' | 'majority' | 'dots';

export interface Seat {
  controller: 'human' | 'bot';
  stance: Stance;
}

export interface Resources {
  money: number;
  staffTime: number;
  volunteerHours: number;
}

/** Who acts: a role (by id) or the facilitator. */
export type Actor = string;
export const FACILITATOR = 'facilitator';

/** Every move in the game, as data. */
export type Action =
  | {
      type: 'table';
      role: string;
      measure: string;
      district?: string;
      scale: number;
      /** Proposed share of the local cost per role (shares sum to 1). */
      financing?: Record<string, number>;
      /** Roles asked to join. */
      partners?: string[];
      participation?: Participation;
    }
  | ({ type: 'pledge'; role: string; proposal: string; condition?: string } & Partial<Resources>)
  | { type: 'withdraw'; role: string; proposal: string }
  | { type: 'support'; role: string; proposal: string }
  | { type: 'oppose'; role: string; proposal: string }
  | { type: 'amend'; role: string; proposal: string; scale?: number; participation?: Participation; financing?: Record<string, number> }
  | { type: 'dots'; role: string; proposal: string; count: number }
  | { type: 'concept'; role: string; component: ConceptComponent; staffTime: number }
  | { type: 'next' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'callDecision' }
  /** The facilitator asks the computer roles for their last moves before negotiation ends (bots/autoplay.ts). */
  | { type: 'lastMoves' }
  | { type: 'injectEvent'; event: string }
  | { type: 'seat'; role: string; controller: Seat['controller']; stance?: Stance }
  | { type: 'rule'; rule: DecisionRule };

export type ActionType = Action['type'];

/** Why computer roles move: each code's sentence is worded when shown, in the language shown (bots/reasonMessages.ts). */
export const REASON_CODES = [
  'table',
  'ownShare',
  'askedShare',
  'residentsShare',
  'promise',
  'counterPromise',
  'counterOffer',
  'declineBudget',
  'declineAsk',
  'declineDeal',
  'backDeal',
  'offer',
  'answer',
  'topUp',
  'fillGap',
  'withdraw',
  'concept',
  'support',
  'supportResidents',
  'opposeDemolition',
  'opposeRival',
  'dots',
  'ownDots',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a computer role made a move: a stable code and the details its sentence needs (ids, amounts, whole percentages). */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

/** An accepted action as it stands in the session log. */
export interface LogEntry {
  action: Action;
  /** Why a computer role did it, shown beside the action; sessions saved before reasons were codes hold the sentences. */
  reason?: Reason | LocalText;
}

export interface Pledge extends Resources {
  role: string;
  /** A package deal: the pledge holds only if this other proposal passes. */
  condition?: string;
}

export type Verdict = 'open' | 'passed' | 'rejected' | 'unfunded';

export interface Proposal {
  id: string;
  year: number;
  tabledBy: string;
  measure: string;
  district?: string;
  scale: number;
  participation: Participation;
  financing: Record<string, number>;
  partners: string[];
  pledges: Pledge[];
  support: string[];
  oppose: string[];
  verdict: Verdict;
  /** What decided the verdict, as a reason code with its details. */
  because?: Rejection;
  /** Money from a funding programme, once implemented. */
  programme?: { id: string; money: number };
  /** What each role paid, once implemented. */
  paid?: Record<string, Resources>;
  /** Effect multiplier from the multi-goal bonus, once implemented. */
  effect?: number;
}

/** Why something was refused or failed: a stable code and the details a sentence needs. */
export interface Rejection {
  code: RejectionCode;
  params?: Record<string, string | number>;
}

export type RejectionCode =
  | 'gameOver'
  | 'paused'
  | 'notPaused'
  | 'wrongPhase'
  | 'unknownRole'
  | 'unknownMeasure'
  | 'unknownDistrict'
  | 'unknownProposal'
  | 'unknownEvent'
  | 'cardNotYetAvailable'
  | 'districtRequired'
  | 'districtNotAllowed'
  | 'scaleOutOfRange'
  | 'alreadyTabled'
  | 'alreadyRunning'
  | 'tablingLimit'
  | 'partnerNotOnCard'
  | 'financingInvalid'
  | 'notYourProposal'
  | 'proposalClosed'
  | 'emptyPledge'
  | 'negativeAmount'
  | 'notEnoughMoney'
  | 'notEnoughStaff'
  | 'notEnoughVolunteers'
  | 'conditionOnItself'
  | 'noPledge'
  | 'alreadyVoted'
  | 'withdrawFirst'
  | 'dotsNotInUse'
  | 'notEnoughDots'
  | 'ruleNotOffered'
  | 'eventAlreadyThisYear'
  | 'conceptStaffRequired'
  // Verdicts on proposals (not refused actions):
  | 'consentMissing'
  | 'vetoed'
  | 'majorityMissing'
  | 'noDots'
  | 'beyondCapacity'
  | 'fundingShort'
  | 'conditionFailed';

export type Result = { ok: true; state: GameState } | { ok: false; rejection: Rejection };

/** What happened in a finished round (a year, or several in a longer round), kept for scores, the debrief and batch runs. */
export interface YearRecord {
  year: number;
  proposals: Proposal[];
  events: string[];
  /** Money each role spent, and programme money by programme. */
  spent: Record<string, Resources>;
  programmeMoney: Record<string, number>;
  conceptCoverage: number;
  /** In a round of several years: the events of each further year, drawn as the model ran it. */
  later?: { year: number; events: string[] }[];
}

export interface ConceptState {
  /** Staff hours put into each component this year, by role. */
  effort: Partial<Record<ConceptComponent, Record<string, number>>>;
  /** Last year each component was covered. */
  covered: Partial<Record<ConceptComponent, number>>;
}

export interface GameState {
  scenario: string;
  seed: number;
  phase: Phase;
  paused: boolean;
  year: number;
  rule: DecisionRule;
  seats: Record<string, Seat>;
  model: ModelState;
  /** What each role has left to pledge this year. */
  budgets: Record<string, Resources>;
  proposals: Proposal[];
  proposalCount: number;
  /** This year's events: scheduled, drawn and injected. */
  events: string[];
  /** Dots placed this year: by role, then by proposal. */
  dots: Record<string, Record<string, number>>;
  concept: ConceptState;
  /** Credit for passed measures: as lead, and as a contributing partner. */
  credit: Record<string, { led: number; joined: number }>;
  history: YearRecord[];
}

/** What a role (rather than the facilitator) does at the table; seats are handed out by the facilitator. */
export type RoleActionType = Exclude<Extract<Action, { role: string }>['type'], 'seat'>;
// A Record, so the compiler insists on every role action once.
const ROLE_ACTION_SET: Record<RoleActionType, true> = { table: true, amend: true, pledge: true, withdraw: true, support: true, oppose: true, dots: true, concept: true };
export const ROLE_ACTION_TYPES = Object.keys(ROLE_ACTION_SET) as RoleActionType[];
