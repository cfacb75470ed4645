/** Participation needs participants: consultation and co-decision hold only where the residents back the card. */
import { describe, expect, it } from 'vitest';
import type { Action, GameState } from '../../src/rules/types';
import { gameAt, gruenau, implemented, play, pledge, toPhase } from './helpers';

const G = gruenau();
const card = G.measures.find((m) => m.id === 'courtyards')!;
const cost = card.cost;
// Co-decision takes more staff time than the card states.
const staffTime = card.staffTime * G.parameters.participationStaff.codecide;

/** Grünau under dot voting: the city tables courtyards in WK 8 with co-decision, pays for them and gives them a dot; then `extra`. */
function codecidedCourtyards(...extra: Action[]): GameState {
  const tabled = play(G, gameAt(G, 'proposals'), {
    type: 'table',
    role: 'city',
    measure: 'courtyards',
    district: 'wk8',
    scale: 1,
    participation: 'codecide',
    financing: { city: 1 },
  });
  const paid = play(G, toPhase(G, tabled, 'negotiation'), pledge('city', 'p1', { money: Math.min(cost, G.roles.find((r) => r.id === 'city')!.resources.money), staffTime }));
  const topUp = cost - Math.min(cost, G.roles.find((r) => r.id === 'city')!.resources.money);
  const funded = topUp > 0 ? play(G, paid, pledge('lwb', 'p1', { money: topUp })) : paid;
  return play(G, toPhase(G, funded, 'decision'), { type: 'dots', role: 'city', proposal: 'p1', count: 1 }, ...extra);
}

describe('participation needs participants', () => {
  it('a co-decided card the residents do not back is carried out with information only', () => {
    const { decided } = implemented(G, codecidedCourtyards());
    expect(decided.p1!.because).toBeUndefined();
    expect(decided.p1!.verdict).toBe('passed');
    expect(decided.p1!.participation).toBe('inform');
  });

  it('charges the staff time of the participation that really happens', () => {
    const { state } = implemented(G, codecidedCourtyards());
    const spent = toPhase(G, state, 'review').history[0]!.spent.city!;
    expect(spent.staffTime).toBeCloseTo(card.staffTime * G.parameters.participationStaff.inform, 9);
  });

  it('keeps co-decision where the residents back the card with a dot', () => {
    const { decided } = implemented(G, codecidedCourtyards({ type: 'dots', role: 'residents', proposal: 'p1', count: 1 }));
    expect(decided.p1!.verdict).toBe('passed');
    expect(decided.p1!.participation).toBe('codecide');
  });

  it('keeps co-decision where the residents support the card', () => {
    const { decided } = implemented(G, codecidedCourtyards({ type: 'support', role: 'residents', proposal: 'p1' }));
    expect(decided.p1!.participation).toBe('codecide');
  });
});
