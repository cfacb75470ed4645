/** `npm run replay -- FILE [--scenario PATH]`: replays a saved session and prints its final state hash. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rejectionMessage } from '../rules/rejectionMessages';
import { parseSessionFile, sessionForScenario, sessionProblemMessage } from '../rules/saveFile';
import { replay, sessionStateHash } from '../rules/session';
import { encodingSentence } from '../scenario/fileMessages';
import { decodeText } from '../scenario/textDecoding';
import { BUNDLED_IDS, bundledScenarioFile } from './bundledScenarios';
import { readFailure } from './readFailure';
import { readScenario } from './readScenario';
import { UsageError } from './usage';

const USAGE = 'usage: npm run replay -- FILE [--scenario PATH]';

function parse(argv: string[]): { file: string; scenario?: string } {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('name exactly one session file');
  return { file: positionals[0]!, ...(values.scenario !== undefined && { scenario: values.scenario }) };
}

/** Runs the command; returns the exit code. */
export function main(argv: string[]): number {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(options.file);
  } catch (error) {
    console.error(`${options.file}: cannot read the file (${readFailure(error, 'en')})`);
    return 1;
  }
  // The browser's rule for a file's bytes: UTF-8 or UTF-16 text, any line breaks; anything else is refused with a reason.
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    console.error(`${options.file}: ${encodingSentence(decoded.reason, 'en')}`);
    return 1;
  }
  const parsed = parseSessionFile(decoded.text);
  if (!parsed.ok) {
    console.error(`${options.file}: ${sessionProblemMessage(parsed.problem, 'en')}`);
    return 1;
  }
  // A session file is data: it may name a bundled scenario by id, never a file to read; any other comes from --scenario.
  const scenarioFile = options.scenario ?? bundledScenarioFile(parsed.file.scenario.id);
  if (scenarioFile === undefined) {
    console.error(
      `${options.file}: its scenario "${parsed.file.scenario.id}" does not ship with Quartier (${BUNDLED_IDS.join(', ')}); name its file with --scenario PATH\n${USAGE}`,
    );
    return 1;
  }
  const scenario = readScenario(scenarioFile);
  if (!scenario) return 1;
  const matched = sessionForScenario(parsed.file, scenario);
  if (!matched.ok) {
    console.error(`${options.file}: ${sessionProblemMessage(matched.problem, 'en')} (${scenarioFile})`);
    return 1;
  }
  const result = replay(matched.scenario, matched.session);
  if (!result.ok) {
    const { index, rejection } = result.failure;
    console.error(`${options.file}: entry ${index + 1} of the log is refused by the rules: ${rejectionMessage(rejection, 'en', matched.scenario)}`);
    return 1;
  }
  const hash = sessionStateHash(matched.scenario, result.live);
  const { state } = result.live;
  console.log(`${scenario.meta.title.en} — seed ${matched.session.seed}, ${matched.session.log.length} actions, now ${state.phase} ${state.year}`);
  console.log(`hash: ${hash}`);
  if (parsed.file.finalHash !== undefined && parsed.file.finalHash !== hash) {
    console.error(`${options.file}: the replayed state differs from the one saved (saved hash ${parsed.file.finalHash})`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
