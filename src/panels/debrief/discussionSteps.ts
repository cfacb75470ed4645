/** The guided discussion's steps: which questions each shows, and stepping through them with the clicker. */
import type { App } from '../../app/store';
import { DEBRIEF_STEPS, type DebriefStep, type LocalText, type Scenario } from '../../scenario/schema';
import { showView } from './choice';
import { GENERAL_QUESTIONS } from './discussion.texts';

/** A step's questions: the scenario's own, else the general ones, so no step is ever empty. */
export function questionsFor(scenario: Scenario, step: DebriefStep): readonly LocalText[] {
  return scenario.debrief?.questions[step] ?? GENERAL_QUESTIONS[step];
}

/** The step one further (+1) or back (-1); the first and last steps stay where they are. */
export function stepBy(step: DebriefStep, by: 1 | -1): DebriefStep {
  const at = DEBRIEF_STEPS.indexOf(step) + by;
  return DEBRIEF_STEPS[Math.min(DEBRIEF_STEPS.length - 1, Math.max(0, at))]!;
}

/**
 * While the debrief shows the discussion, the clicker's next and previous go through its steps instead of the game's
 * phases (going back a phase would leave the debrief). True when the command was taken.
 */
export function stepDiscussion(app: App, command: 'next' | 'previous'): boolean {
  const { live, screen, debrief } = app.store.getState();
  if (screen !== 'game' || live?.state.phase !== 'debrief' || debrief.section !== 'discussion') return false;
  const step = stepBy(debrief.step, command === 'next' ? 1 : -1);
  if (step !== debrief.step) showView(app, { step });
  return true;
}
