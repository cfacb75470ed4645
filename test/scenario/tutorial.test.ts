import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { GUIDE_FILE, TUTORIAL_FILE } from '../../src/scenario/scenarioGuide';
import { checkTargets } from '../../src/sim/calibration';
import { referencePlan, runPlan } from '../../src/sim/run';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');

/** The YAML pieces the guide's walk-through shows, before the generated copy of the whole file. */
function walkThroughPieces(guide: string): string[] {
  const from = guide.indexOf('## Writing a scenario from scratch');
  const to = guide.indexOf('## The complete tutorial file');
  return [...guide.slice(from, to).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('the tutorial scenario', () => {
  const source = read(TUTORIAL_FILE);

  it('loads without problems', () => {
    const result = loadScenario(source, TUTORIAL_FILE);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual([]);
  });

  it('is as small as the guide promises: 3 districts, 3 roles, 5 measures, 1 programme, a scheduled and a drawn event', () => {
    const result = loadScenario(source, TUTORIAL_FILE);
    if (!result.ok) throw new Error('the tutorial does not load');
    const s = result.scenario;
    expect(s.districts).toHaveLength(3);
    expect(s.householdClasses.length).toBeGreaterThanOrEqual(2);
    expect(s.roles).toHaveLength(3);
    expect(s.measures).toHaveLength(5);
    expect(s.programmes).toHaveLength(1);
    expect(s.events.filter((e) => e.year !== undefined)).toHaveLength(1);
    expect(s.events.filter((e) => e.year === undefined && e.probability !== undefined)).toHaveLength(1);
    expect(s.references.map((r) => r.id)).toContain('example');
  });

  it('has an example play that lands in its bands over ten seeds, where doing nothing does not', () => {
    const result = loadScenario(source, TUTORIAL_FILE);
    if (!result.ok) throw new Error('the tutorial does not load');
    const s = result.scenario;
    const example = s.references.find((r) => r.id === 'example')!;
    expect(example.targets.length).toBeGreaterThan(0);
    for (let seed = 1; seed <= 10; seed++) {
      const missed = checkTargets(s, example.targets, runPlan(s, seed, referencePlan(s, 'example')!)).filter((r) => !r.met);
      expect(missed.map((r) => `${r.target.indicator} ${r.target.from}: ${r.value} (year ${r.year})`), `seed ${seed}`).toEqual([]);
      expect(checkTargets(s, example.targets, runPlan(s, seed, new Map())).some((r) => !r.met), `seed ${seed}`).toBe(true);
    }
  });

  it('is quoted word for word in the walk-through of the guide', () => {
    const pieces = walkThroughPieces(read(GUIDE_FILE));
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(source, `${GUIDE_FILE} quotes a piece the tutorial no longer has`).toContain(piece);
  });
});
