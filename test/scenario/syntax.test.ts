import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/scenario/jsonSyntax';
import { loadScenario } from '../../src/scenario/load';
import { edited, problemsOf, smallJson, smallYaml, where } from './fixture';

describe('YAML syntax errors are reported at their line and column, and nothing else is', () => {
  it.each([
    {
      title: 'a key indented out of line',
      edits: [['  turns: 10', '  turns: 10\n bad: 1']] as [string, string][],
      at: [' bad: 1', ' '] as [string, string],
      sentence: 'the indentation does not match the lines above, or a "[" or "{" above is not closed',
    },
    {
      title: 'a key given twice',
      edits: [['  turns: 10', '  turns: 10\n  turns: 12']] as [string, string][],
      at: ['turns: 12', 'turns'] as [string, string],
      sentence: 'this key appears twice in the same block; the first is on line 21',
    },
    {
      title: 'a tab used for indentation',
      edits: [['  turns: 10', '\tturns: 10']] as [string, string][],
      at: ['\tturns', '\t'] as [string, string],
      sentence: 'tabs cannot be used for indentation; use spaces',
    },
    {
      title: 'an alias without an anchor',
      edits: [['neighbours: [wk2]', 'neighbours: *wk2']] as [string, string][],
      at: ['*wk2', '*'] as [string, string],
      sentence: 'an alias (*name) refers to an anchor (&name) that is not defined before it',
    },
  ])('$title', ({ edits, at, sentence }) => {
    const source = edited(smallYaml, ...edits);
    const result = loadScenario(source, 'small.yaml');
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['syntax']);
    expect(problemsOf(source)).toEqual([`small.yaml:${where(source, ...at)}: YAML syntax error: ${sentence}`]);
  });

  it('refuses a file whose aliases would expand without end, instead of hanging', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [previous, name] of [...'abcdefghijk'].map((c, i) => [c, 'bcdefghijkl'[i]])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const problems = problemsOf(levels.join('\n'), 'bomb.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bomb\.yaml:2:\d+: YAML syntax error: /);
  });

  it('reports one problem per place when a broken line trips several rules', () => {
    const problems = problemsOf('a: 1\n- b\n', 'x.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^x\.yaml:2:1: YAML syntax error: /);
  });
});

describe('JSON syntax errors are reported at their line and column', () => {
  it.each([
    { title: 'a trailing comma', edit: ['"turns": 10', '"turns": 10,'], at: ['10,\n  }', '}'], sentence: 'JSON allows no comma before a closing "}" or "]"' },
    { title: 'a missing comma', edit: ['"turns": 10', '"turns": 10 "x": 1'], at: ['"x": 1', '"x"'], sentence: 'expected "," or "}" after the value, found "x"' },
    { title: 'an unquoted key', edit: ['"turns": 10', 'turns: 10'], at: ['turns: 10', 'turns'], sentence: 'expected a key in double quotes, found "turns"' },
    { title: 'a missing colon', edit: ['"turns": 10', '"turns" 10'], at: ['"turns" 10', '10'], sentence: 'expected ":" after the key, found "10"' },
    { title: 'a word instead of a value', edit: ['"turns": 10', '"turns": zehn'], at: ['zehn', 'zehn'], sentence: 'expected a value, found "zehn"' },
    { title: 'a line break inside a text', edit: ['"Kleines Quartier"', '"Kleines\nQuartier"'], at: ['Kleines\n', '\n'], sentence: 'a line break or tab inside a text must be written as \\n or \\t' },
    { title: 'an unknown escape', edit: ['"Kleines Quartier"', '"Kleines\\q Quartier"'], at: ['\\q', '\\'], sentence: 'unknown escape after "\\" in a text' },
    { title: 'a malformed number', edit: ['"turns": 10', '"turns": -x'], at: ['-x', '-'], sentence: 'this number is not written as JSON expects, found "-x"' },
    { title: 'text after the end', edit: ['"version": 1', '"version": 1}{'], at: ['1}{', '{'], sentence: 'more text follows after the end of the data, found "{"' },
  ])('$title', ({ edit, at, sentence }) => {
    const source = edited(smallJson, edit as [string, string]);
    expect(problemsOf(source, 'small.json')).toEqual([`small.json:${where(source, at[0] ?? '', at[1])}: JSON syntax error: ${sentence}`]);
  });

  it('says when the file ends too early, at its end', () => {
    const source = smallJson.slice(0, smallJson.lastIndexOf('}'));
    const lines = source.split('\n');
    expect(problemsOf(source, 'small.json')).toEqual([
      `small.json:${lines.length}:${(lines.at(-1) ?? '').length + 1}: JSON syntax error: the file ends too early; is a closing "}" or "]" missing?`,
    ]);
  });

  it('says when more follows after the data', () => {
    expect(problemsOf('{}\n{}', 'x.json')).toEqual(['x.json:2:1: JSON syntax error: more text follows after the end of the data, found "{"']);
  });

  it('finds an error exactly when JSON.parse rejects the text', () => {
    const accepts = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', ' ', '\n', 't', 'n', 'a') }),
      fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1))),
    );
    fc.assert(fc.property(jsonish, (text) => (jsonSyntaxError(text) === undefined) === accepts(text)), { numRuns: 3000 });
  });
});
