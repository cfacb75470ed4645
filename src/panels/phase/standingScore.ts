/**
 * The acting role's objectives in short and its score so far, during the phases at the table. The score is the one
 * the debrief shows (rules/scoring.ts), worked out from the model as it stands. Objectives are private: with one
 * person at the table they are shown; with several, behind a disclosure the person at the keyboard opens.
 */
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App } from '../../app/store';
import { scores, startIndicators } from '../../rules/scoring';
import type { GameState, Phase } from '../../rules/types';
import type { Indicators } from '../../sim/indicators';
import type { IndicatorId, Role, Scenario } from '../../scenario/schema';
import { actingRoleIn } from './actingRole';
import { humanSeats } from './briefings';
import { INDICATOR_NAMES } from './indicators.texts';
import { SCORE, scoreLine, scoreSummary } from './standingScore.texts';

/** The phases in which the table is open and the strip is shown. */
export const TABLE_PHASES: readonly Phase[] = ['proposals', 'negotiation', 'decision'];

/** A role's objective: which indicator, which way it wants it, and how much it weighs. */
export interface Objective {
  id: IndicatorId;
  up: boolean;
  weight: number;
}

/** A role's objectives, the weightiest first. */
export function objectivesOf(role: Pick<Role, 'objectives'>): Objective[] {
  return (Object.entries(role.objectives) as [IndicatorId, number][])
    .filter(([, w]) => w !== 0 && Number.isFinite(w))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([id, w]) => ({ id, up: w > 0, weight: Math.abs(w) }));
}

export interface RunningScore {
  total: number;
  objectives: number;
  profile: number;
  shared: number;
}

// The start of a scenario is worked out once: the model's first state does not change.
const starts = new WeakMap<Scenario, Indicators>();

/** The role's score as the debrief would count it now. */
export function runningScore(scenario: Scenario, state: GameState, role: string): RunningScore {
  let start = starts.get(scenario);
  if (!start) starts.set(scenario, (start = startIndicators(scenario)));
  const all = scores(scenario, state, start);
  const own = all.roles[role]!;
  return { total: own.total, objectives: own.objectives, profile: own.profile, shared: all.shared };
}

export const StandingScore = memo('StandingScore', ({ app }: { app: App }) => {
  const [lang, scenario, role, phase, model, credit, alone] = useSlice(app.store, (s) => {
    const acting = actingRoleIn(s);
    const live = s.live?.state;
    return [s.lang, s.scenario, acting?.id, live?.phase, live?.model, live?.credit, s.scenario && live ? humanSeats(s.scenario, live).length <= 1 : true] as const;
  });
  const live = app.store.getState().live;
  const r = scenario?.roles.find((x) => x.id === role);
  if (!scenario || !live || !r || !phase || !TABLE_PHASES.includes(phase) || !model || !credit) return null;
  const score = runningScore(scenario, live.state, r.id);
  const goals = objectivesOf(r).map((o) => el('span', { class: 'nowrap' }, `${INDICATOR_NAMES[o.id][lang]} ${o.up ? '▲' : '▼'}`));
  const body = [
    el('p', { class: 'score-goals' }, el('strong', {}, `${SCORE.objectives[lang]}: `), ...goals.flatMap((g, i) => [i > 0 ? ' · ' : '', g])),
    el('p', { class: 'score-points' }, el('strong', {}, `${SCORE.soFar[lang]}: `), scoreLine(score, lang)),
  ];
  const label = scoreSummary(r.name[lang], lang);
  // The key makes a new disclosure for each role: switching the seat closes the last person's objectives.
  return alone
    ? el('section', { class: 'standing-score', 'aria-label': label, 'data-key': 'standing-score' }, ...body)
    : el('details', { class: 'standing-score', 'data-key': 'standing-score', key: r.id }, el('summary', {}, label), ...body);
});
