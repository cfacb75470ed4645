/** `npm run check -- FILE...`: validates scenario files and prints every problem as FILE:LINE:COL: path: sentence. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadScenario } from '../scenario/load';
import { groupProblems } from '../scenario/problemGroups';
import { formatProblem } from '../scenario/problems';
import type { Language, Scenario } from '../scenario/schema';
import { readFailure } from './readFailure';

/** Where the command writes and how it reads files, so tests can run it without a process. */
export interface CheckIo {
  out(line: string): void;
  err(line: string): void;
  /** The file's bytes: loadScenario decodes them as the browser does (UTF-8, UTF-16, line breaks; binary refused). */
  readFile(path: string): Uint8Array;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEXTS = {
  en: {
    usage:
      'Usage: npm run check -- [--lang de|en] [--strict] FILE...\nChecks Quartier scenario files (YAML or JSON) and lists every problem.\nWarnings point at what may be a slip; --strict fails on them too.',
    cannotRead: (file: string, reason: string) => `${file}: cannot read the file (${reason})`,
    ok: (file: string, s: Scenario) =>
      `${file}: OK (${[
        counted(s.districts.length, 'district', 'districts'),
        counted(s.householdClasses.length, 'household class', 'household classes'),
        counted(s.roles.length, 'role', 'roles'),
        counted(s.measures.length, 'measure', 'measures'),
        counted(s.programmes.length, 'programme', 'programmes'),
        counted(s.events.length, 'event', 'events'),
      ].join(', ')})`,
    failed: (file: string, count: number) => `${file}: ${counted(count, 'problem', 'problems')}`,
    warned: (file: string, count: number) => `${file}: ${counted(count, 'warning', 'warnings')}`,
  },
  de: {
    usage:
      'Aufruf: npm run check -- [--lang de|en] [--strict] DATEI...\nPrüft Quartier-Szenariodateien (YAML oder JSON) und listet jedes Problem auf.\nWarnungen zeigen, was ein Versehen sein kann; mit --strict scheitert die Prüfung auch an ihnen.',
    cannotRead: (file: string, reason: string) => `${file}: die Datei kann nicht gelesen werden (${reason})`,
    ok: (file: string, s: Scenario) =>
      `${file}: in Ordnung (${[
        counted(s.districts.length, 'Teilgebiet', 'Teilgebiete'),
        counted(s.householdClasses.length, 'Haushaltstyp', 'Haushaltstypen'),
        counted(s.roles.length, 'Rolle', 'Rollen'),
        counted(s.measures.length, 'Maßnahme', 'Maßnahmen'),
        counted(s.programmes.length, 'Förderprogramm', 'Förderprogramme'),
        counted(s.events.length, 'Ereignis', 'Ereignisse'),
      ].join(', ')})`,
    failed: (file: string, count: number) => `${file}: ${counted(count, 'Problem', 'Probleme')}`,
    warned: (file: string, count: number) => `${file}: ${counted(count, 'Warnung', 'Warnungen')}`,
  },
} satisfies Record<Language, unknown>;

/** Runs the command on its arguments; returns the exit code: 0 when every file is valid (with --strict: and has no warnings), 1 otherwise. */
export function check(args: readonly string[], io: CheckIo): number {
  const options = parseArgs(args);
  if (!options) {
    io.err(TEXTS.en.usage);
    return 1;
  }
  const texts = TEXTS[options.lang];
  let valid = true;
  for (const file of options.files) {
    let source: Uint8Array;
    try {
      source = io.readFile(file);
    } catch (error) {
      io.err(texts.cannotRead(file, readFailure(error, options.lang)));
      valid = false;
      continue;
    }
    const result = loadScenario(source, file, { lang: options.lang });
    if (result.ok) {
      groupProblems(result.warnings).forEach((warning) => io.out(formatProblem(warning)));
      if (result.warnings.length > 0) io.out(texts.warned(file, result.warnings.length));
      io.out(texts.ok(file, result.scenario));
      if (options.strict && result.warnings.length > 0) valid = false;
    } else {
      groupProblems(result.problems).forEach((problem) => io.out(formatProblem(problem)));
      io.out(texts.failed(file, result.problems.length));
      valid = false;
    }
  }
  return valid ? 0 : 1;
}

/** The files and the language, or undefined when the arguments make no sense (then the usage is shown). */
function parseArgs(args: readonly string[]): { lang: Language; strict: boolean; files: string[] } | undefined {
  let lang: Language = 'en';
  let strict = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--strict') {
      strict = true;
      continue;
    }
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'de' || value === 'en') lang = value;
    else if (value !== undefined || arg === '--lang' || arg.startsWith('-')) return undefined;
    else files.push(arg);
  }
  return files.length > 0 ? { lang, strict, files } : undefined;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  process.exitCode = check(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readFile: (path) => readFileSync(path),
  });
}
