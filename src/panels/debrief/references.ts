/**
 * The reference games beside the group's game, played without holding the page up: in a worker, or where none can
 * start (a page opened from file://) on the page in short slices. Played once per scenario, length, seed and rule.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { baseScenario, timeOf } from '../../rules/gameLength';
import type { DecisionRule } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { referenceSteps, type ReferenceGame, type ReferenceWork } from './referenceGames';
import type { FromReferenceWorker } from './referenceWorker';

export interface References {
  /** The games played so far, in the order of REFERENCE_STANCES, with their final scores. */
  plays: readonly ReferenceGame[];
  status: 'playing' | 'done' | 'failed';
  /** Milliseconds from asking to the last game's rows, once done. */
  took?: number;
}

interface Entry {
  now: References;
  listeners: Set<() => void>;
}

/** Work on the page between two looks at the screen and the keys. */
const SLICE_MS = 12;

const entries = new WeakMap<Scenario, Map<string, Entry>>();

function playOnThePage(work: ReferenceWork, played: (game: ReferenceGame) => void, done: () => void, failed: () => void): void {
  const steps = referenceSteps(work, played);
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    try {
      while (performance.now() < until) if (steps.next().done) return done();
    } catch {
      return failed();
    }
    setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

function start(entry: Entry, work: ReferenceWork): void {
  const began = performance.now();
  const update = (next: Partial<References>) => {
    entry.now = { ...entry.now, ...next };
    for (const listener of entry.listeners) listener();
  };
  const played = (game: ReferenceGame) => update({ plays: [...entry.now.plays, game] });
  const done = () => update({ status: 'done', took: performance.now() - began });
  const failed = () => update({ status: 'failed' });
  const onThePage = () => {
    update({ plays: [] });
    playOnThePage(work, played, done, failed);
  };
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./referenceWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThePage();
  }
  const running = worker;
  running.onmessage = (event: MessageEvent<FromReferenceWorker>) => {
    const message = event.data;
    if (message.kind === 'play') return played(message.play);
    running.terminate();
    if (message.kind === 'done') done();
    else failed();
  };
  // A worker that cannot start (its script refused) or breaks leaves the games to the page.
  running.onerror = (event) => {
    event.preventDefault();
    running.terminate();
    onThePage();
  };
  running.postMessage(work);
}

/** The reference games of the group's game (the played scenario, its seed and rule), started on the first ask. */
export function referencesOf(scenario: Scenario, seed: number, rule: DecisionRule): Entry {
  const byGame = entries.get(scenario) ?? new Map<string, Entry>();
  entries.set(scenario, byGame);
  const key = `${seed}/${rule}`;
  const known = byGame.get(key);
  if (known) return known;
  const entry: Entry = { now: { plays: [], status: 'playing' }, listeners: new Set() };
  byGame.set(key, entry);
  const time = timeOf(scenario);
  start(entry, { scenario: baseScenario(scenario), ...(time && { time }), seed, rule });
  return entry;
}

/** The reference games as they are now; the component renders again as each one arrives. */
export function useReferences(scenario: Scenario, seed: number, rule: DecisionRule): References {
  const entry = referencesOf(scenario, seed, rule);
  const shown = useRef(entry.now);
  shown.current = entry.now;
  const [, renderAgain] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const check = () => {
      if (entry.now !== shown.current) renderAgain(undefined);
    };
    // A game that arrived between this render and the subscription is not missed.
    check();
    entry.listeners.add(check);
    return () => void entry.listeners.delete(check);
  }, [entry]);
  return entry.now;
}
