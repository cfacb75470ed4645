/** lab reports cards tabled and passed per round, overall and by role, and plays the pace of a game with people (--people). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function lab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/lab.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CSV's rows as records by column name, without its # lines. */
function rows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split('\n').filter((l) => l && !l.startsWith('#'));
  const names = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])));
}

describe('lab’s cards per round', () => {
  const folder = mkdtempSync(join(tmpdir(), 'quartier-lab-pace-'));

  it('prints cards tabled / passed per round overall and by role, and writes them per run to the CSV', () => {
    const csv = join(folder, 'bots.csv');
    const r = lab('test/fixtures/small.yaml', '--runs', '2', '--stance', 'cooperative', '--csv', csv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tabled\/round\s+passed\/round/);
    expect(r.out).toMatch(/^cards per round, tabled \/ passed, overall and by the role that tabled them/m);
    expect(r.out).toMatch(/^\s*stance\s+all roles\s+city\s+housingCompany\s*$/m);
    const runs = rows(readFileSync(csv, 'utf8'));
    expect(runs).toHaveLength(2);
    for (const run of runs) {
      const rounds = Number(run.rounds);
      expect(rounds).toBeGreaterThan(0);
      expect(Number(run.tabledPerRound)).toBeCloseTo(Number(run.tabled) / rounds, 3);
      expect(Number(run.passedPerRound)).toBeCloseTo(Number(run.passed) / rounds, 3);
      const byRole = (kind: string) => Number(run[`${kind}PerRound_city`]) + Number(run[`${kind}PerRound_housingCompany`]);
      expect(byRole('tabled')).toBeCloseTo(Number(run.tabledPerRound), 3);
      expect(byRole('passed')).toBeCloseTo(Number(run.passedPerRound), 3);
      expect(Number(run.passedPerRound_city)).toBeLessThanOrEqual(Number(run.tabledPerRound_city));
    }
  });

  it('--people seats people played by stand-ins; the other roles table at most one card a round', () => {
    const csv = join(folder, 'people.csv');
    const r = lab('test/fixtures/small.yaml', '--runs', '2', '--stance', 'cooperative', '--people', 'city', '--csv', csv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/with people \(stand-ins of the stance\) in the seats of city/);
    expect(r.out).toMatch(/city \(person\)/);
    expect(readFileSync(csv, 'utf8')).toMatch(/^# seats held by people, played by stand-ins of their stance: city$/m);
    for (const run of rows(readFileSync(csv, 'utf8'))) expect(Number(run.tabledPerRound_housingCompany)).toBeLessThanOrEqual(1);
  });

  it('refuses --people with a role the scenario does not have', () => {
    const r = lab('test/fixtures/small.yaml', '--runs', '1', '--people', 'mayor');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--people: there is no role "mayor"/);
  });
});
