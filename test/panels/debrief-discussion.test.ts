import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/keyboard';
import { createAppStore } from '../../src/app/store';
import { GENERAL_QUESTIONS } from '../../src/panels/debrief/discussion.texts';
import { questionsFor, stepBy } from '../../src/panels/debrief/discussionSteps';
import { defaultSeats } from '../../src/rules/game';
import { DEBRIEF_STEPS } from '../../src/scenario/schema';
import { bundledScenario } from '../helpers/scenarios';

/** The tutorial played by the computer to its debrief through the browser store. */
function atDebrief() {
  const file = 'scenarios/tutorial.yaml';
  const app = createAppStore({ lang: 'en', scenarioSource: { file, source: readFileSync(file, 'utf8') } });
  const scenario = app.store.getState().scenario!;
  app.start({ seed: 3, seats: defaultSeats(scenario, 'bot'), rule: scenario.decision.rule, timerMinutes: 0 });
  for (let presses = 0; app.store.getState().live!.state.phase !== 'debrief'; presses++) {
    if (presses > 1000 || !app.perform({ type: 'next' })) throw new Error('the game did not reach the debrief');
  }
  return app;
}

describe('the guided discussion of the debrief', () => {
  it("shows the scenario's questions for a step, and the general ones where the file has none", () => {
    const gruenau = bundledScenario('scenarios/gruenau.yaml');
    expect(questionsFor(gruenau, 'why')).toBe(gruenau.debrief!.questions.why);
    const { debrief: _d, ...plain } = gruenau;
    for (const step of DEBRIEF_STEPS) expect(questionsFor(plain, step)).toBe(GENERAL_QUESTIONS[step]);
    const partly = { ...gruenau, debrief: { questions: { happened: [{ de: 'Was?', en: 'What?' }] } } };
    expect(questionsFor(partly, 'happened')).toEqual([{ de: 'Was?', en: 'What?' }]);
    expect(questionsFor(partly, 'practice')).toBe(GENERAL_QUESTIONS.practice);
  });

  it('has general questions in every step, in German and English', () => {
    for (const step of DEBRIEF_STEPS) {
      expect(GENERAL_QUESTIONS[step].length).toBeGreaterThanOrEqual(2);
      for (const q of GENERAL_QUESTIONS[step]) expect(q.de && q.en).toBeTruthy();
    }
  });

  it('steps forward and back and stops at the first and last step', () => {
    expect(stepBy('happened', 1)).toBe('why');
    expect(stepBy('why', 1)).toBe('practice');
    expect(stepBy('practice', 1)).toBe('practice');
    expect(stepBy('practice', -1)).toBe('why');
    expect(stepBy('happened', -1)).toBe('happened');
  });

  it("lets the clicker's next and back go through the steps while the discussion is shown, without leaving the debrief", () => {
    const app = atDebrief();
    const state = () => app.store.getState();
    app.set({ debrief: { ...state().debrief, section: 'discussion' } });
    const steps = [state().debrief.step];
    for (let i = 0; i < 3; i++) {
      runCommand(app, 'next');
      steps.push(state().debrief.step);
    }
    expect(steps).toEqual(['happened', 'why', 'practice', 'practice']);
    for (let i = 0; i < 3; i++) runCommand(app, 'previous');
    expect(state().debrief.step).toBe('happened');
    expect(state().live!.state.phase).toBe('debrief');
    expect(state().rejection).toBeUndefined();
  });

  it('leaves next and back to the game on the other sections of the debrief', () => {
    const app = atDebrief();
    app.set({ debrief: { ...app.store.getState().debrief, section: 'scores' } });
    runCommand(app, 'previous');
    expect(app.store.getState().live!.state.phase).not.toBe('debrief');
    expect(app.store.getState().debrief.step).toBe('happened');
  });
});
