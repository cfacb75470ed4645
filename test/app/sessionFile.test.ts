/** Session files from the facilitator's side: their download name, and reopening them on the setup screen without ever crashing. */
import { describe, expect, it } from 'vitest';
import { sessionFileName } from '../../src/panels/facilitatorFiles';
import { configOfSession, sessionFromFile } from '../../src/panels/setupSession';
import { sessionToJson } from '../../src/rules/saveFile';
import { act, startSession, stateHash, type LiveSession } from '../../src/rules/session';
import type { Action } from '../../src/rules/types';
import { gruenau, small } from '../rules/helpers';

function played(...actions: Action[]): LiveSession {
  const scenario = gruenau();
  let live = startSession(scenario, 4242);
  for (const action of actions) {
    const next = act(scenario, live, action);
    if (!next.ok) throw new Error(`${action.type} refused: ${next.rejection.code}`);
    live = next.live;
  }
  return live;
}

describe('saving a session to a file', () => {
  it('names the file after the scenario and the year in play', () => {
    expect(sessionFileName('gruenau', 2003)).toBe('quartier-gruenau-2003.json');
    expect(sessionFileName('a b/c', 1997)).toBe('quartier-a-b-c-1997.json');
  });
});

describe('opening a saved session file', () => {
  const scenario = gruenau();
  const live = played({ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk8', scale: 1 }, { type: 'next' });

  it('replays the session to exactly the state it was saved in', () => {
    const text = sessionToJson(live.session, { finalHash: stateHash(live.state) });
    const opened = sessionFromFile('s.json', text, scenario);
    if (!opened.ok) throw new Error(opened.message.en);
    expect(stateHash(opened.live.state)).toBe(stateHash(live.state));
    expect(opened.live.state.phase).toBe('negotiation');
    expect(configOfSession(opened.live, 5)).toEqual({ seed: 4242, seats: live.session.seats, rule: live.state.rule, timerMinutes: 5 });
  });

  it('says in both languages why a damaged, foreign or cut-off file cannot be opened', () => {
    const cases = ['', 'not json at all', '{"format":"something-else"}', sessionToJson(live.session).slice(0, 200), JSON.stringify({ format: 'quartier-session', version: 99 })];
    for (const text of cases) {
      const opened = sessionFromFile('broken.json', text, scenario);
      expect(opened.ok).toBe(false);
      if (opened.ok) continue;
      expect(opened.message.de).toContain('„broken.json“');
      expect(opened.message.en).toContain('"broken.json"');
      expect(opened.message.de).not.toBe(opened.message.en);
    }
  });

  it('asks for the right scenario when the session belongs to another one', () => {
    const opened = sessionFromFile('g.json', sessionToJson(live.session), small());
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message.en).toMatch(/scenario "gruenau".*open that scenario first/);
  });

  it('names the log entry the rules refuse when a file was edited by hand', () => {
    const edited = JSON.parse(sessionToJson(live.session));
    edited.log.push({ action: { type: 'pledge', role: 'youth', proposal: 'p9', money: 5 } });
    const opened = sessionFromFile('e.json', JSON.stringify(edited), scenario);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.message.en).toContain(`entry ${edited.log.length} of its log is refused now`);
      expect(opened.message.de).toContain(`Eintrag ${edited.log.length}`);
    }
  });
});
