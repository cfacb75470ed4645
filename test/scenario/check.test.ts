import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check';
import { edited, smallYaml } from './fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the command in-process on files held in memory, as the UTF-8 bytes a file on disk would hold. */
function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = check(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });
  return { code, out, err };
}

const broken = edited(smallYaml, ['cost: 150000', 'cost: viel'], ['leadTime: 1', 'leadTme: 1']);

describe('npm run check', () => {
  it('prints a short OK line with the counts and exits 0 for a valid file', () => {
    expect(run(['small.yaml'], { 'small.yaml': smallYaml })).toEqual({
      code: 0,
      out: ['small.yaml: OK (2 districts, 2 household classes, 2 roles, 2 measures, 1 programme, 2 events)'],
      err: [],
    });
  });

  it('prints every problem of a broken file and exits 1, while still checking the other files', () => {
    expect(run(['bad.yaml', 'small.yaml'], { 'bad.yaml': broken, 'small.yaml': smallYaml })).toEqual({
      code: 1,
      out: [
        'bad.yaml:122:5: measures[0].leadTme: is not a known key here; did you mean "leadTime"?',
        'bad.yaml:135:11: measures[1].cost: must be a number ≥ 0, got "viel"',
        'bad.yaml: 2 problems',
        'small.yaml: OK (2 districts, 2 household classes, 2 roles, 2 measures, 1 programme, 2 events)',
      ],
      err: [],
    });
  });

  it('speaks German with --lang de', () => {
    const { code, out } = run(['--lang', 'de', 'bad.yaml'], { 'bad.yaml': broken });
    expect(code).toBe(1);
    expect(out.at(-1)).toBe('bad.yaml: 2 Probleme');
    expect(out[1]).toBe('bad.yaml:135:11: measures[1].cost: muss eine Zahl ≥ 0 sein, gefunden: "viel"');
    expect(run(['--lang=de', 'small.yaml'], { 'small.yaml': smallYaml }).out[0]).toMatch(/^small\.yaml: in Ordnung \(2 Teilgebiete, /);
  });

  it('says clearly that a file is missing and exits 1', () => {
    expect(run(['nowhere.yaml'])).toEqual({ code: 1, out: [], err: ['nowhere.yaml: cannot read the file (no such file)'] });
  });

  it('shows the usage and exits 1 without files or with an unknown option', () => {
    for (const args of [[], ['--lang', 'fr', 'small.yaml'], ['--strict'], ['--quick', 'small.yaml']]) {
      const { code, out, err } = run(args, { 'small.yaml': smallYaml });
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err[0]).toMatch(/^Usage: npm run check -- \[--lang de\|en\] \[--strict\] FILE\.\.\./);
    }
  });

  it('runs as a command: exit code and output, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quartier-check-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, broken);
    const good = join(root, 'test/fixtures/small.json');
    const command = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { cwd: root, encoding: 'utf8' });

    const ok = command(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${good}: OK (2 districts, 2 household classes, 2 roles, 2 measures, 1 programme, 2 events)\n`);

    const failed = command(bad, join(dir, 'missing.json'));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe(
      `${bad}:122:5: measures[0].leadTme: is not a known key here; did you mean "leadTime"?\n` +
        `${bad}:135:11: measures[1].cost: must be a number ≥ 0, got "viel"\n` +
        `${bad}: 2 problems\n`,
    );
    expect(failed.stderr).toBe(`${join(dir, 'missing.json')}: cannot read the file (no such file)\n`);
  });
});
