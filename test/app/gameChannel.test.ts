import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localChannel, type GameChannel, type GameRequest, type GameUpdate } from '../../src/app/gameChannel';
import { createAppStore } from '../../src/app/store';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import type { Scenario } from '../../src/scenario/schema';

const source = { file: 'tutorial.yaml', source: readFileSync('scenarios/tutorial.yaml', 'utf8') };

/** A channel that only records what the store sends and lets the test answer, as a room server would. */
function recordingChannel() {
  const sent: GameRequest[] = [];
  const listeners = new Set<(u: GameUpdate) => void>();
  const channel: GameChannel = {
    open: () => {},
    send: (r) => void sent.push(r),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return { sent, channel, answer: (u: GameUpdate) => listeners.forEach((l) => l(u)) };
}

describe('the seam between the screen and the game', () => {
  it('sends every game request through the channel and shows only what comes back', () => {
    const remote = recordingChannel();
    const app = createAppStore({ lang: 'en', scenarioSource: source }, () => {}, () => remote.channel);
    const scenario = app.store.getState().scenario!;
    app.start({ seed: 3, seats: defaultSeats(scenario, 'human'), rule: scenario.decision.rule, timerMinutes: 0 });
    const started = app.store.getState().live!;
    expect(app.perform({ type: 'next' })).toBe(false);
    app.undo();
    app.branch(scenario.time.startYear);
    expect(remote.sent).toEqual([{ kind: 'act', action: { type: 'next' } }, { kind: 'undo' }, { kind: 'branch', year: scenario.time.startYear }]);
    // Nothing changes until the game answers.
    expect(app.store.getState().live).toBe(started);
    remote.answer({ kind: 'refused', rejection: { code: 'paused' } });
    expect(app.store.getState().rejection).toEqual({ code: 'paused' });
    const later = { ...started, state: { ...started.state, phase: 'situation' as const } };
    remote.answer({ kind: 'accepted', live: later, moved: true });
    expect(app.store.getState()).toMatchObject({ live: later, rejection: undefined, privateRole: null });
  });

  it('the local channel answers at once: accepted with the bots’ moves, or refused with a reason', () => {
    const app = createAppStore({ lang: 'en', scenarioSource: source });
    const scenario: Scenario = app.store.getState().scenario!;
    app.start({ seed: 3, seats: defaultSeats(scenario, 'human'), rule: scenario.decision.rule, timerMinutes: 0 });
    const channel = localChannel(() => scenario);
    const heard: GameUpdate[] = [];
    channel.subscribe((u) => heard.push(u));
    channel.send({ kind: 'act', action: { type: 'next' } });
    expect(heard).toEqual([]);
    channel.open(app.store.getState().live);
    channel.send({ kind: 'act', action: { type: 'resume' } });
    channel.send({ kind: 'act', action: { type: 'next' } });
    expect(heard.map((u) => u.kind)).toEqual(['refused', 'accepted']);
    expect(heard[0]).toEqual({ kind: 'refused', rejection: { code: 'notPaused' } });
    const moved = heard[1] as Extract<GameUpdate, { kind: 'accepted' }>;
    expect([moved.moved, moved.live.state.phase]).toEqual([true, 'situation']);
    channel.send({ kind: 'undo' });
    expect((heard[2] as { live: LiveSession }).live.state.phase).toBe('news');
  });
});
