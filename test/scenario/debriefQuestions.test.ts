/** The scenario's questions for the guided debrief: optional, checked with clear messages, and no part of a session's scenario hash. */
import { describe, expect, it } from 'vitest';
import { version1Hash } from '../../src/rules/legacy';
import { scenarioHash } from '../../src/rules/session';
import { loadScenario } from '../../src/scenario/load';
import { DEBRIEF_STEPS, type Scenario } from '../../src/scenario/schema';
import { bundledScenario } from '../helpers/scenarios';
import { problemsOf, smallYaml, where } from './fixture';

const withQuestions = (block: string) => `${smallYaml}\ndebrief:\n  questions:\n${block}`;

function loaded(source: string): Scenario {
  const result = loadScenario(source, 'small.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

describe('debrief questions in a scenario file', () => {
  it('are optional: a file without them loads as before, with no debrief field at all', () => {
    expect('debrief' in loaded(smallYaml)).toBe(false);
  });

  it('load per step in German and English, and a step may be left out', () => {
    const s = loaded(withQuestions('    why:\n      - { de: Warum?, en: Why? }\n'));
    expect(s.debrief?.questions).toEqual({ why: [{ de: 'Warum?', en: 'Why?' }] });
  });

  it.each(['scenarios/gruenau.yaml', 'scenarios/leipziger-osten.yaml'])('%s asks two to four questions in each step', (file) => {
    const questions = bundledScenario(file).debrief?.questions;
    for (const step of DEBRIEF_STEPS) expect(questions?.[step]?.length, step).toBeGreaterThanOrEqual(2);
    for (const step of DEBRIEF_STEPS) expect(questions?.[step]?.length, step).toBeLessThanOrEqual(4);
  });

  it('reports a wrong type, a missing language and a misspelt step with their place, in words a trainer understands', () => {
    const source = withQuestions('    happened: Was ist passiert?\n    why:\n      - { de: Warum? }\n    pratice:\n      - { de: Was nun?, en: What now? }\n');
    expect(problemsOf(source)).toEqual([
      `small.yaml:${where(source, 'happened: Was ist passiert?', 'Was')}: debrief.questions.happened: must be a list with 1 to 6 entries, got "Was ist passiert?"`,
      `small.yaml:${where(source, '{ de: Warum? }')}: debrief.questions.why[0].en: is missing`,
      `small.yaml:${where(source, 'pratice:')}: debrief.questions.pratice: is not a known key here; did you mean "practice"?`,
    ]);
  });

  it('counts the questions of a step that has too many, in German too', () => {
    const source = withQuestions(`    practice:\n${'      - { de: Frage, en: Question }\n'.repeat(7)}`);
    const at = where(source, '    practice:\n      - ', '- ');
    expect(problemsOf(source)).toEqual([`small.yaml:${at}: debrief.questions.practice: must be a list with 1 to 6 entries, got 7 entries`]);
    expect(problemsOf(source, 'small.yaml', 'de')).toEqual([`small.yaml:${at}: debrief.questions.practice: muss eine Liste mit 1 bis 6 Einträgen sein, gefunden: 7 Einträge`]);
  });

  it('do not change play, so they leave the scenario hash of saved sessions as it was', () => {
    const plain = loaded(smallYaml);
    const asked = loaded(withQuestions('    happened:\n      - { de: Was geschah?, en: What happened? }\n'));
    expect(scenarioHash(asked)).toBe(scenarioHash(plain));
    expect(version1Hash(asked)).toBe(version1Hash(plain));
    const gruenau = bundledScenario('scenarios/gruenau.yaml');
    const { debrief: _d, ...withoutQuestions } = gruenau;
    expect(scenarioHash(withoutQuestions)).toBe(scenarioHash(gruenau));
  });
});
