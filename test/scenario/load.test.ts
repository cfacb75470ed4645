import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { edited, problemsOf, smallJson, smallYaml, where } from './fixture';

describe('a valid scenario', () => {
  it('loads from YAML with comments and gets the defaults of everything it leaves out', () => {
    const result = loadScenario(smallYaml, 'small.yaml');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const { scenario } = result;
    expect(scenario.meta.id).toBe('small');
    expect(scenario.time.turnLength).toBe(1);
    expect(scenario.parameters.ageingRate).toBeCloseTo(1 / 47);
    expect(scenario.decision.majority).toBe(0.6);
    expect(scenario.roles[0]?.stance).toBe('pragmatic');
    expect(scenario.roles[0]?.resources.volunteerHours).toBe(0);
    expect(scenario.measures[1]?.scale).toEqual({ unit: { de: 'Projekt', en: 'project' }, min: 1, max: 1 });
    expect(scenario.measures[1]?.partners).toEqual({ required: [], possible: [] });
    expect(scenario.measures[0]?.appliesTo).toBe('district');
    expect(scenario.events[1]?.repeat).toBe(false);
    expect(scenario.programmes[0]?.capital).toBe('both');
  });

  it('loads the same from its JSON twin', () => {
    const fromJson = loadScenario(smallJson, 'small.json');
    expect(fromJson).toEqual(loadScenario(smallYaml, 'small.yaml'));
  });

  it('loads when the file starts with a byte-order mark, as Windows editors write it', () => {
    expect(loadScenario(`\uFEFF${smallJson}`, 'small.json').ok).toBe(true);
    expect(loadScenario(`\uFEFF${smallYaml}`, 'small.yaml').ok).toBe(true);
  });

  it('chooses JSON by the file name, so YAML-only syntax in a .json file is an error', () => {
    expect(problemsOf(smallYaml, 'small.json')).toEqual(['small.json:1:1: JSON syntax error: expected a value, found "#"']);
  });
});

describe('a broken scenario', () => {
  it('reports a misspelt key, a wrong type and a missing id together, each with its place', () => {
    const source = edited(smallYaml, ['leadTime: 1', 'leadTme: 1'], ['cost: 150000', 'cost: viel'], ['neighbours: [wk2]', 'neighbours: [wk9]']);
    expect(problemsOf(source)).toEqual([
      'small.yaml:68:18: districts[0].neighbours[0]: refers to district "wk9", which does not exist; did you mean "wk1"?',
      'small.yaml:122:5: measures[0].leadTme: is not a known key here; did you mean "leadTime"?',
      'small.yaml:135:11: measures[1].cost: must be a number ≥ 0, got "viel"',
    ]);
  });

  it('reports a misspelt required key once, as the "did you mean", not again as missing', () => {
    const source = edited(smallYaml, ['    lead: city\n', '    laed: city\n']);
    expect(problemsOf(source)).toEqual([
      `small.yaml:${where(source, 'laed: city', 'laed')}: measures[1].laed: is not a known key here; did you mean "lead"?`,
    ]);
  });

  it('reports problems in JSON at the place of the offending value', () => {
    const source = edited(smallJson, ['"turns": 10', '"turns": "zehn"']);
    expect(problemsOf(source, 'small.json')).toEqual(['small.json:24:14: time.turns: must be a whole number from 1 to 100, got "zehn"']);
  });

  it('sorts problems by line and column, whatever found them', () => {
    const source = edited(smallYaml, ['rule: consent', 'rule: dots'], ['turns: 10', 'turns: 0'], ['neighbours: [wk2]', 'neighbours: [wk9]']);
    const lines = problemsOf(source).map((line) => line.split(':').slice(1, 3).map(Number));
    expect(lines).toEqual([...lines].sort(([a = 0, b = 0], [c = 0, d = 0]) => a - c || b - d));
    expect(lines).toHaveLength(3);
  });

  it('reports a whole file that is no scenario at its first line', () => {
    expect(problemsOf('', 'empty.yaml')).toEqual([
      'empty.yaml:1:1: must be an object with the fields format, version, meta, time, fieldsOfAction, householdClasses, districts, context, roles, measures, got an empty value',
    ]);
    expect(problemsOf('[]', 'list.json')[0]).toMatch(/^list\.json:1:1: must be an object with the fields .*, got \[\]$/);
  });

  it('names a value of the wrong shape without repeating zod', () => {
    const source = edited(smallYaml, ['title:\n    de: Kleines Quartier\n    en: Small neighbourhood', 'title: Kleines Quartier'], ['authors: [Quartier tests]', 'authors: []']);
    expect(problemsOf(source)).toEqual([
      'small.yaml:8:10: meta.title: must be a text in German and English, like { de: …, en: … }, got "Kleines Quartier"',
      'small.yaml:12:12: meta.authors: must be a list with at least 1 entry, got []',
    ]);
  });

  it('does not report every reference as broken when the list they point into is itself broken', () => {
    const source = edited(smallYaml, ['districts:\n  - id: wk1', 'districts: none\nunused:\n  - id: wk1']);
    const problems = problemsOf(source);
    expect(problems.some((line) => line.includes('refers to district'))).toBe(false);
    expect(problems).toContain(`small.yaml:${where(source, 'districts: none', 'none')}: districts: must be a list with at least 1 entry, got "none"`);
  });
});
