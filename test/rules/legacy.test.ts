/** Session files of format 1, saved before the limits on measures and the pace of decisions, keep working. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSessionFile, sessionForScenario, sessionToJson, SESSION_VERSION } from '../../src/rules/saveFile';
import { replay, sessionStateHash } from '../../src/rules/session';
import { small, variant } from './helpers';

// Saved by `npm run play -- test/fixtures/small.yaml --seats bots --stance cooperative --seed 5 --save …` at commit 2eb3deb.
const FILE = readFileSync('test/fixtures/session-v1-small.json', 'utf8');

function opened(text = FILE, scenario = small()) {
  const parsed = parseSessionFile(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return { file: parsed.file, matched: sessionForScenario(parsed.file, scenario) };
}

describe('a session file of format 1', () => {
  it('replays to the final state it was saved with, under the rules it began with', () => {
    const { file, matched } = opened();
    expect(file.version).toBe(1);
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    expect(sessionStateHash(matched.scenario, replayed.live)).toBe(file.finalHash);
  });

  it('is saved again as format 1 with its own scenario hash, and opens again', () => {
    const { file, matched } = opened();
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    const again = JSON.parse(sessionToJson(replayed.live.session)) as { version: number; scenario: { hash: string } };
    expect(again.version).toBe(1);
    expect(again.scenario.hash).toBe(file.scenario.hash);
    expect(opened(sessionToJson(replayed.live.session)).matched.ok).toBe(true);
    expect(SESSION_VERSION).toBe(4);
  });

  it('is refused with a clear reason when its scenario has changed since', () => {
    const changed = variant(small(), (s) => ({ time: { ...s.time, turns: s.time.turns + 1 } }));
    const { matched } = opened(FILE, changed);
    expect(matched.ok).toBe(false);
    if (!matched.ok) expect(matched.problem.code).toBe('scenarioChanged');
  });

  it('does not open under today’s rules: they give another game', () => {
    const { file, matched } = opened();
    if (!matched.ok) throw new Error(matched.problem.code);
    const underNewRules = replay(small(), matched.session);
    const differs = !underNewRules.ok || sessionStateHash(small(), underNewRules.live) !== file.finalHash;
    expect(differs).toBe(true);
  });
});
