/** Computer roles play by the rules: their moves are accepted, explained in both languages and paid from what they have. */
import { describe, expect, it } from 'vitest';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { STANCES } from '../../src/rules/types';
import { botGame, gruenau, proposalsOf } from './helpers';

const STANCES_AND_MIXED = [...STANCES, 'mixed'] as const;

describe('computer roles at the table', () => {
  it.each(STANCES_AND_MIXED)('make moves the rules accept (%s)', (stance) => {
    const { live, refused } = botGame(stance, 1);
    const moves = live.session.log.filter((e) => e.action.type !== 'next').length;
    expect(moves).toBeGreaterThan(100);
    expect(refused.length).toBeLessThanOrEqual(moves * 0.02);
  });

  it.each(STANCES_AND_MIXED)('give every move a reason in German and English (%s)', (stance) => {
    const moves = botGame(stance, 1).live.session.log.filter((e) => e.action.type !== 'next');
    for (const { reason } of moves) {
      expect(reason).toBeDefined();
      expect(reasonMessage(reason!, 'de', gruenau()).trim()).toBeTruthy();
      expect(reasonMessage(reason!, 'en', gruenau()).trim()).toBeTruthy();
    }
  });

  it('name cards, districts and partners as the scenario does', () => {
    const tabled = botGame('cooperative', 1).live.session.log.find((e) => e.action.type === 'table' && e.action.district !== undefined)!;
    const action = tabled.action as Extract<typeof tabled.action, { type: 'table' }>;
    const scenario = gruenau();
    const card = scenario.measures.find((m) => m.id === action.measure)!;
    const district = scenario.districts.find((d) => d.id === action.district)!;
    expect(reasonMessage(tabled.reason!, 'en', scenario)).toContain(`${card.name.en} in ${district.name.en}`);
    expect(reasonMessage(tabled.reason!, 'de', scenario)).toContain(`${card.name.de} in ${district.name.de}`);
  });

  it.each(STANCES_AND_MIXED)('never pledge more than they have (%s)', (stance) => {
    const game = botGame(stance, 1);
    const short = game.refused.filter(({ rejection }) => ['notEnoughMoney', 'notEnoughStaff', 'notEnoughVolunteers'].includes(rejection.code));
    expect(short).toEqual([]);
    const scenario = gruenau();
    for (const year of game.live.state.history) {
      for (const role of scenario.roles) {
        const spent = year.spent[role.id]!;
        expect(spent.money).toBeLessThanOrEqual(role.resources.money + 1e-6);
        expect(spent.staffTime).toBeLessThanOrEqual(role.resources.staffTime + 1e-6);
        expect(spent.volunteerHours).toBeLessThanOrEqual(role.resources.volunteerHours + 1e-6);
      }
    }
  });

  it('get measures passed in every stance, even the sectoral one', () => {
    for (const stance of STANCES_AND_MIXED) expect(proposalsOf(botGame(stance, 1)).filter((p) => p.verdict === 'passed').length).toBeGreaterThan(14);
  });
});
