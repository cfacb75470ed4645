import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { edited, problemsOf, smallJson, smallYaml, where } from './fixture';

describe('a key written twice in one object is named where it stands, with the line of the first', () => {
  it('in JSON, where JSON.parse would let the later one win silently', () => {
    const source = edited(smallJson, ['"turns": 10', '"turns": 10,\n    "turns": 12']);
    const at = where(source, '"turns": 12', '"turns"');
    const first = where(source, '"turns": 10', '"turns"').split(':')[0];
    expect(problemsOf(source, 'small.json')).toEqual([`small.json:${at}: JSON syntax error: this key appears twice in the same object; the first is on line ${first}`]);
    expect(problemsOf(source, 'small.json', 'de')).toEqual([
      `small.json:${at}: JSON-Syntaxfehler: dieser Schlüssel steht zweimal im selben Objekt; der erste steht in Zeile ${first}`,
    ]);
    expect(loadScenario(source, 'small.json')).toMatchObject({ ok: false, problems: [{ code: 'syntax' }] });
  });

  it('in JSON, every repeated key, nested ones too, and nothing that follows from them', () => {
    const source = edited(
      smallJson,
      ['"startYear": 2000', '"startYear": 2000,\n    "startYear": "zweitausend"'],
      ['"de": "Wohnen"', '"de": "Wohnen",\n        "de": "Bauen"'],
    );
    expect(problemsOf(source, 'small.json')).toEqual([
      `small.json:${where(source, '"startYear": "zweitausend"', '"startYear"')}: JSON syntax error: this key appears twice in the same object; the first is on line 23`,
      `small.json:${where(source, '"de": "Bauen"', '"de"')}: JSON syntax error: this key appears twice in the same object; the first is on line 31`,
    ]);
  });

  it('keys that only look alike are not repeated: the same key in two objects, or in different case', () => {
    const source = edited(smallJson, ['"turns": 10', '"turns": 10,\n    "Turns": 10']);
    expect(problemsOf(source, 'small.json').map((line) => line.includes('appears twice'))).toEqual([false]);
    expect(loadScenario(smallJson, 'small.json').ok).toBe(true);
  });

  it('in YAML too, with the line of the first', () => {
    const source = edited(smallYaml, ['  turns: 10', '  turns: 10\n  turns: 12']);
    expect(problemsOf(source)).toEqual([`small.yaml:${where(source, 'turns: 12', 'turns')}: YAML syntax error: this key appears twice in the same block; the first is on line 21`]);
    expect(problemsOf(source, 'small.yaml', 'de')).toEqual([
      `small.yaml:${where(source, 'turns: 12', 'turns')}: YAML-Syntaxfehler: dieser Schlüssel steht zweimal im selben Block; der erste steht in Zeile 21`,
    ]);
  });
});
