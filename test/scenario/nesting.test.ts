import { describe, expect, it } from 'vitest';
import { parseSessionFile } from '../../src/rules/saveFile';
import { loadScenario } from '../../src/scenario/load';
import { MAX_NESTING } from '../../src/scenario/nesting';
import { problemsOf } from './fixture';

const deepJson = '['.repeat(50_000) + ']'.repeat(50_000);
const deepBlockYaml = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n') + ' 1\n';

describe('a file nested too deeply gets one located sentence, never a crash', () => {
  it.each([
    { title: 'JSON 50,000 levels deep', source: deepJson, file: 'deep.json', at: '1:65' },
    { title: 'YAML in brackets 50,000 levels deep', source: deepJson, file: 'deep.yaml', at: '1:65' },
    { title: 'YAML indented 200 levels deep', source: deepBlockYaml, file: 'deep.yaml', at: '65:129' },
  ])('$title', ({ source, file, at }) => {
    let result: ReturnType<typeof loadScenario> | undefined;
    expect(() => (result = loadScenario(source, file))).not.toThrow();
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'tooDeep' }] });
    expect(problemsOf(source, file)).toEqual([`${file}:${at}: the file is nested too deeply (more than 64 levels); a scenario needs at most about 10`]);
    expect(problemsOf(source, file, 'de')).toEqual([`${file}:${at}: die Datei ist zu tief verschachtelt (mehr als 64 Ebenen); ein Szenario braucht höchstens etwa 10`]);
  });

  it('lets a file exactly at the limit through to the ordinary checks', () => {
    const atLimit = '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING);
    for (const file of ['edge.json', 'edge.yaml']) {
      const result = loadScenario(atLimit, file);
      expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['type']);
    }
  });

  it('counts brackets inside JSON strings as text', () => {
    const result = loadScenario(`{"a": "${'['.repeat(100)}"}`, 'x.json');
    expect(result.ok ? [] : result.problems.map((p) => p.code)).not.toContain('tooDeep');
  });

  it('refuses a session file nested too deeply as damaged, instead of overflowing the stack', () => {
    expect(parseSessionFile(`{"format": "quartier-session", "version": 2, "log": [${deepJson}]}`)).toEqual({ ok: false, problem: { code: 'damaged', path: '' } });
  });
});
