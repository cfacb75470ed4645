/**
 * `npm run play -- SCENARIO [--seed N] [--plan none|REFERENCE] [--turns N] [--format table|json|csv]`
 * `npm run play -- SCENARIO --seats bots [--stance cooperative|pragmatic|sectoral|mixed] [--seed N] [--save FILE] [--format …]`
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { playBotGame } from '../bots/autoplay';
import { sessionToJson } from '../rules/saveFile';
import { scores } from '../rules/scoring';
import { stateHash } from '../rules/session';
import { modelTimeline } from '../rules/timeline';
import type { Scenario } from '../scenario/schema';
import { yearTableCsv } from '../sim/csv';
import { yearRows } from '../sim/report';
import { referencePlan, runPlan, type Plan } from '../sim/run';
import { decisionLines, scoreTable } from './botReport';
import { readFailure } from './readFailure';
import { readScenario } from './readScenario';
import type { DecisionRule } from '../rules/types';
import { botSeats, offeredRule, RULE_CHOICES, STANCE_CHOICES, type StanceChoice } from './seats';
import { UsageError, wholeNumber } from './usage';
import { title, yearTableText } from './yearTable';

const USAGE = [
  'usage: npm run play -- SCENARIO [--seed N] [--plan none|REFERENCE] [--turns N] [--format table|json|csv]',
  '       npm run play -- SCENARIO --seats bots [--stance cooperative|pragmatic|sectoral|sceptical|mixed] [--rule consent|majority|dots] [--seed N] [--save FILE] [--format table|json|csv]',
].join('\n');
const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface PlayOptions {
  file: string;
  seed: number;
  plan: string;
  turns?: number;
  format: Format;
  bots: boolean;
  stance: StanceChoice;
  rule?: DecisionRule;
  save?: string;
}

function oneOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

function parse(argv: string[]): PlayOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string', default: '1' },
      plan: { type: 'string' },
      turns: { type: 'string' },
      format: { type: 'string', default: 'table' },
      seats: { type: 'string' },
      stance: { type: 'string' },
      rule: { type: 'string' },
      save: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one scenario file');
  const bots = values.seats !== undefined && oneOf('--seats', values.seats, ['bots']) === 'bots';
  if (!bots) {
    for (const option of ['stance', 'rule', 'save'] as const) if (values[option] !== undefined) throw new UsageError(`--${option} needs --seats bots`);
  } else if (values.plan !== undefined || values.turns !== undefined) {
    throw new UsageError('--plan and --turns are for runs without players; with --seats bots the bots decide every year');
  }
  return {
    file: positionals[0]!,
    seed: wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1),
    plan: values.plan ?? 'none',
    turns: values.turns === undefined ? undefined : wholeNumber('--turns', values.turns, 1, 200),
    format: oneOf('--format', values.format, FORMATS),
    bots,
    stance: oneOf('--stance', values.stance ?? 'mixed', STANCE_CHOICES),
    ...(values.rule !== undefined && { rule: oneOf('--rule', values.rule, RULE_CHOICES) }),
    ...(values.save !== undefined && { save: values.save }),
  };
}

function planOf(scenario: Scenario, name: string): Plan {
  if (name === 'none') return new Map();
  const plan = referencePlan(scenario, name);
  if (plan) return plan;
  const known = ['none', ...scenario.references.map((r) => r.id)].join(', ');
  throw new UsageError(`scenario "${scenario.meta.id}" has no reference play "${name}"; choose one of: ${known}`);
}

function playModel(scenario: Scenario, o: PlayOptions): string {
  const rows = yearRows(scenario, runPlan(scenario, o.seed, planOf(scenario, o.plan), o.turns));
  if (o.format === 'json') return JSON.stringify({ scenario: scenario.meta.id, seed: o.seed, plan: o.plan, years: rows }, null, 2);
  if (o.format === 'csv') return yearTableCsv(rows);
  return `${title(scenario, o.seed, `plan ${o.plan}`)}\n${yearTableText(rows)}`;
}

function playBots(scenario: Scenario, o: PlayOptions): string {
  const live = playBotGame(scenario, o.seed, botSeats(scenario, o.stance), o.rule ? { rule: o.rule } : {});
  const hash = stateHash(live.state);
  if (o.save) {
    try {
      writeFileSync(o.save, sessionToJson(live.session, { file: o.file, finalHash: hash }));
    } catch (error) {
      throw new UsageError(`${o.save}: cannot write the session file (${readFailure(error, 'en')})`);
    }
  }
  const rows = yearRows(scenario, modelTimeline(live));
  const finalScores = scores(scenario, live.state);
  const decisions = live.state.history.flatMap((y) => y.proposals);
  if (o.format === 'json') {
    return JSON.stringify({ scenario: scenario.meta.id, seed: o.seed, stance: o.stance, years: rows, decisions, scores: finalScores, hash }, null, 2);
  }
  if (o.format === 'csv') return `# scenario: ${scenario.meta.id}\n# seed: ${o.seed}\n# stance: ${o.stance}\n# hash: ${hash}\n${yearTableCsv(rows)}`;
  return [
    title(scenario, o.seed, `all seats computer-played (${o.stance})`),
    yearTableText(rows),
    '',
    'decisions:',
    ...decisionLines(scenario, live.state.history),
    '',
    'final scores:',
    scoreTable(scenario, finalScores),
    '',
    `hash: ${hash}`,
  ].join('\n');
}

/** Runs the command; returns the exit code. */
export function main(argv: string[]): number {
  try {
    const options = parse(argv);
    const scenario = readScenario(options.file);
    if (!scenario) return 1;
    const refused = offeredRule(scenario, options.rule);
    if (refused) throw new UsageError(refused);
    console.log(options.bots ? playBots(scenario, options) : playModel(scenario, options));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError && 'code' in error)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
