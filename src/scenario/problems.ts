/** Problems found in a scenario file: values with a place and a sentence, shown by the edge (CLI, panel). */

/** Stable codes, one per kind of problem; tests and translations key on them. */
export type ProblemCode =
  | 'syntax'
  | 'type'
  | 'range'
  | 'enum'
  | 'required'
  | 'unknownKey'
  | 'unknownId'
  | 'duplicateId'
  | 'format'
  | 'invalid'
  | 'shareSum'
  | 'reversedRange'
  | 'yearOutsideGame'
  | 'missingDistrict'
  | 'districtNotAllowed'
  | 'leadAsPartner'
  | 'ruleNotOffered';

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path to the field, e.g. `measures[3].cost`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  message: string;
}

/** `FILE:LINE:COL: path: sentence`, the form editors and terminals understand. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}
