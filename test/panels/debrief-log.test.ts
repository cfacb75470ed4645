import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { defaultSeats } from '../../src/rules/game';
import { decisionLog } from '../../src/panels/debrief/decisionLog';
import { small } from '../rules/helpers';

describe('debrief decision log', () => {
  const scenario = small();
  const live = playBotGame(scenario, 4, defaultSeats(scenario));
  const log = decisionLog(live);

  it('has every finished year with all its proposals', () => {
    expect(log.map((y) => y.year)).toEqual(live.state.history.map((h) => h.year));
    expect(log.flatMap((y) => y.proposals.map((p) => p.proposal))).toEqual(live.state.history.flatMap((h) => h.proposals));
  });

  it("gives each tabled proposal its author's reason, and only reasons about that proposal", () => {
    const entries = log.flatMap((y) => y.proposals);
    expect(entries.length).toBeGreaterThan(0);
    for (const { proposal, reasons } of entries) {
      const tabling = reasons.filter((r) => r.action === 'table');
      expect(tabling).toHaveLength(1);
      expect(tabling[0]!.role).toBe(proposal.tabledBy);
      expect(reasons.every((r) => reasonMessage(r.reason, 'de', scenario).length > 0 && reasonMessage(r.reason, 'en', scenario).length > 0)).toBe(true);
      expect(reasons.some((r) => r.action === 'dots')).toBe(false);
    }
  });

  it('takes the reasons of backing and opposing from the session log', () => {
    const said = live.session.log.filter((e) => (e.action.type === 'support' || e.action.type === 'oppose') && e.reason);
    const shown = log.flatMap((y) => y.proposals.flatMap((p) => p.reasons.filter((r) => r.action === 'support' || r.action === 'oppose')));
    expect(shown).toHaveLength(said.length);
  });
});
