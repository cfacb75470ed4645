/**
 * `npm run lab -- SCENARIO --runs N [--stance A,B,…] [--seed-from N] [--csv FILE]`: batches of bot games per stance,
 * in the style of NetLogo's BehaviorSpace — one CSV row per run, and a summary per stance.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { playBotGame } from '../bots/autoplay';
import { scores } from '../rules/scoring';
import { scenarioHash } from '../rules/session';
import type { Scenario } from '../scenario/schema';
import { csvTable } from '../sim/csv';
import { lowIncomeClasses, neighbourhoodIndicators } from '../sim/indicators';
import { botSeats, STANCE_CHOICES, type StanceChoice } from './seats';
import { readFailure } from './readFailure';
import { readScenario } from './readScenario';
import { textTable } from './table';
import { UsageError, wholeNumber } from './usage';

const USAGE = 'usage: npm run lab -- SCENARIO --runs N [--stance A,B,…] [--seed-from N] [--csv FILE]';
/** Final indicators written for every run. */
const OUTCOMES = ['population', 'vacancy', 'renovatedShare', 'vandalism', 'image', 'cohesion', 'trust', 'unemployment', 'lowIncomeShare'] as const;

interface LabOptions {
  file: string;
  runs: number;
  stances: StanceChoice[];
  seedFrom: number;
  csv?: string;
}

function parse(argv: string[]): LabOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { runs: { type: 'string' }, stance: { type: 'string', default: 'mixed' }, 'seed-from': { type: 'string', default: '1' }, csv: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one scenario file');
  if (values.runs === undefined) throw new UsageError('--runs is required');
  const stances = values.stance.split(',').map((s) => s.trim());
  const unknown = stances.find((s) => !(STANCE_CHOICES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new UsageError(`--stance takes a comma-separated list of ${STANCE_CHOICES.join(', ')}; "${unknown}" is none of them`);
  return {
    file: positionals[0]!,
    runs: wholeNumber('--runs', values.runs, 1, 1_000_000),
    stances: stances as StanceChoice[],
    seedFrom: wholeNumber('--seed-from', values['seed-from'], 0, 2 ** 32 - 1),
    ...(values.csv !== undefined && { csv: values.csv }),
  };
}

interface Run {
  seed: number;
  stance: StanceChoice;
  outcomes: Record<(typeof OUTCOMES)[number], number>;
  passed: number;
  programmeMoney: number;
  roleScores: Record<string, number>;
  shared: number;
}

function playRun(scenario: Scenario, stance: StanceChoice, seed: number): Run {
  const live = playBotGame(scenario, seed, botSeats(scenario, stance), { explain: false });
  const ind = neighbourhoodIndicators(live.state.model, lowIncomeClasses(scenario));
  const s = scores(scenario, live.state);
  const history = live.state.history;
  return {
    seed,
    stance,
    outcomes: Object.fromEntries(OUTCOMES.map((k) => [k, ind[k]])) as Run['outcomes'],
    passed: history.reduce((n, y) => n + y.proposals.filter((p) => p.verdict === 'passed').length, 0),
    programmeMoney: history.reduce((n, y) => n + Object.values(y.programmeMoney).reduce((a, b) => a + b, 0), 0),
    roleScores: Object.fromEntries(scenario.roles.map((r) => [r.id, s.roles[r.id]!.total])),
    shared: s.shared,
  };
}

/** A progress bar on a terminal only, so redirected output stays clean. */
function progress(done: number, total: number, stance: string): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${stance.padEnd(12)}`);
  if (done === total) process.stderr.write('\n');
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation: the spread of results between seeds. */
function spread(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

function csvText(scenario: Scenario, o: LabOptions, runs: readonly Run[]): string {
  const roles = scenario.roles.map((r) => r.id);
  const meta = [
    `# quartier lab`,
    `# scenario: ${scenario.meta.id} (${o.file})`,
    `# scenario hash: ${scenarioHash(scenario)}`,
    `# runs per stance: ${o.runs}`,
    `# stances: ${o.stances.join(',')}`,
    `# seeds: ${o.seedFrom}..${o.seedFrom + o.runs - 1} (the same seeds for every stance)`,
    `# shares (vacancy and others) are fractions 0-1; scores in points`,
  ];
  const header = ['run', 'seed', 'stance', ...OUTCOMES, 'passed', 'programmeMoney', ...roles.map((r) => `score_${r}`), 'shared'];
  const rows = runs.map((r, i) => [
    String(i + 1),
    String(r.seed),
    r.stance,
    ...OUTCOMES.map((k) => String(r.outcomes[k])),
    String(r.passed),
    String(Math.round(r.programmeMoney)),
    ...roles.map((id) => String(r.roleScores[id])),
    String(r.shared),
  ]);
  return `${meta.join('\n')}\n${csvTable(header, rows)}\n`;
}

function summary(scenario: Scenario, o: LabOptions, runs: readonly Run[]): string {
  const cell = (xs: number[], digits: number, factor = 1) => `${(mean(xs) * factor).toFixed(digits)} ± ${(spread(xs) * factor).toFixed(digits)}`;
  const rows = o.stances.map((stance) => {
    const mine = runs.filter((r) => r.stance === stance);
    return [
      stance,
      cell(mine.map((r) => r.shared), 1),
      cell(mine.map((r) => r.outcomes.vacancy), 1, 100),
      cell(mine.map((r) => r.outcomes.population), 0),
      cell(mine.map((r) => r.passed), 1),
      cell(mine.map((r) => r.programmeMoney), 1, 1e-6),
      ...scenario.roles.map((role) => mean(mine.map((r) => r.roleScores[role.id]!)).toFixed(1)),
    ];
  });
  const header = ['stance', 'shared score', 'vacancy %', 'population', 'measures passed', 'programme M€', ...scenario.roles.map((r) => r.id)];
  return `summary over ${o.runs} runs per stance (mean ± standard deviation; role columns: mean score)\n${textTable(header, rows)}`;
}

/** Runs the command; returns the exit code. */
export function main(argv: string[]): number {
  let options: LabOptions;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const scenario = readScenario(options.file);
  if (!scenario) return 1;
  const runs: Run[] = [];
  const total = options.runs * options.stances.length;
  for (const stance of options.stances) {
    for (let i = 0; i < options.runs; i++) {
      runs.push(playRun(scenario, stance, options.seedFrom + i));
      progress(runs.length, total, stance);
    }
  }
  if (options.csv) {
    try {
      writeFileSync(options.csv, csvText(scenario, options, runs));
    } catch (error) {
      console.error(`${options.csv}: cannot write the CSV file (${readFailure(error, 'en')})`);
      return 1;
    }
  }
  console.log(summary(scenario, options, runs));
  if (options.csv) console.log(`one row per run written to ${options.csv}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
