/** The decision screen's forecast: what implementation would decide now, with the money a card lacks and the programme money left. */
import { describe, expect, it } from 'vitest';
import { beginGame } from '../../src/bots/autoplay';
import { forecast } from '../../src/panels/phase/forecast';
import { defaultSeats } from '../../src/rules/game';
import { implement } from '../../src/rules/yearEnd';
import { driven, gruenau } from '../bots/helpers';

describe('forecast', () => {
  it('says what implementation will decide, how much money a card lacks, and what each programme keeps', () => {
    const scenario = gruenau();
    const game = driven(scenario, beginGame(scenario, 3, { ...defaultSeats(scenario, 'bot'), city: { controller: 'human', stance: 'pragmatic' } }));
    game.to('proposals');
    game.go({ type: 'table', role: 'city', measure: 'safetyPartnership', district: 'wk8', scale: 1, financing: { city: 1 } });
    const id = game.live.state.proposals.at(-1)!.id;
    game.to('decision');
    game.go({ type: 'dots', role: 'city', proposal: id, count: 1 });
    const { live } = game;
    // Without the pledges the computer roles made for it, the card lacks money (the state is plain data).
    const state = { ...live.state, proposals: live.state.proposals.map((p) => (p.id === id ? { ...p, pledges: [] } : p)) };

    const seen = forecast(scenario, state);
    const after = implement(scenario, state);
    for (const p of after.proposals.filter((x) => x.year === state.year)) {
      const ballot = seen.ballots.get(p.id)!;
      // The same verdict implementation reaches, for every card.
      expect(ballot.failed === undefined, p.id).toBe(p.verdict === 'passed');
      if (p.verdict === 'unfunded') expect(ballot.failed).toEqual(p.because);
    }
    expect(seen.ballots.get(id)!.failed).toMatchObject({ code: 'fundingShort', params: { money: expect.any(Number) } });
    for (const g of seen.programmes) {
      const spent = after.proposals.filter((p) => p.programme?.id === g.id && p.year === state.year).reduce((a, p) => a + p.programme!.money, 0);
      expect(g.left).toBeCloseTo(Math.max(0, g.budget - spent));
    }
  });
});
