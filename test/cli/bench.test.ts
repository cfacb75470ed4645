import { describe, expect, it } from 'vitest';
import { botGamesOnOneCore } from '../../src/cli/oneCore';

describe('bench: bot games on one core', () => {
  it('plays the games it is asked for in a child process and reports them', () => {
    const result = botGamesOnOneCore(2);
    expect(result).toBeDefined();
    expect(result!.games).toBe(2);
    // A Grünau game with computer roles takes well over a thousand actions: the games were really played.
    expect(result!.actions).toBeGreaterThan(2000);
    expect(result!.seconds).toBeGreaterThan(0);
    expect(result!.heap).toBeGreaterThan(0);
    expect(result!.cpu).toMatch(/one CPU|one process/);
  }, 60_000);

  it('says why when the games cannot be run', () => {
    expect(botGamesOnOneCore(1, 'scenarios/no-such-file.yaml')).toBeUndefined();
  }, 60_000);
});
