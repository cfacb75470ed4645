/** What one role may see: the public table and board, its own briefing and budget, no other role's secrets. */
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/rules/view';
import { gameAt, gruenau, play, pledge, toPhase } from './helpers';

const G = gruenau();

describe("a role's view", () => {
  const tabled = play(G, gameAt(G, 'proposals'), { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 });
  const state = play(G, toPhase(G, tabled, 'negotiation'), pledge('youth', 'p1', { money: 100_000 }));

  it("shows its own briefing, objectives and budget, and no other role's briefing, objectives, profile or stance", () => {
    const view = viewFor(G, state, 'city');
    expect(view.own.briefing).toEqual(G.roles.find((r) => r.id === 'city')!.briefing);
    // The city has pledged nothing yet: its budget is what the scenario gives it.
    const { money, staffTime, volunteerHours } = G.roles.find((r) => r.id === 'city')!.resources;
    expect(view.budget).toEqual({ money, staffTime, volunteerHours });
    for (const r of view.scenario.roles) {
      expect(Object.keys(r).sort()).toEqual(['colour', 'id', 'name', 'residents', 'resources']);
    }
    expect(JSON.stringify(view.scenario)).not.toContain(G.roles.find((r) => r.id === 'lwb')!.briefing.en);
  });

  it('shows the public table with every pledge', () => {
    expect(viewFor(G, state, 'lwb').proposals[0]!.pledges).toEqual([{ role: 'youth', money: 100_000, staffTime: 0, volunteerHours: 0 }]);
  });

  it('refuses a role that is not in the game', () => {
    expect(() => viewFor(G, state, 'mayor')).toThrow();
  });
});
