/** Sessions saved before reasons were codes still open, verify and show their computer roles' reasons as they were saved. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { decisionLog } from '../../src/panels/debrief/decisionLog';
import { answersByProposal, otherAnswers } from '../../src/panels/phase/answers';
import { defaultSeats } from '../../src/rules/game';
import { parseSessionFile, sessionForScenario, sessionToJson, SESSION_VERSION } from '../../src/rules/saveFile';
import { replay, sessionStateHash, stateHash, type LiveSession } from '../../src/rules/session';
import type { LogEntry } from '../../src/rules/types';
import type { LocalText } from '../../src/scenario/schema';
import { small } from '../rules/helpers';

/** Opens a session file's text against the small scenario and replays it; fails the test with the problem. */
function opened(text: string) {
  const parsed = parseSessionFile(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  const matched = sessionForScenario(parsed.file, small());
  if (!matched.ok) throw new Error(matched.problem.code);
  const replayed = replay(matched.scenario, matched.session);
  if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
  return { file: parsed.file, scenario: matched.scenario, live: replayed.live };
}

/** Every reason the panels show for a session, as a person reads it: beside proposals, for concept work, in the debrief. */
function shown(live: LiveSession, lang: 'de' | 'en'): string[] {
  const s = small();
  const say = (r: NonNullable<LogEntry['reason']>) => reasonMessage(r, lang, s);
  return [
    ...[...answersByProposal(live.session.log).values()].flat().map((a) => say(a.reason)),
    ...otherAnswers(live.session.log, 0).map((a) => say(a.reason)),
    ...decisionLog(live).flatMap((y) => y.proposals.flatMap((p) => p.reasons.map((r) => say(r.reason)))),
  ];
}

/** The sentences a file saved, as the file holds them. */
function savedSentences(text: string, lang: 'de' | 'en'): string[] {
  const file = JSON.parse(text) as { log: { reason?: LocalText }[] };
  return file.log.flatMap((e) => (e.reason ? [e.reason[lang]] : []));
}

describe.each([
  ['format 1, before the limits on measures', 'test/fixtures/session-v1-small.json', 1],
  ['format 2, with reasons saved as sentences', 'test/fixtures/session-v2-small.json', 2],
])('a session file of %s', (_name, path, version) => {
  const text = readFileSync(path, 'utf8');

  it('replays to the final state it was saved with', () => {
    const { file, scenario, live } = opened(text);
    expect(file.version).toBe(version);
    expect(sessionStateHash(scenario, live)).toBe(file.finalHash);
  });

  it('shows every reason as it was saved, in German and in English', () => {
    const { live } = opened(text);
    for (const lang of ['de', 'en'] as const) {
      const saved = new Set(savedSentences(text, lang));
      const said = shown(live, lang);
      expect(saved.size).toBeGreaterThan(0);
      expect(said.length).toBeGreaterThan(0);
      for (const sentence of said) expect(saved).toContain(sentence);
      for (const sentence of saved) expect(said).toContain(sentence);
    }
  });

  it('is saved again with its sentences, and opens again to the same state', () => {
    const { live } = opened(text);
    const again = sessionToJson(live.session, { finalHash: stateHash(live.state) });
    const reopened = opened(again);
    expect(reopened.file.version).toBe(version === 1 ? 1 : SESSION_VERSION);
    expect(reopened.live.session.log).toEqual(live.session.log);
    expect(stateHash(reopened.live.state)).toBe(stateHash(live.state));
  });
});

describe('a session saved now', () => {
  it('logs reasons as codes, opens again, and shows the same sentences as the game did', () => {
    const live = playBotGame(small(), 1, defaultSeats(small(), 'bot', 'cooperative'));
    expect(live.session.log.filter((e) => e.reason).every((e) => 'code' in e.reason!)).toBe(true);
    const text = sessionToJson(live.session, { finalHash: stateHash(live.state) });
    expect(JSON.parse(text).version).toBe(SESSION_VERSION);
    const { file, scenario, live: reopened } = opened(text);
    expect(sessionStateHash(scenario, reopened)).toBe(file.finalHash);
    for (const lang of ['de', 'en'] as const) expect(shown(reopened, lang)).toEqual(shown(live, lang));
  });

  it('plays the same game as the one saved in format 2: the same moves, now with their reasons as codes', () => {
    const text = readFileSync('test/fixtures/session-v2-small.json', 'utf8');
    const { file, live: saved } = opened(text);
    const now = playBotGame(small(), file.seed, file.seats);
    expect(JSON.stringify(now.session.log.map((e) => e.action))).toBe(JSON.stringify(saved.session.log.map((e) => e.action)));
    expect(stateHash(now.state)).toBe(file.finalHash);
    // The words are the same; only the spaces before € and % now follow one rule (numberFormat.ts).
    const spacedAsBefore = (sentence: string) => sentence.replace(/\u00a0/g, ' ').replace(/(\d)%/g, '$1 %');
    for (const lang of ['de', 'en'] as const) expect(shown(now, lang).map(spacedAsBefore)).toEqual(shown(saved, lang));
  });
});
