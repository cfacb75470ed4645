import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check';
import { groupProblems, MAX_LISTED } from '../../src/scenario/problemGroups';
import { formatProblem, type Problem } from '../../src/scenario/problems';
import { problemsOf } from './fixture';

const tutorial = readFileSync('scenarios/tutorial.yaml', 'utf8');

/** `count` problems of one code on consecutive lines from `line`. */
function many(count: number, code: Problem['code'], line: number, lang: 'de' | 'en' = 'en'): Problem[] {
  return Array.from({ length: count }, (_, i) => ({ file: 'x.yaml', line: line + i, column: 1, path: '', code, severity: 'error', message: `${code} ${i}`, lang }));
}

/** Runs check in-process on one file's text. */
function checked(text: string, lang: 'de' | 'en') {
  const out: string[] = [];
  check(['--lang', lang, 'x.yaml'], { out: (l) => out.push(l), err: (l) => out.push(l), readFile: () => new TextEncoder().encode(text) });
  return out;
}

describe('one mistake gives a handful of messages, not thousands', () => {
  it('lists at most 20 and counts the rest of the same kind, with thousands separators in each language', () => {
    const en = groupProblems(many(3810, 'syntax', 100));
    expect(en).toHaveLength(MAX_LISTED + 1);
    expect(en.slice(0, MAX_LISTED).map((p) => p.message)).toEqual(many(20, 'syntax', 100).map((p) => p.message));
    expect(formatProblem(en[MAX_LISTED]!)).toBe('x.yaml:120:1: … and 3,790 more of the same kind, up to line 3909');
    const de = groupProblems(many(3810, 'syntax', 100, 'de'));
    expect(formatProblem(de[MAX_LISTED]!)).toBe('x.yaml:120:1: … und 3.790 weitere derselben Art, bis Zeile 3909');
  });

  it('gives every kind its first problem before a second of any, and keeps the order of the file', () => {
    const problems = [...many(30, 'required', 1), ...many(2, 'type', 40), ...many(30, 'unknownKey', 50)].sort((a, b) => a.line - b.line);
    const grouped = groupProblems(problems);
    expect(grouped.filter((p) => p.message.startsWith('type'))).toHaveLength(2);
    expect(grouped.map(formatProblem).filter((line) => line.includes('more of the same kind'))).toEqual([
      'x.yaml:10:1: … and 21 more of the same kind, up to line 30',
      'x.yaml:59:1: … and 21 more of the same kind, up to line 79',
    ]);
    const lines = grouped.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('leaves a short list as it is', () => {
    const problems = many(MAX_LISTED, 'type', 1);
    expect(groupProblems(problems)).toEqual(problems);
  });

  it('a JSON scenario followed by the same scenario in YAML gives one problem, not thousands', () => {
    const both = `${JSON.stringify(parse(tutorial), null, 2)}\n${tutorial}`;
    const at = `${JSON.stringify(parse(tutorial), null, 2).split('\n').length + 1 + tutorial.split('\n').findIndex((l) => !l.startsWith('#') && l.trim())}:1`;
    expect(problemsOf(both, 'tutorial.yaml')).toEqual([
      `tutorial.yaml:${at}: YAML syntax error: more text follows after the end of the data; a scenario file holds one scenario, in YAML or in JSON, not both`,
    ]);
    expect(problemsOf(both, 'tutorial.yaml', 'de')).toEqual([
      `tutorial.yaml:${at}: YAML-Syntaxfehler: nach dem Ende der Daten folgt noch Text; eine Szenariodatei enthält ein Szenario, in YAML oder in JSON, nicht beides`,
    ]);
  });

  it('in the command line, a file indented with tabs throughout prints 20 problems and one summary line, in either language', () => {
    const tabbed = tutorial.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    const en = checked(tabbed, 'en');
    expect(en).toHaveLength(MAX_LISTED + 2);
    expect(en[0]).toMatch(/^x\.yaml:\d+:1: YAML syntax error: tabs cannot be used for indentation; use spaces$/);
    expect(en.at(-2)).toMatch(/^x\.yaml:\d+:\d+: … and \d+ more of the same kind, up to line \d+$/);
    expect(en.at(-1)).toMatch(/^x\.yaml: \d+ problems$/);
    const de = checked(tabbed, 'de');
    expect(de[0]).toMatch(/^x\.yaml:\d+:1: YAML-Syntaxfehler: Tabulatoren sind als Einrückung nicht erlaubt; bitte Leerzeichen verwenden$/);
    expect(de.at(-2)).toMatch(/^x\.yaml:\d+:\d+: … und \d+ weitere derselben Art, bis Zeile \d+$/);
  });
});
