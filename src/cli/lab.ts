/**
 * `npm run lab -- SCENARIO --runs N [--stance A,B,…] [--people ROLE,…] [--seed-from N] [--csv FILE]`: batches of bot
 * games per stance, in the style of NetLogo's BehaviorSpace — one CSV row per run, and a summary per stance with the
 * cards tabled and passed per round, overall and by role.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelYears, timeProblem, withTime, workshopTime, type GameTime } from '../rules/gameLength';
import { scenarioHash } from '../rules/session';
import { STANCES, type DecisionRule, type Stance } from '../rules/types';
import type { Scenario } from '../scenario/schema';
import { csvTable } from '../sim/csv';
import { runInJobs } from './labJobs';
import { LAB_STANCES, OUTCOMES, playRun, type LabStance, type Run, type Task } from './labRuns';
import { offeredRule, RULE_CHOICES } from './seats';
import { readFailure } from './readFailure';
import { readScenario } from './readScenario';
import { textTable } from './table';
import { UsageError, wholeNumber } from './usage';

const USAGE =
  'usage: npm run lab -- SCENARIO --runs N [--stance A,B,…] [--seat ROLE=STANCE]… [--people ROLE,…] [--rule consent|majority|dots] [--length workshop|file|ROUNDSxYEARS] [--seed-from N] [--csv FILE] [--jobs N]';
/** Stances one seat may be given with --seat: every stance a scenario may use. */
const SEAT_STANCES = STANCES;

interface LabOptions {
  file: string;
  runs: number;
  stances: LabStance[];
  /** Per-seat stances put over every batch's stance. */
  seats: Record<string, Stance>;
  /** Roles seated as people, played by stand-ins of their stance: the pace of a game in which people play. */
  people: string[];
  /** The decision rule, if not the scenario's own. */
  rule?: DecisionRule;
  /** The length of play: the one setup offers first (workshop), the file's own, or rounds × years. */
  length: string;
  /** Worker processes playing at once (1: all in this process). */
  jobs: number;
  seedFrom: number;
  csv?: string;
}

