import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem, type ProblemCode } from '../../src/scenario/problems';
import { edited, smallYaml, where } from './fixture';

interface Case {
  code: ProblemCode;
  title: string;
  edits: [string, string][];
  /** The one expected line, with `@` standing for LINE:COL. */
  line: string;
  /** The snippet and the part of it the problem points at, located in the edited file. */
  at: [snippet: string, inner?: string];
}

const cases: Case[] = [
  {
    code: 'type',
    title: 'a word where a number belongs',
    edits: [['cost: 150000', 'cost: viel']],
    line: 'measures[1].cost: must be a number ≥ 0, got "viel"',
    at: ['cost: viel', 'viel'],
  },
  {
    code: 'range',
    title: 'a number outside its bounds',
    edits: [['turns: 10', 'turns: 0']],
    line: 'time.turns: must be a whole number from 1 to 100, got 0',
    at: ['turns: 0', '0'],
  },
  {
    code: 'enum',
    title: 'a value that is not one of the choices, with a suggestion',
    edits: [['rule: consent', 'rule: konsent']],
    line: 'decision.rule: must be one of: consent, majority, dots, got "konsent"; did you mean "consent"?',
    at: ['rule: konsent', 'konsent'],
  },
  {
    code: 'format',
    title: 'a colour not written as #rrggbb',
    edits: [['colour: "#1f77b4"', 'colour: blue']],
    line: 'roles[0].colour: must be a colour written as #rrggbb, got "blue"',
    at: ['colour: blue', 'blue'],
  },
  {
    code: 'required',
    title: 'a missing required key, pointing at the object that lacks it',
    edits: [['    lead: city\n', '']],
    line: 'measures[1].lead: is missing',
    at: ['- id: youthClub', 'id'],
  },
  {
    code: 'unknownKey',
    title: 'a misspelt key, pointing at the key, with a suggestion',
    edits: [['leadTime: 1', 'leadTim: 1']],
    line: 'measures[0].leadTim: is not a known key here; did you mean "leadTime"?',
    at: ['leadTim: 1', 'leadTim'],
  },
  {
    code: 'unknownKey',
    title: 'a key that resembles nothing lists the known keys',
    edits: [['  startYear: 2000', '  startYear: 2000\n  colour: red']],
    line: 'time.colour: is not a known key here; known keys: startYear, turns, turnLength, workshop',
    at: ['colour: red', 'colour'],
  },
  {
    code: 'unknownId',
    title: 'a reference to a district that does not exist',
    edits: [['neighbours: [wk2]', 'neighbours: [wk9]']],
    line: 'districts[0].neighbours[0]: refers to district "wk9", which does not exist; did you mean "wk1"?',
    at: ['neighbours: [wk9]', 'wk9'],
  },
  {
    code: 'unknownId',
    title: 'a household key that is no household class, pointing at the key',
    edits: [['{ families: 900, lowIncome: 700 }', '{ famlies: 900, lowIncome: 700 }']],
    line: 'districts[0].households.famlies: refers to household class "famlies", which does not exist; did you mean "families"?',
    at: ['famlies: 900', 'famlies'],
  },
  {
    code: 'unknownId',
    title: 'a programme limited to a card that does not exist',
    edits: [['    nonCapitalCap: 0.2\n', '    nonCapitalCap: 0.2\n    measures: [renovat]\n']],
    line: 'programmes[0].measures[0]: refers to measure "renovat", which does not exist; did you mean "renovate"?',
    at: ['measures: [renovat]', 'renovat'],
  },
  {
    code: 'duplicateId',
    title: 'an id used twice in one list',
    edits: [['name: { de: Soziales, en: Social affairs }', 'name: { de: Soziales, en: Social affairs }\n  - id: housing\n    name: { de: Bauen, en: Building }']],
    line: 'fieldsOfAction[2].id: the id "housing" is already used by fieldsOfAction[0]; ids must be unique',
    at: ['  - id: housing\n    name: { de: Bauen', 'housing'],
  },
  {
    code: 'invalid',
    title: 'an event with neither a year nor a probability',
    edits: [['    year: 2003\n', '']],
    line: 'events[0]: needs either a year (scheduled) or a probability (drawn)',
    at: ['- id: plantClosure', 'id'],
  },
  {
    code: 'shareSum',
    title: 'an age mix that does not add up to 1',
    edits: [['{ young: 0.35, working: 0.6, senior: 0.05 }', '{ young: 0.35, working: 0.5, senior: 0.05 }']],
    line: 'householdClasses[0].ageMix: young + working + senior must add up to 1, got 0.9',
    at: ['ageMix: { young: 0.35, working: 0.5', '{'],
  },
  {
    code: 'reversedRange',
    title: 'a scale whose minimum is above its maximum',
    edits: [['min: 1, max: 5', 'min: 6, max: 5']],
    line: 'measures[0].scale.min: must not be greater than max (5), got 6',
    at: ['min: 6', '6'],
  },
  {
    code: 'reversedRange',
    title: 'a drawn event that ends before it starts',
    edits: [['from: 2001\n    until: 2009', 'from: 2001\n    until: 2000']],
    line: 'events[1].from: must not be greater than until (2000), got 2001',
    at: ['from: 2001', '2001'],
  },
  {
    code: 'yearOutsideGame',
    title: 'a reference decision after the last turn',
    edits: [['year: 2004, measure: youthClub', 'year: 2010, measure: youthClub']],
    line: 'references[0].decisions[1].year: must be a year the game covers, from 2000 to 2009, got 2010',
    at: ['year: 2010, measure', '2010'],
  },
  {
    code: 'missingDistrict',
    title: 'a district measure played without a district',
    edits: [['measure: renovate, district: wk1, scale: 2', 'measure: renovate, scale: 2']],
    line: 'references[0].decisions[0]: needs a district, because measure "renovate" is placed in one district',
    at: ['{ year: 2001, measure: renovate', '{'],
  },
  {
    code: 'districtNotAllowed',
    title: 'a measure played in a district its card does not allow',
    edits: [['measure: youthClub, district: wk2', 'measure: youthClub, district: wk1']],
    line: 'references[0].decisions[1].district: measure "youthClub" cannot be placed in district "wk1"; allowed: wk2',
    at: ['youthClub, district: wk1', 'wk1'],
  },
  {
    code: 'leadAsPartner',
    title: 'a lead role also listed as a partner',
    edits: [['partners: { possible: [city] }', 'partners: { possible: [city, housingCompany] }']],
    line: 'measures[0].partners.possible[1]: names the lead role "housingCompany" as a partner; the lead takes part anyway',
    at: ['[city, housingCompany]', 'housingCompany'],
  },
  {
    code: 'ruleNotOffered',
    title: 'a decision rule that is not among the options',
    edits: [['rule: consent', 'rule: dots']],
    line: 'decision.rule: must be one of the decision options (consent, majority), got "dots"',
    at: ['rule: dots', 'dots'],
  },
];

describe('each kind of problem has its code, its sentence and its place', () => {
  it.each(cases)('$code: $title', ({ code, edits, line, at }) => {
    const source = edited(smallYaml, ...edits);
    const result = loadScenario(source, 'small.yaml');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map(formatProblem)).toEqual([`small.yaml:${where(source, ...at)}: ${line}`]);
    expect(problems[0]?.code).toBe(code);
  });
});
