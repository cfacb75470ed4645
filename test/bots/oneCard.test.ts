/** The one card a computer role tables when people play: the weightiest, with the programme money it can count on. */
import { describe, expect, it } from 'vitest';
import { botMoves } from '../../src/bots/bot';
import { botCache } from '../../src/bots/cache';
import { accountsAfter, askOf, planOf, programmeFor, termsOf } from '../../src/bots/financing';
import { defaultSeats, newGame } from '../../src/rules/game';
import { programmeAccounts } from '../../src/rules/funding';
import type { Action, GameState, Proposal, Stance } from '../../src/rules/types';
import { viewFor } from '../../src/rules/view';
import { CONCEPT_COMPONENTS, type Measure } from '../../src/scenario/schema';
import { Rng, seedRng } from '../../src/sim/rng';
import { gruenau } from './helpers';

const G = gruenau();
const card = (id: string): Measure => G.measures.find((m) => m.id === id)!;
const rueckbau = G.programmes.find((g) => g.id === 'stadtumbauDemolition')!;
const wholeGrant = { id: rueckbau.id, money: rueckbau.budget };

/** Grünau at the proposals of 2004 with the action concept complete, people in the city's and residents' seats, the computer's at one stance. */
function withPeople(stance: Stance): GameState {
  const seats = defaultSeats(G, 'bot', stance);
  for (const role of ['city', 'residents']) seats[role] = { ...seats[role]!, controller: 'human' };
  const covered = Object.fromEntries(CONCEPT_COMPONENTS.map((c) => [c, 2003]));
  return { ...newGame(G, 1, seats), year: 2004, phase: 'proposals', concept: { effort: {}, covered } };
}

/** The card the housing company tables there, as the proposal the rules put on the table. */
function housingCompanysCard(stance: Stance): Proposal {
  const state = withPeople(stance);
  const moves = botMoves(viewFor(G, state, 'lwb'), stance, new Rng(seedRng(1)), botCache());
  const tabled = moves.map((m) => m.action).filter((a): a is Extract<Action, { type: 'table' }> => a.type === 'table');
  expect(tabled).toHaveLength(1);
  const a = tabled[0]!;
  const m = card(a.measure);
  return { id: 'p1', year: state.year, tabledBy: 'lwb', measure: m.id, ...(a.district && { district: a.district }), scale: a.scale, participation: a.participation ?? m.participation, financing: a.financing!, partners: a.partners!, pledges: [], support: ['lwb'], oppose: [], verdict: 'open' };
}

/** The programme money the table reads for the card, and what it leaves the housing company to pay. */
function onTheTable(p: Proposal) {
  const programme = accountsAfter(G, [p], 1, p.year).claims.get(p.id);
  return { programme, own: askOf(planOf(G, termsOf(G, p), programme), 'lwb').money, withoutProgramme: askOf(planOf(G, termsOf(G, p), undefined), 'lwb').money };
}

describe('the one card of a computer role when people play', () => {
  it('a card larger than a programme only its lead can draw on counts on all of it; a programme others can draw on, only with room for its full share', () => {
    const accounts = programmeAccounts(G);
    const demolition = card('demolition');
    // 600 flats cost €5.4 m: the Rückbau grant's 60 % would be €3.24 m, more than its €3 m a year.
    expect(programmeFor(G, demolition, demolition.cost * 3, 1, 1, 2004, accounts)).toBeUndefined();
    expect(programmeFor(G, demolition, demolition.cost * 3, 1, 1, 2004, accounts, 'whole')).toEqual(wholeGrant);
    // Upgrading money is open to the cooperatives' and the city's cards too: nobody plans on what another card may take first.
    const renovation = card('partialRenovation');
    expect(programmeFor(G, renovation, renovation.cost * 4, 1, 1, 2004, accounts, 'whole')).toBeUndefined();
  });

  it('a cooperative housing company tables the demolition the Rückbau grant helps pay for, not a renovation without programme money', () => {
    const p = housingCompanysCard('cooperative');
    expect([p.measure, p.scale]).toEqual(['demolition', 3]);
    const { programme, own, withoutProgramme } = onTheTable(p);
    expect(programme).toEqual(wholeGrant);
    expect(own).toBeCloseTo((p.financing.lwb ?? 0) * (card('demolition').cost * 3 - rueckbau.budget), 0);
    expect(own).toBeLessThan(withoutProgramme / 2);
  });

  it('a pragmatic one pulls down 600 flats instead of 400: the grant it counts on pays for the third 200', () => {
    const p = housingCompanysCard('pragmatic');
    expect([p.measure, p.scale]).toEqual(['demolition', 3]);
    expect(onTheTable(p).programme).toEqual(wholeGrant);
  });

  it('a second card on the programme sees it drawn on, and counts on nothing', () => {
    const first = housingCompanysCard('cooperative');
    const second = { ...first, id: 'p2', district: first.district === 'wk7' ? 'wk8' : 'wk7' };
    expect(accountsAfter(G, [first, second], 1, first.year).claims.get(second.id)).toBeUndefined();
  });
});
