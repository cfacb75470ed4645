import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { botGamesOnOneCore } from '../../src/cli/oneCore';
import { botSeats } from '../../src/cli/seats';
import { gruenau } from '../helpers/scenarios';

describe('bench: bot games on one core', () => {
  it('plays the games it is asked for in a child process and reports them', () => {
    const result = botGamesOnOneCore(2);
    expect(result).toBeDefined();
    expect(result!.games).toBe(2);
    // The games were really played: the child reports as many actions as the same games (seeds 0 and 1, every role at
    // its own stance) have when played here, and the computer roles did more than move the game on.
    const scenario = gruenau();
    const logs = [0, 1].map((seed) => playBotGame(scenario, seed, botSeats(scenario, 'mixed'), { explain: false }).session.log);
    expect(result!.actions).toBe(logs[0]!.length + logs[1]!.length);
    for (const log of logs) expect(log.filter((e) => e.action.type !== 'next').length).toBeGreaterThan(scenario.time.turns);
    expect(result!.seconds).toBeGreaterThan(0);
    expect(result!.heap).toBeGreaterThan(0);
    expect(result!.cpu).toMatch(/one CPU|one process/);
  }, 60_000);

  it('says why when the games cannot be run', () => {
    expect(botGamesOnOneCore(1, 'scenarios/no-such-file.yaml')).toBeUndefined();
  }, 60_000);
});
