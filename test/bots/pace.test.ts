/** Workshop pace (issue 11): computer roles leave the table to people, and do not table again on the facilitator's key. */
import { describe, expect, it } from 'vitest';
import { actWithBots, beginGame, playBotGame, playStandInGame } from '../../src/bots/autoplay';
import { BOT_CARDS_WITH_PEOPLE } from '../../src/bots/tabling';
import { defaultSeats } from '../../src/rules/game';
import { replay, stateHash, type LiveSession } from '../../src/rules/session';
import type { Action, Phase, Seat } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
import { bundledScenario } from '../helpers/scenarios';
import { gruenau } from './helpers';

const G = gruenau();

function seatsWithPeople(scenario: Scenario, people: string[], stance?: Seat['stance']): Record<string, Seat> {
  const seats = defaultSeats(scenario, 'bot', stance);
  for (const role of people) seats[role] = { ...seats[role]!, controller: 'human' };
  return seats;
}

function step(scenario: Scenario, live: LiveSession, action: Action): LiveSession {
  const next = actWithBots(scenario, live, action);
  if (!next.ok) throw new Error(next.rejection.code);
  return next.live;
}

function stepTo(scenario: Scenario, live: LiveSession, phase: Phase): LiveSession {
  while (live.state.phase !== phase) live = step(scenario, live, { type: 'next' });
  return live;
}

const cardsOf = (live: LiveSession, role: string) => live.state.proposals.filter((p) => p.tabledBy === role).length;

describe('computer roles when people play', () => {
  it.each([
    ['scenarios/gruenau.yaml', ['city', 'residents']],
    ['scenarios/leipziger-osten.yaml', ['city']],
    ['scenarios/tutorial.yaml', ['residents']],
  ])('%s: each computer role tables at most one card a year, every year', (file, people) => {
    const scenario = bundledScenario(file);
    for (const stance of ['cooperative', 'sectoral', undefined] as const) {
      let live = beginGame(scenario, 3, seatsWithPeople(scenario, people, stance));
      for (let year = 0; year < 3; year++) {
        live = stepTo(scenario, live, 'proposals');
        for (const role of scenario.roles) if (!people.includes(role.id)) expect(cardsOf(live, role.id)).toBeLessThanOrEqual(BOT_CARDS_WITH_PEOPLE);
        live = stepTo(scenario, live, 'review');
        for (const y of live.state.history.slice(-1)) {
          for (const role of scenario.roles) {
            if (!people.includes(role.id)) expect(y.proposals.filter((p) => p.tabledBy === role.id).length).toBeLessThanOrEqual(BOT_CARDS_WITH_PEOPLE);
          }
        }
      }
    }
  });

  it('leave a person the whole cap: the city may still table two cards', () => {
    let live = stepTo(G, beginGame(G, 1, seatsWithPeople(G, ['city'])), 'proposals');
    live = step(G, live, { type: 'table', role: 'city', measure: 'interimGreen', district: 'wk3', scale: 1 });
    live = step(G, live, { type: 'table', role: 'city', measure: 'interimGreen', district: 'wk2', scale: 1 });
    expect(cardsOf(live, 'city')).toBe(2);
  });

  it('in games of computer roles alone, table up to the scenario’s cap', () => {
    const live = stepTo(G, beginGame(G, 1, defaultSeats(G, 'bot', 'cooperative')), 'negotiation');
    expect(Math.max(...G.roles.map((r) => cardsOf(live, r.id)))).toBe(G.decision.cardsPerRole);
  });
});

describe('the facilitator’s Page Down', () => {
  it.each([
    ['people at the table', ['city', 'residents']],
    ['computer roles alone', []],
  ])('with %s, brings no second batch of cards: the table is set when proposals open', (_name, people) => {
    let live = stepTo(G, beginGame(G, 5, seatsWithPeople(G, people)), 'proposals');
    const opened = live.state.proposals.map((p) => p.id);
    expect(opened.length).toBeGreaterThan(0);
    // Page Down ends proposals and negotiation (its first press there asks for the last moves), and the decision: the bots' last looks add no card.
    for (const phase of ['negotiation', 'decision', 'implementation'] as const) {
      live = step(G, live, { type: 'next' });
      if (phase === 'decision' && people.length > 0) live = step(G, live, { type: 'next' });
      expect(live.state.phase).toBe(phase);
      expect(live.state.proposals.map((p) => p.id)).toEqual(opened);
    }
    expect(live.session.log.filter((e) => e.action.type === 'table')).toHaveLength(opened.length);
  });
});

describe('lab’s stand-ins for people', () => {
  it('play the game the browser plays with people: the session replays to the same state, with no reasons on the people’s moves', () => {
    const seats = seatsWithPeople(G, ['city', 'residents'], 'cooperative');
    const live = playStandInGame(G, 1, seats, ['city', 'residents'], { explain: false });
    expect(live.state.phase).toBe('debrief');
    const replayed = replay(G, live.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    expect(stateHash(replayed.live.state)).toBe(stateHash(live.state));
    const peoplesMoves = live.session.log.filter((e) => 'role' in e.action && (e.action.role === 'city' || e.action.role === 'residents'));
    expect(peoplesMoves.length).toBeGreaterThan(0);
    expect(peoplesMoves.every((e) => e.reason === undefined)).toBe(true);
    for (const y of live.state.history) for (const role of ['lwb', 'cooperatives', 'youth', 'jobs']) expect(y.proposals.filter((p) => p.tabledBy === role).length).toBeLessThanOrEqual(1);
  });

  it('with nobody standing in, are the all-bot game', () => {
    const seats = defaultSeats(G, 'bot', 'pragmatic');
    expect(stateHash(playStandInGame(G, 2, seats, [], { explain: false }).state)).toBe(stateHash(playBotGame(G, 2, seats, { explain: false }).state));
  });
});
