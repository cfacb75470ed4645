/**
 * The "now:" line at the top of the phase panel: in one line, what the acting role can do now. What a role can do
 * comes from the phase machine (phaseAccepts), narrowed by the state (cards left to table, own cards to amend, dots
 * left, staff time for the concept); phases without role actions say what happens in them instead.
 */
import { lastRoundYear } from '../../rules/gameLength';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App } from '../../app/store';
import { phaseAccepts } from '../../rules/phaseMachine';
import type { GameState, Phase } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { actingRoleIn } from './actingRole';
import { humanSeats } from './briefings';
import { nowLabel, nowSentence } from './nowLine.texts';

/** One thing the acting role can do now. */
export type NowPart =
  | { kind: 'table'; left: number; max: number }
  | { kind: 'tableDone'; max: number }
  | { kind: 'amend' }
  | { kind: 'pledge' }
  | { kind: 'vote' }
  | { kind: 'dots'; left: number; of: number }
  | { kind: 'concept' };

/** What the panel says about this moment: the acting role's moves, and what the computer roles and the facilitator do. */
export interface NowFacts {
  phase: Phase;
  /** The human role at the keyboard; undefined when the computer plays every role. */
  role?: string;
  parts: NowPart[];
  /** Computer roles at the table, and the cards they have tabled this year. */
  computers: { count: number; tabled: number };
  /** The facilitator may still add an event from the deck. */
  inject: boolean;
  /** The review of the last year: Page Down leads to the debrief. */
  lastYear: boolean;
}

/** The acting role's moves in this phase: each action type the phase machine accepts, where the state leaves it something to do. */
function partsOf(scenario: Scenario, state: GameState, role: string): NowPart[] {
  const accepts = (type: Parameters<typeof phaseAccepts>[1]) => phaseAccepts(state.phase, type);
  const parts: NowPart[] = [];
  if (accepts('table')) {
    const max = scenario.decision.cardsPerRole;
    const left = max - state.proposals.filter((p) => p.tabledBy === role).length;
    parts.push(left > 0 ? { kind: 'table', left, max } : { kind: 'tableDone', max });
  }
  if (accepts('dots') && state.rule === 'dots') {
    const of = scenario.decision.dots;
    const used = Object.values(state.dots[role] ?? {}).reduce((a, b) => a + b, 0);
    parts.push({ kind: 'dots', left: of - used, of });
  }
  if (accepts('pledge')) parts.push({ kind: 'pledge' });
  if (accepts('support') || accepts('oppose')) parts.push({ kind: 'vote' });
  if (accepts('amend') && state.proposals.some((p) => p.tabledBy === role && p.verdict === 'open')) parts.push({ kind: 'amend' });
  const staff = scenario.roles.find((r) => r.id === role)?.resources.staffTime ?? 0;
  if (accepts('concept') && staff > 0) parts.push({ kind: 'concept' });
  return parts;
}

export function nowFacts(scenario: Scenario, state: GameState, acting: string | undefined): NowFacts {
  const humans = new Set(humanSeats(scenario, state).map((r) => r.id));
  const computers = scenario.roles.filter((r) => !humans.has(r.id)).map((r) => r.id);
  const tabled = state.proposals.filter((p) => p.year === state.year && computers.includes(p.tabledBy)).length;
  return {
    phase: state.phase,
    ...(acting !== undefined && { role: acting }),
    parts: acting === undefined ? [] : partsOf(scenario, state, acting),
    computers: { count: computers.length, tabled },
    inject: phaseAccepts(state.phase, 'injectEvent'),
    lastYear: state.year >= lastRoundYear(scenario),
  };
}

/** The line itself; drawn again only when what it says changes (a pledge or a vote leaves it alone). */
export const NowLine = memo('NowLine', ({ app }: { app: App }) => {
  const [label, sentence] = useSlice(app.store, (s): [string, string] | [] => {
    if (!s.scenario || !s.live) return [];
    const acting = actingRoleIn(s);
    const facts = nowFacts(s.scenario, s.live.state, acting?.id);
    return [nowLabel(facts.parts.length > 0 ? acting?.name[s.lang] : undefined, s.lang), nowSentence(facts, s.lang)];
  });
  if (label === undefined) return null;
  return el('p', { class: 'now-line', 'data-key': 'now-line' }, el('strong', {}, label), ' ', sentence);
});
