/**
 * The guided first year: in the first year of a game, and in every year of the practice scenario, a short hint per
 * phase says what happens now and why it matters. A hint once dismissed stays away (also in later games), and
 * "No more hints" ends them; both are kept in the browser like the other preferences.
 */
import { createStore } from 'zustand/vanilla';
import { bundledOf } from '../../app/bundled';
import { localStore, type SafeStorage } from '../../app/safeStorage';
import type { App, AppState } from '../../app/store';
import { memo } from '../../app/view/component';
import { button, el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { Phase } from '../../rules/types';
import { GUIDE, GUIDE_HINTS } from './guide.texts';
import './guide.css';

const KEY = 'quartier.guide';

export interface GuideMemory {
  /** Phases whose hint was dismissed. */
  seen: readonly Phase[];
  /** No hints at all any more. */
  off: boolean;
}

export function readGuide(storage: SafeStorage): GuideMemory {
  try {
    const kept = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<GuideMemory>;
    return { seen: Array.isArray(kept.seen) ? kept.seen.filter((p): p is Phase => typeof p === 'string') : [], off: kept.off === true };
  } catch {
    return { seen: [], off: false };
  }
}

const memory = createStore<GuideMemory>()(() => readGuide(localStore));
memory.subscribe((m) => void localStore.setItem(KEY, JSON.stringify(m)));

/** Whether the game stands where hints are given: the first year, or any year of the practice scenario. */
export function guided(s: Pick<AppState, 'scenario' | 'live' | 'scenarioSource'>): boolean {
  if (!s.scenario || !s.live) return false;
  return s.live.state.year === s.scenario.time.startYear || bundledOf(s.scenarioSource)?.tutorial === true;
}

export const GuideHint = memo('GuideHint', ({ app }: { app: App }) => {
  const [lang, phase, on, tutorial] = useSlice(app.store, (s) => [s.lang, s.live?.state.phase, guided(s), bundledOf(s.scenarioSource)?.tutorial === true] as const);
  const { seen, off } = useSlice(memory, (m) => m);
  if (!on || off || !phase || phase === 'debrief' || seen.includes(phase)) return null;
  const dismiss = () => memory.setState({ seen: [...memory.getState().seen, phase] });
  return el(
    'div',
    { class: 'guide-hint', role: 'note', 'aria-label': (tutorial ? GUIDE.tutorialLabel : GUIDE.label)[lang] },
    el('p', {}, el('span', { class: 'guide-mark', 'aria-hidden': 'true' }, 'ℹ '), GUIDE_HINTS[phase][lang]),
    el(
      'div',
      { class: 'guide-buttons' },
      button(GUIDE.dismiss[lang], 'guide-dismiss', dismiss),
      button(GUIDE.off[lang], 'guide-off', () => memory.setState({ off: true })),
    ),
  );
});
