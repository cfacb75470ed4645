/** Model-based tests: every transition of the phase machine, walked by a real game. */
import { describe, expect, it } from 'vitest';
import type { AnyTransitionDefinition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getStateNodes, serializeSnapshot } from 'xstate/graph';
import { applyAction, newGame } from '../../src/rules/game';
import { lastRoundYear } from '../../src/rules/gameLength';
import { phaseAccepts, phaseMachine, type PhaseEvent, type PhaseSnapshot } from '../../src/rules/phaseMachine';
import type { Action, GameState, RejectionCode } from '../../src/rules/types';
import { small, variant } from './helpers';

// Two years are enough to pass through every phase, the turn of the year and the debrief.
const scenario = variant(small(), (s) => ({ time: { ...s.time, turns: 2 } }));
const input = { year: scenario.time.startYear, lastRound: lastRoundYear(scenario), turnLength: scenario.time.turnLength };
// Actions that need no card on the table, so each can be tried at any point of a game; the role actions with a card are alike in phase.
const ACTION: Partial<Record<PhaseEvent['type'], Action>> = {
  next: { type: 'next' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  callDecision: { type: 'callDecision' },
  injectEvent: { type: 'injectEvent', event: 'fire' },
  rule: { type: 'rule', rule: 'majority' },
  seat: { type: 'seat', role: 'city', controller: 'human' },
  concept: { type: 'concept', role: 'city', component: 'steering', staffTime: 10 },
  table: { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 },
};
const EVENTS = Object.keys(ACTION).map((type) => ({ type }) as PhaseEvent);

type Position = { phase: string; paused: boolean; year: number };
const positionOf = (s: PhaseSnapshot): Position => {
  const value = s.value as { flow: string; clock: string };
  return { phase: value.flow, paused: value.clock === 'paused', year: s.context.year };
};
const gamePosition = (g: GameState): Position => ({ phase: g.phase, paused: g.paused, year: g.year });
const label = (p: Position) => `${p.phase} ${p.year}${p.paused ? ' (paused)' : ''}`;

/** A transition as the machine defines it: source node, event, which candidate, target. */
function transitionKey(t: AnyTransitionDefinition): string {
  const candidates = t.source.transitions.get(t.eventType) ?? [];
  return `${t.source.id} ${t.eventType}#${candidates.indexOf(t)} → ${(t.target ?? []).map((n) => n.id).join(',')}`;
}

/** Every transition written in the machine definition for the walked events, read from its state nodes. */
const walked = (t: AnyTransitionDefinition) => t.eventType in ACTION;
const defined = new Set(
  [phaseMachine.root, ...getStateNodes(phaseMachine)].flatMap((node) => [...node.transitions.values()].flat().filter(walked).map(transitionKey)),
);

/** The reason the game should give for an event the machine does not take. */
function expectedRefusal(before: PhaseSnapshot, event: PhaseEvent): RejectionCode {
  const p = positionOf(before);
  if (p.phase === 'debrief') return 'gameOver';
  if (event.type === 'resume') return 'notPaused';
  return p.paused || event.type === 'pause' ? 'paused' : 'wrongPhase';
}

interface Edge {
  from: PhaseSnapshot;
  event: PhaseEvent;
  to: PhaseSnapshot;
}

// One test path per edge of the machine's state graph: the shortest way to its source, then the edge.
const adjacency = getAdjacencyMap(phaseMachine, { events: EVENTS, input });
const shortest = new Map(getShortestPaths(phaseMachine, { events: EVENTS, input }).map((p) => [serializeSnapshot(p.state), p]));
const edges: Edge[] = Object.values(adjacency).flatMap((v) =>
  (Object.values(v.transitions) as { event: PhaseEvent; state: PhaseSnapshot }[]).map((t) => ({ from: v.state, event: t.event, to: t.state })),
);
const paths = edges.map((edge) => {
  const head = shortest.get(serializeSnapshot(edge.from));
  if (!head) throw new Error(`no path to ${label(positionOf(edge.from))}`);
  // The first step of a shortest path is the machine's start.
  const [start, ...steps] = head.steps;
  return { edge, start: start!.state, steps: [...steps, { event: edge.event, state: edge.to }] };
});

describe('the phase machine', () => {
  it('has a state graph with every phase of both years, paused and running', () => {
    const positions = new Set(Object.values(adjacency).map((v) => label(positionOf(v.state))));
    for (const year of [input.year, input.lastRound]) {
      for (const phase of ['news', 'situation', 'briefings', 'proposals', 'negotiation', 'decision', 'implementation', 'simulation', 'review']) {
        expect(positions).toContain(`${phase} ${year}`);
        expect(positions).toContain(`${phase} ${year} (paused)`);
      }
    }
    expect(positions).toContain(`debrief ${input.lastRound}`);
  });

  it('has its transitions all covered by the generated test paths', () => {
    const covered = new Set<string>();
    for (const path of paths) {
      let before = path.start;
      for (const step of path.steps) {
        for (const t of phaseMachine.getTransitionData(before, step.event)) covered.add(transitionKey(t));
        before = step.state;
      }
    }
    expect(defined.size).toBeGreaterThan(0);
    expect([...covered].sort()).toEqual([...defined].sort());
  });
});

describe.each(paths.map((p) => ({ ...p, name: `${label(positionOf(p.edge.from))} --${p.edge.event.type}--> ${label(positionOf(p.edge.to))}` })))(
  'a game follows the machine along $name',
  ({ start, steps }) => {
    it('stands where the machine stands after every step, and refuses what the machine ignores', () => {
      let game = newGame(scenario, 7);
      expect(gamePosition(game)).toEqual(positionOf(start));
      let before = start;
      let simulated = 0;
      for (const step of steps) {
        const result = applyAction(scenario, game, ACTION[step.event.type]!);
        const moved = serializeSnapshot(step.state) !== serializeSnapshot(before);
        if (before.can(step.event)) {
          expect(result.ok, `${label(positionOf(before))} ${step.event.type}`).toBe(true);
          if (result.ok) game = result.state;
        } else {
          expect(result.ok, `${label(positionOf(before))} ${step.event.type}`).toBe(false);
          if (!result.ok) expect(result.rejection.code).toBe(expectedRefusal(before, step.event));
        }
        if (moved && positionOf(step.state).phase === 'simulation' && positionOf(before).phase !== 'simulation') simulated++;
        expect(gamePosition(game)).toEqual(positionOf(step.state));
        // Entering the simulation files the year; nothing else does.
        expect(game.history.length).toBe(simulated);
        before = step.state;
      }
    });
  },
);

describe('the card actions', () => {
  const CARD_ACTIONS: Action[] = [
    { type: 'amend', role: 'city', proposal: 'p1', scale: 1 },
    { type: 'pledge', role: 'city', proposal: 'p1', money: 1000 },
    { type: 'withdraw', role: 'city', proposal: 'p1' },
    { type: 'support', role: 'housingCompany', proposal: 'p1' },
    { type: 'oppose', role: 'housingCompany', proposal: 'p1' },
    { type: 'dots', role: 'city', proposal: 'p1', count: 1 },
  ];
  // A game walked through one year, with a card tabled in the proposals phase.
  const positions: GameState[] = [];
  let game = newGame(scenario, 7);
  while (game.phase !== 'news' || positions.length === 0) {
    positions.push(game);
    if (game.phase === 'proposals') {
      const tabled = applyAction(scenario, game, ACTION.table!);
      if (tabled.ok) game = tabled.state;
      positions[positions.length - 1] = game;
    }
    const next = applyAction(scenario, game, { type: 'next' });
    if (!next.ok) throw new Error(next.rejection.code);
    game = next.state;
  }

  it.each(positions.map((g) => ({ phase: g.phase, game: g })))('are refused as out of phase in $phase exactly where the machine takes none', ({ phase, game }) => {
    for (const action of CARD_ACTIONS) {
      const result = applyAction(scenario, game, action);
      const outOfPhase = !result.ok && result.rejection.code === 'wrongPhase';
      expect(outOfPhase, `${action.type} in ${phase}`).toBe(!phaseAccepts(phase, action.type));
    }
  });
});
