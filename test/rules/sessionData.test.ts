/** Session files are data: they name no file to read, give seats only to the scenario's roles, and replay in linear time. */
import { describe, expect, it } from 'vitest';
import { MAX_SESSION_LENGTH, parseSessionFile, sessionForScenario, sessionProblemMessage, sessionToJson } from '../../src/rules/saveFile';
import { replay, startSession, type Session } from '../../src/rules/session';
import type { LogEntry } from '../../src/rules/types';
import { small } from './helpers';

const S = small();

/** A session of the small scenario whose log is `log`, as a file's text, with `change` applied to the file's data. */
function fileText(log: LogEntry[] = [], change: (data: Record<string, unknown>) => void = () => {}): string {
  const session: Session = { ...startSession(S, 1).session, log };
  const data = JSON.parse(sessionToJson(session)) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
}

function opened(text: string) {
  const parsed = parseSessionFile(text);
  if (!parsed.ok) return parsed;
  return sessionForScenario(parsed.file, S);
}

describe('a session file', () => {
  it('gives seats only to the roles of its scenario', () => {
    const ghost = opened(fileText([], (d) => ((d.seats as Record<string, unknown>).ghost = { controller: 'bot', stance: 'cooperative' })));
    expect(ghost).toMatchObject({ ok: false, problem: { code: 'unknownSeat', role: 'ghost' } });
    if (!ghost.ok) expect(sessionProblemMessage(ghost.problem, 'en')).toBe('the file gives a seat to "ghost", which is not a role of this scenario');
    const missing = opened(fileText([], (d) => delete (d.seats as Record<string, unknown>).city));
    expect(missing).toMatchObject({ ok: false, problem: { code: 'missingSeat', role: 'city' } });
    if (!missing.ok) expect(sessionProblemMessage(missing.problem, 'de')).toBe('die Datei vergibt keinen Platz an die Rolle „city“');
  });

  it('holding a "__proto__" key anywhere is damaged, not a seat', () => {
    const text = fileText().replace('"seats":{', '"seats":{"__proto__":{"controller":"bot","stance":"cooperative"},');
    expect(opened(text)).toMatchObject({ ok: false, problem: { code: 'damaged', path: 'seats.__proto__' } });
  });

  it('longer than the limit is refused with its size, before it is parsed', () => {
    const long = `${fileText()}${' '.repeat(MAX_SESSION_LENGTH)}`;
    const result = parseSessionFile(long);
    expect(result).toMatchObject({ ok: false, problem: { code: 'tooLarge', max: 20 } });
    if (!result.ok) expect(sessionProblemMessage(result.problem, 'en')).toMatch(/^the file is too large for a session \(21 MB; at most 20 MB\)$/);
  });

  it('of 100,000 actions replays, and its log is the file’s', () => {
    const log: LogEntry[] = Array.from({ length: 100_000 }, (_, i) => ({ action: { type: i % 2 === 0 ? 'pause' : 'resume' } }));
    const matched = opened(fileText(log));
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) {
      expect(replayed.live.session.log).toHaveLength(100_000);
      expect(replayed.live.state.paused).toBe(false);
    }
  });
});

describe('wording of refusals near the edge', () => {
  it('a financing split of 100.02 % says so instead of "not 100 %"', async () => {
    const { gameAt, refusal } = await import('./helpers');
    const { rejectionMessage } = await import('../../src/rules/rejectionMessages');
    const r = refusal(S, gameAt(S, 'proposals'), {
      type: 'table',
      role: 'housingCompany',
      measure: 'renovate',
      district: 'wk1',
      scale: 1,
      financing: { housingCompany: 0.5002, city: 0.5 },
    });
    expect(r).toEqual({ code: 'financingInvalid', params: { total: 100.02 } });
    expect(rejectionMessage(r, 'en', S)).toBe('The financing shares must add up to 100%, not 100.02%.');
    expect(rejectionMessage(r, 'de', S)).toBe('Die Finanzierungsanteile müssen 100\u00a0% ergeben, nicht 100,02\u00a0%.');
  });

  it('a session file that starts with a byte-order mark opens, in the command line as in the browser', () => {
    expect(parseSessionFile(`\uFEFF${fileText()}`).ok).toBe(true);
  });
});
