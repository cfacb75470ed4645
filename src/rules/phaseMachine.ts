/** The phases of a Planspiel year as an XState machine; time moves only by events, never by delays. */
import { and, assign, not, setup, stateIn, transition, type SnapshotFrom } from 'xstate';
import type { Phase } from './types';

export interface PhaseContext {
  year: number;
  lastYear: number;
}

export type PhaseEvent = { type: 'NEXT' } | { type: 'PAUSE' } | { type: 'RESUME' };

const step = (target: Phase) => ({ target, guard: stateIn({ clock: 'running' }) });

export const phaseMachine = setup({
  types: { context: {} as PhaseContext, events: {} as PhaseEvent, input: {} as PhaseContext },
  guards: {
    lastYear: ({ context }) => context.year >= context.lastYear,
  },
}).createMachine({
  id: 'year',
  type: 'parallel',
  context: ({ input }) => input,
  states: {
    flow: {
      initial: 'news',
      states: {
        news: { on: { NEXT: step('situation') } },
        situation: { on: { NEXT: step('briefings') } },
        briefings: { on: { NEXT: step('proposals') } },
        proposals: { on: { NEXT: step('negotiation') } },
        negotiation: { on: { NEXT: step('decision') } },
        decision: { on: { NEXT: step('implementation') } },
        implementation: { on: { NEXT: step('simulation') } },
        simulation: { on: { NEXT: step('review') } },
        review: {
          on: {
            NEXT: [
              { target: 'debrief', guard: and(['lastYear', stateIn({ clock: 'running' })]) },
              { ...step('news'), actions: assign({ year: ({ context }) => context.year + 1 }) },
            ],
          },
        },
        debrief: { type: 'final' },
      },
    },
    clock: {
      initial: 'running',
      states: {
        // The debrief ends the game: there is nothing left to pause (the game refuses every action but seats).
        running: { on: { PAUSE: { target: 'paused', guard: not(stateIn({ flow: 'debrief' })) } } },
        paused: { on: { RESUME: 'running' } },
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

function snapshotOf(position: PhasePosition, lastYear: number): PhaseSnapshot {
  return phaseMachine.resolveState({
    value: { flow: position.phase, clock: position.paused ? 'paused' : 'running' },
    context: { year: position.year, lastYear },
  });
}

/** The machine is a pure function of position and event, so each answer is worked out once (batch runs move thousands of times). */
const positions = new Map<string, PhasePosition>();

/** Where an event leads from a position; the same position when the machine does not accept it. */
export function nextPosition(position: PhasePosition, lastYear: number, event: PhaseEvent): PhasePosition {
  const key = `${position.phase}|${position.paused}|${position.year}|${lastYear}|${event.type}`;
  let to = positions.get(key);
  if (!to) {
    const [next] = transition(phaseMachine, snapshotOf(position, lastYear), event);
    const value = next.value as { flow: Phase; clock: 'running' | 'paused' };
    positions.set(key, (to = { phase: value.flow, paused: value.clock === 'paused', year: next.context.year }));
  }
  return { ...to };
}

