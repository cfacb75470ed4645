/** `npm run play -- SCENARIO [--seed N] [--plan none|REFERENCE] [--turns N] [--format table|json|csv]` */
import { parseArgs } from 'node:util';
import { INDICATOR_IDS } from '../scenario/schema';
import type { Scenario } from '../scenario/schema';
import { yearRows, type YearRow } from '../sim/report';
import { referencePlan, runPlan, type Plan } from '../sim/run';
import { indicatorCells } from './indicatorColumns';
import { readScenario } from './readScenario';
import { csvTable, textTable } from './table';
import { UsageError, wholeNumber } from './usage';

const USAGE = 'usage: npm run play -- SCENARIO [--seed N] [--plan none|REFERENCE] [--turns N] [--format table|json|csv]';
const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface PlayOptions {
  file: string;
  seed: number;
  plan: string;
  turns?: number;
  format: Format;
}

function parse(argv: string[]): PlayOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string', default: '1' },
      plan: { type: 'string', default: 'none' },
      turns: { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one scenario file');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  return {
    file: positionals[0]!,
    seed: wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1),
    plan: values.plan,
    turns: values.turns === undefined ? undefined : wholeNumber('--turns', values.turns, 1, 200),
    format,
  };
}

function planOf(scenario: Scenario, name: string): Plan {
  if (name === 'none') return new Map();
  const plan = referencePlan(scenario, name);
  if (plan) return plan;
  const known = ['none', ...scenario.references.map((r) => r.id)].join(', ');
  throw new UsageError(`scenario "${scenario.meta.id}" has no reference play "${name}"; choose one of: ${known}`);
}

function render(format: Format, scenario: Scenario, options: PlayOptions, rows: YearRow[]): string {
  if (format === 'json') {
    return JSON.stringify({ scenario: scenario.meta.id, seed: options.seed, plan: options.plan, years: rows }, null, 2);
  }
  if (format === 'csv') {
    const header = ['year', 'district', ...INDICATOR_IDS];
    const lines = rows.flatMap((r) => [
      [String(r.year), 'all', ...INDICATOR_IDS.map((id) => String(r.indicators[id]))],
      ...Object.entries(r.districts).map(([d, ind]) => [String(r.year), d, ...INDICATOR_IDS.map((id) => String(ind[id]))]),
    ]);
    return csvTable(header, lines);
  }
  const table = textTable(
    ['year', ...INDICATOR_IDS, 'events'],
    rows.map((r) => [String(r.year), ...indicatorCells(r.indicators), r.events.join(' ') || '-']),
  );
  return `${scenario.meta.title.en} — seed ${options.seed}, plan ${options.plan}\n${table}`;
}

/** Runs the command; returns the exit code. */
export function main(argv: string[]): number {
  let options: PlayOptions;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const scenario = readScenario(options.file);
  if (!scenario) return 1;
  try {
    const records = runPlan(scenario, options.seed, planOf(scenario, options.plan), options.turns);
    console.log(render(options.format, scenario, options, yearRows(scenario, records)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
