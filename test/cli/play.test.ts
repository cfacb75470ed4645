import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run play -- …` as a user would, without npm's banner. */
function play(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/play.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run play', () => {
  it('prints identical JSON for the same seed and different JSON for another seed', () => {
    const first = play('scenarios/gruenau.yaml', '--seed', '7', '--plan', 'history', '--format', 'json');
    const again = play('scenarios/gruenau.yaml', '--seed', '7', '--plan', 'history', '--format', 'json');
    const other = play('scenarios/gruenau.yaml', '--seed', '8', '--plan', 'history', '--format', 'json');
    expect(first.code).toBe(0);
    expect(again.out).toBe(first.out);
    expect(other.out).not.toBe(first.out);
    const json = JSON.parse(first.out);
    expect(json).toMatchObject({ scenario: 'gruenau', seed: 7 });
    expect(json.years).toHaveLength(15);
    expect(json.years[0].year).toBe(1996);
    expect(json.years[14].year).toBe(2010);
    const y2004 = json.years.find((y: { year: number }) => y.year === 2004);
    expect(y2004.indicators.vacancy).toBeGreaterThan(0);
    expect(y2004.indicators.vacancy).toBeLessThan(1);
    expect(Object.keys(y2004.districts)).toEqual(['wk1', 'wk2', 'wk3', 'wk4', 'wk51', 'wk52', 'wk7', 'wk8']);
    expect(y2004.districts.wk7.population).toBeGreaterThan(0);
  });

  it('prints a table with one row per year and a CSV with a row per district', () => {
    const table = play('scenarios/gruenau.yaml', '--turns', '3');
    expect(table.code).toBe(0);
    expect(table.out.trim().split('\n')).toHaveLength(1 + 1 + 4);
    const csv = play('scenarios/gruenau.yaml', '--turns', '2', '--format', 'csv').out.trim().split('\n');
    expect(csv[0]).toMatch(/^year,district,population,households,flats,vacancy,/);
    expect(csv).toHaveLength(1 + 3 * 9);
    expect(csv[1]).toMatch(/^1996,all,64470,/);
  });

  it.each([
    [['scenarios/gruenau.yaml', '--plan', 'dreams'], /no reference play "dreams"; choose one of: none, history/],
    [['scenarios/gruenau.yaml', '--seed', 'seven'], /--seed must be a whole number from 0 to 4294967295, got "seven"/],
    [['scenarios/gruenau.yaml', '--turns', '0'], /--turns must be a whole number from 1 to 200, got "0"/],
    [['scenarios/gruenau.yaml', '--format', 'xml'], /--format must be one of table, json, csv, got "xml"/],
    [['scenarios/gruenau.yaml', '--colour'], /Unknown option '--colour'/],
    [[], /name exactly one scenario file/],
    [['missing.yaml'], /missing.yaml: cannot read the file \(no such file\)/],
    [['test/fixtures/small.json', '--turns', 'x'], /--turns must be a whole number/],
  ])('rejects %j with a clear message and exit 1, never a stack trace', (args, message) => {
    const r = play(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  it('reports a broken scenario with its problems and exit 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quartier-')), 'broken.yaml');
    writeFileSync(file, 'format: quartier-scenario\nversion: [1\n');
    const r = play(file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${file}:\\d+:\\d+: `));
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
