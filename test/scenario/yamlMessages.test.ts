import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { edited, problemsOf, smallYaml, where } from './fixture';

/** An alias bomb ("billion laughs"): each level repeats the one before nine times. */
function aliasBomb(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const [previous, name] of [...'abcdefghijk'].map((c, i) => [c, 'bcdefghijkl'[i]])) {
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return levels.join('\n');
}

describe('the yaml library’s messages reach the trainer as our sentences, in German too', () => {
  it.each([
    {
      title: 'an alias bomb',
      source: aliasBomb(),
      at: '2:8',
      en: 'the aliases (*name) here would repeat far too much data; write the values out, or use fewer aliases',
      de: 'die Aliase (*name) hier würden viel zu viele Daten wiederholen; bitte die Werte ausschreiben oder weniger Aliase verwenden',
    },
    {
      title: 'a block list inside brackets',
      source: 'a: [ b:\n  - c\n ]\n',
      at: '2:3',
      en: 'inside "[ … ]" or "{ … }" there can be no list with "-" and no keys on lines of their own; separate the entries with commas, or leave out the brackets',
      de: 'innerhalb von "[ … ]" oder "{ … }" sind keine Listen mit "-" und keine Schlüssel auf eigenen Zeilen erlaubt; die Einträge mit Kommas trennen oder die Klammern weglassen',
    },
    {
      title: 'a merge key, which scenarios do not support',
      source: 'base: &base { turns: 10 }\ntime:\n  <<: *base\n  startYear: 2000\n',
      at: '3:3',
      en: 'merge keys ("<<: *name") are not supported in scenarios; write the fields out, or use "*name" for a whole value',
      de: 'Merge-Schlüssel ("<<: *name") werden in Szenarien nicht unterstützt; bitte die Felder ausschreiben oder "*name" für einen ganzen Wert verwenden',
    },
    {
      title: 'a JSON object followed by the same scenario in YAML',
      source: '{\n  "a": 1\n}\n# the YAML version\na: 1\nb: [2, 3]\n',
      at: '5:1',
      en: 'more text follows after the end of the data; a scenario file holds one scenario, in YAML or in JSON, not both',
      de: 'nach dem Ende der Daten folgt noch Text; eine Szenariodatei enthält ein Szenario, in YAML oder in JSON, nicht beides',
    },
  ])('$title', ({ source, at, en, de }) => {
    expect(problemsOf(source, 'x.yaml')).toEqual([`x.yaml:${at}: YAML syntax error: ${en}`]);
    expect(problemsOf(source, 'x.yaml', 'de')).toEqual([`x.yaml:${at}: YAML-Syntaxfehler: ${de}`]);
  });

  it('a line indented too far says "indentation" (Einrückung)', () => {
    const source = edited(smallYaml, ['  turns: 10', '    turns: 10']);
    const at = where(source, 'startYear: 2000', '2000');
    expect(problemsOf(source)).toEqual([
      `small.yaml:${at}: YAML syntax error: check the indentation here and on the next line: the keys of one block start in the same column; a key stands on one line and ends with ":", and a value that contains ": " goes in quotes`,
    ]);
    expect(problemsOf(source, 'small.yaml', 'de')).toEqual([
      `small.yaml:${at}: YAML-Syntaxfehler: bitte die Einrückung hier und in der nächsten Zeile prüfen: die Schlüssel eines Blocks beginnen in derselben Spalte; ein Schlüssel steht auf einer Zeile und endet mit ":", und ein Wert, der ": " enthält, gehört in Anführungszeichen`,
    ]);
  });

  it('a line indented too little says "indentation" (Einrückung)', () => {
    const source = edited(smallYaml, ['  turns: 10', ' turns: 10']);
    expect(problemsOf(source)[0]).toMatch(/^small\.yaml:\d+:\d+: YAML syntax error: the indentation does not match the lines above/);
    expect(problemsOf(source, 'small.yaml', 'de')[0]).toMatch(/^small\.yaml:\d+:\d+: YAML-Syntaxfehler: die Einrückung passt nicht zu den Zeilen darüber/);
  });

  it('no English text of the library leaks into German messages', () => {
    const broken = [
      'a: &x 1\nb: &y *x\n',
      'a: "\\q"\n',
      'time:\n  a: 1\n b: 2\n',
      'a:\n  &x - 1\n',
      'a: @x\n',
      'a: b: c\n',
      'a: [ b:\n  - c\n ]\n',
      'a: 1\na: 2\n',
      `${'k'.repeat(1100)}: 1\n`,
      'a: "abc\n',
      'a: [b\n c: 1]\n',
      'a: &x &y 1\n',
      'a: 1\n---\nb: 2\n',
      'a: !!str !!str 1\n',
      'a:\n\tb: 1\n',
      'a: [1]]\n',
      'a: *nowhere\n',
      aliasBomb(),
    ];
    for (const source of broken) {
      const library = parseDocument(source, { prettyErrors: false }).errors.map((e) => e.message);
      const result = loadScenario(source, 'x.yaml', { lang: 'de' });
      const messages = result.ok ? [] : result.problems.map((p) => p.message);
      expect(messages.length, source).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message, source).toMatch(/^YAML-Syntaxfehler: /);
        for (const text of library) expect(message, source).not.toContain(text);
        // The library speaks of "map", "token" and "implicit"; our German sentences never do.
        expect(message, source).not.toMatch(/\b(map|token|implicit|indicator|Unexpected|Missing|must)\b/);
      }
    }
  });
});
