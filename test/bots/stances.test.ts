/** Stances play differently: the residents resist demolition, sectoral roles go it alone, cooperative roles build the concept and do better together. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { scores } from '../../src/rules/scoring';
import type { Stance } from '../../src/rules/types';
import { botGame, gruenau, proposalsOf } from './helpers';

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const meanShared = (stance: Stance) => SEEDS.reduce((sum, seed) => sum + scores(gruenau(), botGame(stance, seed).live.state).shared, 0) / SEEDS.length;

describe('stances', () => {
  it('the sceptical residents oppose every demolition on the table', () => {
    // Every role at its own stance, but the housing company pragmatic: a sectoral role tables only cards it can carry
    // out alone, and a demolition may need partners.
    const scenario = gruenau();
    const seats = defaultSeats(scenario);
    expect(seats.residents!.stance).toBe('sceptical');
    const lead = scenario.measures.find((m) => m.id === 'demolition')!.lead;
    seats[lead] = { controller: 'bot', stance: 'pragmatic' };
    const demolitions = playBotGame(scenario, 1, seats, { explain: false })
      .state.history.flatMap((y) => y.proposals)
      .filter((p) => p.measure === 'demolition');
    expect(demolitions.length).toBeGreaterThan(0);
    for (const p of demolitions) expect(p.oppose).toContain('residents');
  });

  it('sectoral roles pay only into proposals they tabled themselves', () => {
    const proposals = proposalsOf(botGame('sectoral', 1));
    expect(proposals.some((p) => p.pledges.length > 0)).toBe(true);
    for (const p of proposals) for (const x of p.pledges) expect(x.role).toBe(p.tabledBy);
  });

  it('sectoral roles never work on the action concept', () => {
    expect(botGame('sectoral', 1).live.session.log.filter((e) => e.action.type === 'concept')).toEqual([]);
  });

  it('cooperative roles work on the action concept, so programme money flows', () => {
    const { live } = botGame('cooperative', 1);
    expect(live.session.log.some((e) => e.action.type === 'concept')).toBe(true);
    const sozialeStadt = gruenau().programmes.find((g) => g.id === 'sozialeStadt')!;
    const funded = live.state.history.filter((y) => y.year >= sozialeStadt.from);
    expect(funded.every((y) => y.conceptCoverage + 1e-9 >= sozialeStadt.requires.actionConcept)).toBe(true);
    expect(funded.some((y) => (y.programmeMoney[sozialeStadt.id] ?? 0) > 0)).toBe(true);
  });

  it('cooperative roles pay into each other’s proposals', () => {
    const proposals = proposalsOf(botGame('cooperative', 1));
    expect(proposals.filter((p) => p.verdict === 'passed' && p.pledges.some((x) => x.role !== p.tabledBy)).length).toBeGreaterThan(50);
  });

  it('over ten seeds, cooperative play leaves the neighbourhood better off than sectoral play', () => {
    expect(meanShared('cooperative')).toBeGreaterThan(meanShared('sectoral') + 10);
  });
});
