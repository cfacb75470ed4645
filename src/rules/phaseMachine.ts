/**
 * The phases of a Planspiel year as an XState machine, and the one place for phase rules: which actions each phase
 * accepts, and what entering a phase does (its entry actions, which the game carries out). Time moves only by events.
 */
import { and, assign, initialTransition, not, setup, stateIn, transition, type SnapshotFrom } from 'xstate';
import type { ActionType, Phase, RejectionCode } from './types';

export interface PhaseContext {
  /** The first model year of the round in play. */
  year: number;
  /** The year the last round starts (gameLength.ts). */
  lastRound: number;
  /** Model years a round covers. */
  turnLength: number;
}

/** The rounds of a game as the machine needs them. */
export type Rounds = Omit<PhaseContext, 'year'>;

/** Every action is an event of the machine; it accepts an action where a transition takes it. */
export type PhaseEvent = { type: ActionType };

/** What entering a phase does; game.ts carries these out on the game state. */
export type PhaseEntry = 'openYear' | 'implement' | 'simulate';

const running = stateIn({ clock: 'running' });
// A transition that moves nothing still needs an action, or `can` calls it meaningless.
const ACCEPT = { actions: 'accept', guard: running } as const;
const step = (target: Phase) => ({ target, guard: running });
/** The facilitator may inject news and change the rule until the cards are decided. */
const TOOLS = { injectEvent: ACCEPT, rule: ACCEPT };
const VOTES = { support: ACCEPT, oppose: ACCEPT };

export const phaseMachine = setup({
  types: { context: {} as PhaseContext, events: {} as PhaseEvent, input: {} as PhaseContext },
  actions: {
    accept: () => {},
    openYear: () => {},
    implement: () => {},
    simulate: () => {},
  },
  guards: {
    lastRound: ({ context }) => context.year >= context.lastRound,
  },
}).createMachine({
  id: 'year',
  type: 'parallel',
  context: ({ input }) => input,
  // Seats change hands at any time, even paused or after the game: a role can always be taken over.
  on: { seat: { actions: 'accept' } },
  states: {
    flow: {
      initial: 'news',
      states: {
        news: { entry: 'openYear', on: { next: step('situation'), ...TOOLS } },
        situation: { on: { next: step('briefings'), ...TOOLS } },
        briefings: { on: { next: step('proposals'), ...TOOLS } },
        proposals: { on: { next: step('negotiation'), ...TOOLS, ...VOTES, table: ACCEPT, amend: ACCEPT, concept: ACCEPT } },
        negotiation: {
          on: {
            next: step('decision'),
            callDecision: step('decision'),
            lastMoves: ACCEPT,
            ...TOOLS,
            ...VOTES,
            amend: ACCEPT,
            pledge: ACCEPT,
            withdraw: ACCEPT,
            concept: ACCEPT,
          },
        },
        decision: { on: { next: step('implementation'), ...VOTES, dots: ACCEPT } },
        implementation: { entry: 'implement', on: { next: step('simulation') } },
        simulation: { entry: 'simulate', on: { next: step('review') } },
        review: {
          on: {
            next: [
              { target: 'debrief', guard: and(['lastRound', running]) },
              { ...step('news'), actions: assign({ year: ({ context }) => context.year + context.turnLength }) },
            ],
          },
        },
        debrief: { type: 'final' },
      },
    },
    clock: {
      initial: 'running',
      states: {
        // The debrief ends the game: there is nothing left to pause.
        running: { on: { pause: { target: 'paused', guard: not(stateIn({ flow: 'debrief' })) } } },
        paused: { on: { resume: 'running' } },
      },
    },
  },
});

export type PhaseSnapshot = SnapshotFrom<typeof phaseMachine>;

/** The plain, serialisable position in the game that the machine works on. */
export interface PhasePosition {
  phase: Phase;
  paused: boolean;
  year: number;
}

/** What an action does to the position: refused with a reason, or accepted with the new position and what entering it does. */
export type Step = { accepted: false; refusal: RejectionCode } | { accepted: true; to: PhasePosition; entries: readonly PhaseEntry[] };

function snapshotOf(position: PhasePosition, rounds: Rounds): PhaseSnapshot {
  return phaseMachine.resolveState({
    value: { flow: position.phase, clock: position.paused ? 'paused' : 'running' },
    context: { year: position.year, ...rounds },
  });
}

const ENTRIES: ReadonlySet<string> = new Set<PhaseEntry>(['openYear', 'implement', 'simulate']);

/** Why the machine does not take an action here, in the game's refusal codes. */
function refusal(position: PhasePosition, type: ActionType): RejectionCode {
  if (position.phase === 'debrief') return 'gameOver';
  if (type === 'resume') return 'notPaused';
  if (position.paused || type === 'pause') return 'paused';
  return 'wrongPhase';
}

/** The machine is a pure function of position and event, so each answer is worked out once (batch runs move thousands of times). */
const steps = new Map<string, Step>();

/** What an action of this type does at this position; the game asks this before anything else. */
export function phaseStep(position: PhasePosition, rounds: Rounds, type: ActionType): Step {
  const key = `${position.phase}|${position.paused}|${position.year}|${rounds.lastRound}|${rounds.turnLength}|${type}`;
  let found = steps.get(key);
  if (!found) {
    const before = snapshotOf(position, rounds);
    if (!before.can({ type })) {
      found = { accepted: false, refusal: refusal(position, type) };
    } else {
      const [next, actions] = transition(phaseMachine, before, { type });
      const value = next.value as { flow: Phase; clock: 'running' | 'paused' };
      const entries = actions.map((a) => a.type).filter((t): t is PhaseEntry => ENTRIES.has(t));
      found = { accepted: true, to: { phase: value.flow, paused: value.clock === 'paused', year: next.context.year }, entries };
    }
    steps.set(key, found);
  }
  return found;
}

/** Whether the phase takes an action of this type while the game runs (for the panels and the bots, which offer only what is allowed). */
export function phaseAccepts(phase: Phase, type: ActionType): boolean {
  // The year and the rounds do not change what a phase accepts, only where `next` leads from the review.
  return phaseStep({ phase, paused: false, year: 0 }, { lastRound: 1, turnLength: 1 }, type).accepted;
}

/** What entering the first phase of a game does. */
export function firstEntries(year: number, rounds: Rounds): PhaseEntry[] {
  const [, actions] = initialTransition(phaseMachine, { year, ...rounds });
  return actions.map((a) => a.type).filter((t): t is PhaseEntry => ENTRIES.has(t));
}
