import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../src/scenario/schema';
import { csvTable, yearTableCsv } from '../../src/sim/csv';
import { yearRows } from '../../src/sim/report';
import { runPlan } from '../../src/sim/run';
import { gruenau } from '../helpers/scenarios';

describe('indicator CSV shared by the debrief and the command line', () => {
  it('quotes fields that hold separators, quotes or line breaks', () => {
    expect(csvTable(['a', 'b'], [['1,5', 'say "hi"'], ['x\ny', 'plain']])).toBe('a,b\n"1,5","say ""hi"""\n"x\ny",plain');
  });

  it('has one row for the neighbourhood and one per district each year, with raw numbers', () => {
    const scenario = gruenau();
    const rows = yearRows(scenario, runPlan(scenario, 3, new Map(), 2));
    const lines = yearTableCsv(rows).split('\n');
    expect(lines[0]).toBe(['year', 'district', ...INDICATOR_IDS].join(','));
    expect(lines).toHaveLength(1 + 3 * (1 + scenario.districts.length));
    expect(lines[1]).toBe(['1996', 'all', ...INDICATOR_IDS.map((id) => String(rows[0]!.indicators[id]))].join(','));
    expect(lines[2]!.startsWith(`1996,${scenario.districts[0]!.id},`)).toBe(true);
  });

  it('is what `npm run play -- --format csv` prints', () => {
    const scenario = gruenau();
    const out = execFileSync('npx', ['tsx', 'src/cli/play.ts', 'scenarios/gruenau.yaml', '--seed', '3', '--turns', '2', '--format', 'csv'], { encoding: 'utf8' });
    expect(out.trim()).toBe(yearTableCsv(yearRows(scenario, runPlan(scenario, 3, new Map(), 2))));
  });
});
