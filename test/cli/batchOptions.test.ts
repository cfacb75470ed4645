/** Batch runs take every stance a scenario may use and a decision rule of the scenario's, as the setup screen does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('batch options', () => {
  it('lab plays the sceptical stance under another rule, and says the rule in the CSV', () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'quartier-lab-')), 'out.csv');
    const r = run('lab', 'test/fixtures/small.yaml', '--runs', '2', '--stance', 'sceptical', '--rule', 'majority', '--csv', csv);
    expect(r.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^# decision rule: majority$/m);
    expect(r.out).toMatch(/^\s*sceptical\s+-?\d/m);
  });

  it('play plays a whole game under the chosen rule', () => {
    const r = run('play', 'test/fixtures/small.yaml', '--seats', 'bots', '--stance', 'sceptical', '--rule', 'majority', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).stance).toBe('sceptical');
  });

  it.each([
    ['lab', 'test/fixtures/small.yaml', '--runs', '1', '--rule', 'dots'],
    ['play', 'test/fixtures/small.yaml', '--seats', 'bots', '--rule', 'dots'],
  ])('%s refuses a rule the scenario does not offer, with a sentence and exit 1', (script, ...args) => {
    const r = run(script, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^--rule dots: this scenario offers only consent, majority$/m);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('the yearly table of play', () => {
  it('labels its first row as the start of the first year played', () => {
    const r = run('play', 'test/fixtures/small.json', '--turns', '2');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/^\s*end of\s/);
    expect(lines[2]).toMatch(/^\s*start 2000\s/);
    expect(lines[3]).toMatch(/^\s*2000\s/);
  });
});

describe('lab in several worker processes', () => {
  it('writes the same rows with --jobs 2 as with --jobs 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quartier-jobs-'));
    const csv = (jobs: string) => {
      const file = join(folder, `jobs-${jobs}.csv`);
      const r = run('lab', 'test/fixtures/small.yaml', '--runs', '3', '--stance', 'cooperative,sectoral,none', '--jobs', jobs, '--csv', file);
      expect(r.code).toBe(0);
      return readFileSync(file, 'utf8');
    };
    const serial = csv('1');
    expect(serial.split('\n').filter((l) => /^\d/.test(l))).toHaveLength(9);
    expect(csv('2')).toBe(serial);
  });

  it('shares the tasks out in order, as evenly as it can', async () => {
    const { shares } = await import('../../src/cli/labJobs');
    expect(shares([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4, 5]]);
    expect(shares([1, 2], 4)).toEqual([[1], [2]]);
    expect(shares([1, 2, 3], 1)).toEqual([[1, 2, 3]]);
  });
});