function parse(argv: string[]): LabOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string' },
      stance: { type: 'string', default: 'mixed' },
      seat: { type: 'string', multiple: true, default: [] },
      people: { type: 'string', default: '' },
      rule: { type: 'string' },
      length: { type: 'string', default: 'workshop' },
      jobs: { type: 'string' },
      'seed-from': { type: 'string', default: '1' },
      csv: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one scenario file');
  if (values.runs === undefined) throw new UsageError('--runs is required');
  const stances = values.stance.split(',').map((s) => s.trim());
  const unknown = stances.find((s) => !(LAB_STANCES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new UsageError(`--stance takes a comma-separated list of ${LAB_STANCES.join(', ')}; "${unknown}" is none of them`);
  return {
    file: positionals[0]!,
    runs: wholeNumber('--runs', values.runs, 1, 1_000_000),
    stances: stances as LabStance[],
    seats: Object.fromEntries(values.seat.map(seatOverride)),
    people: [...new Set(values.people.split(',').map((r) => r.trim()).filter(Boolean))],
    ...(values.rule !== undefined && { rule: ruleOf(values.rule) }),
    length: values.length,
    // One process unless asked: on the 2-core machines measured so far, worker processes gained nothing (see bench).
    jobs: values.jobs === undefined ? 1 : wholeNumber('--jobs', values.jobs, 1, 256),
    seedFrom: wholeNumber('--seed-from', values['seed-from'], 0, 2 ** 32 - 1),
    ...(values.csv !== undefined && { csv: values.csv }),
  };
}

function ruleOf(text: string): DecisionRule {
  if (!(RULE_CHOICES as readonly string[]).includes(text)) throw new UsageError(`--rule must be one of ${RULE_CHOICES.join(', ')}, got "${text}"`);
  return text as DecisionRule;
}

/** `ROLE=STANCE` as given to --seat; the role is checked against the scenario later. */
function seatOverride(text: string): [string, Stance] {
  const [role, stance, ...rest] = text.split('=');
  if (!role || !stance || rest.length > 0 || !(SEAT_STANCES as readonly string[]).includes(stance)) {
    throw new UsageError(`--seat takes ROLE=STANCE with a stance of ${SEAT_STANCES.join(', ')}; "${text}" is not that`);
  }
  return [role, stance as Stance];
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
    `# seats put over every stance: ${Object.entries(o.seats).map(([r, s]) => `${r}=${s}`).join(',') || 'none'}`,
    `# seats held by people, played by stand-ins of their stance: ${o.people.join(',') || 'none'}`,
    `# decision rule: ${o.rule ?? `${scenario.decision.rule} (the scenario's)`}`,
    `# length: ${scenario.time.turns} rounds of ${scenario.time.turnLength} year(s) (--length ${o.length})`,
    `# seeds: ${o.seedFrom}..${o.seedFrom + o.runs - 1} (the same seeds for every stance)`,
    `# shares (vacancy and others) are fractions 0-1; scores in points; tabled and passed: cards over the game, and per round (a round covers the length's years) overall and by the role that tabled them`,
  ];
  const header = [
    'run',
    'seed',
    'stance',
    ...OUTCOMES,
    'tabled',
    'passed',
    'rounds',
    'tabledPerRound',
    'passedPerRound',
    ...roles.flatMap((id) => [`tabledPerRound_${id}`, `passedPerRound_${id}`]),
    'programmeMoney',
    ...roles.map((r) => `score_${r}`),
    'shared',
  ];
  const rows = runs.map((r, i) => [
    String(i + 1),
    String(r.seed),
    r.stance,
    ...OUTCOMES.map((k) => String(r.outcomes[k])),
    String(r.tabled),
    String(r.passed),
    String(r.rounds),
    String(perRound(r.tabled, r)),
    String(perRound(r.passed, r)),
    ...roles.flatMap((id) => [String(perRound(r.tabledBy[id]!, r)), String(perRound(r.passedBy[id]!, r))]),
    String(Math.round(r.programmeMoney)),
    ...roles.map((id) => String(r.roleScores[id])),
    String(r.shared),
  ]);
  return `${meta.join('\n')}\n${csvTable(header, rows)}\n`;
}

/** Cards per round of one run, to four decimals. */
function perRound(cards: number, run: Run): number {
  return run.rounds > 0 ? Math.round((cards / run.rounds) * 1e4) / 1e4 : 0;
}

/** Mean cards per round over runs, to one decimal. */
function meanPerRound(runs: readonly Run[], cards: (r: Run) => number): string {
  return mean(runs.map((r) => perRound(cards(r), r))).toFixed(1);
}

/** Per stance and role: mean cards tabled and passed per round, as `tabled / passed`. */
function cardsByRole(scenario: Scenario, o: LabOptions, runs: readonly Run[]): string {
  const rows = o.stances.map((stance) => {
    const mine = runs.filter((r) => r.stance === stance);
    const pair = (tabled: (r: Run) => number, passed: (r: Run) => number) => `${meanPerRound(mine, tabled)} / ${meanPerRound(mine, passed)}`;
    return [stance, pair((r) => r.tabled, (r) => r.passed), ...scenario.roles.map((role) => pair((r) => r.tabledBy[role.id]!, (r) => r.passedBy[role.id]!))];
  });
  const header = ['stance', 'all roles', ...scenario.roles.map((r) => (o.people.includes(r.id) ? `${r.id} (person)` : r.id))];
  return `cards per round, tabled / passed, overall and by the role that tabled them (mean over runs)\n${textTable(header, rows)}`;
}

function summary(scenario: Scenario, o: LabOptions, runs: readonly Run[]): string {
  const cell = (xs: number[], digits: number, factor = 1) => `${(mean(xs) * factor).toFixed(digits)} ± ${(spread(xs) * factor).toFixed(digits)}`;
  const rows = o.stances.map((stance) => {
    const mine = runs.filter((r) => r.stance === stance);
    return [
      stance,
      cell(mine.map((r) => r.shared), 1),
      cell(mine.map((r) => r.outcomes.vacancy), 1, 100),
      cell(mine.map((r) => r.outcomes.image), 2),
      cell(mine.map((r) => r.outcomes.vandalism), 3),
      cell(mine.map((r) => r.outcomes.population), 0),
      meanPerRound(mine, (r) => r.tabled),
      meanPerRound(mine, (r) => r.passed),
      cell(mine.map((r) => r.programmeMoney), 1, 1e-6),
      ...scenario.roles.map((role) => mean(mine.map((r) => r.roleScores[role.id]!)).toFixed(1)),
    ];
  });
  const header = ['stance', 'shared score', 'vacancy %', 'image', 'vandalism', 'population', 'tabled/round', 'passed/round', 'programme M€', ...scenario.roles.map((r) => r.id)];
  const over =
    (Object.keys(o.seats).length > 0 ? `, with ${Object.entries(o.seats).map(([r, s]) => `${r}=${s}`).join(', ')} in every batch` : '') +
    (o.people.length > 0 ? `, with people (stand-ins of the stance) in the seats of ${o.people.join(', ')}` : '');
  const warnings = o.stances
    .filter((stance) => stance !== 'none' && runs.every((r) => r.stance !== stance || r.passed === 0))
    .map((stance) => `\nwarning: with stance ${stance}, no measure passed in any of the ${o.runs} games`);
  return `summary over ${o.runs} runs per stance${over}, ${scenario.time.turns} rounds of ${scenario.time.turnLength} year(s) (mean ± standard deviation at the end of the last year; per round: cards tabled and passed; role columns: mean score)\n${textTable(header, rows)}\n\n${cardsByRole(scenario, o, runs)}${warnings.join('')}`;
}

/** The length `--length` names for this scenario, or why it names none: setup's first offer, the file's own, or rounds × years. */
function lengthFor(scenario: Scenario, text: string): GameTime | string {
  if (text === 'workshop') return workshopTime(scenario);
  if (text === 'file') return { turns: scenario.time.turns, turnLength: scenario.time.turnLength };
  const m = /^(\d+)x(\d+)$/.exec(text);
  if (!m) return `--length takes workshop, file or ROUNDSxYEARS (for example 7x2), got "${text}"`;
  const time = { turns: Number(m[1]), turnLength: Number(m[2]) };
  const problem = timeProblem(scenario, time);
  return problem ? `--length ${text}: ${time.turns} rounds of ${time.turnLength} years do not fit the ${modelYears(scenario)} years of ${scenario.meta.id} (rounds of 1 to 5 years)` : time;
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let options: LabOptions;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const file = readScenario(options.file);
  if (!file) return 1;
  const time = lengthFor(file, options.length);
  if (typeof time === 'string') {
    console.error(`${time}\n${USAGE}`);
    return 1;
  }
  // The game setup starts by default: the same rules, the same length (gameLength.ts).
  const scenario = withTime(file, time);
  const refusedRule = offeredRule(scenario, options.rule);
  if (refusedRule) {
    console.error(`${refusedRule}\n${USAGE}`);
    return 1;
  }
  const stranger = Object.keys(options.seats).find((role) => !scenario.roles.some((r) => r.id === role));
  if (stranger !== undefined) {
    console.error(`--seat: there is no role "${stranger}" in ${options.file}; its roles are ${scenario.roles.map((r) => r.id).join(', ')}\n${USAGE}`);
    return 1;
  }
  const absent = options.people.find((role) => !scenario.roles.some((r) => r.id === role));
  if (absent !== undefined) {
    console.error(`--people: there is no role "${absent}" in ${options.file}; its roles are ${scenario.roles.map((r) => r.id).join(', ')}\n${USAGE}`);
    return 1;
  }
  const tasks: Task[] = options.stances.flatMap((stance) => Array.from({ length: options.runs }, (_, i) => ({ stance, seed: options.seedFrom + i })));
  const settings = { seats: options.seats, time, ...(options.people.length > 0 && { people: options.people }), ...(options.rule && { rule: options.rule }) };
  let runs: Run[] = [];
  if (options.jobs > 1 && tasks.length > 1) {
    try {
      runs = await runInJobs(options.file, tasks, settings, options.jobs, (n) => progress(n, tasks.length, `${options.jobs} jobs`));
    } catch (error) {
      console.error(`the games could not be played in worker processes: ${(error as Error).message}`);
      return 1;
    }
  } else {
    for (const task of tasks) {
      runs.push(playRun(scenario, task, settings));
      progress(runs.length, tasks.length, task.stance);
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

process.exitCode = await main(process.argv.slice(2));
