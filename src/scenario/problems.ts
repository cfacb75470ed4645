/** Problems found in a scenario file: values with a place and a sentence, shown by the edge (CLI, panel). */
import { WARNING_CODES } from './consistencyDetail';
import type { ProblemDetail } from './findings';
import type { Language } from './schema';

/** Stable codes, one per kind of problem; tests and translations key on them. */
export type ProblemCode = ProblemDetail['code'];

/** An error stops the game from loading the file; a warning may be intended and is shown before a game starts. */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path to the field, e.g. `measures[3].cost`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  severity: Severity;
  /** The sentence, in the language of `lang`. */
  message: string;
  lang: Language;
}

export function severityOf(code: ProblemCode): Severity {
  return WARNING_CODES.has(code) ? 'warning' : 'error';
}

const WARNING_WORD: Record<Language, string> = { en: 'warning', de: 'Warnung' };

/** `FILE:LINE:COL: path: sentence`, the form editors and terminals understand; a warning says so before the path. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const label = p.severity === 'warning' ? `${WARNING_WORD[p.lang]}: ` : '';
  return p.path ? `${where}: ${label}${p.path}: ${p.message}` : `${where}: ${label}${p.message}`;
}

export const isWarning = (p: Problem) => p.severity === 'warning';
