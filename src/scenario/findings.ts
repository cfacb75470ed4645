/** Problems as data before they become sentences: what is wrong, and where in the data. */
import type { ConsistencyDetail } from './consistencyDetail';
import type { FileDetail } from './fileMessages';
import type { Target } from './positions';
import type { Path } from './rawData';
import type { Expectation } from './schemaAt';
import type { YamlReason } from './yamlMessages';

/** Kinds of things an id can name. */
export type IdKind = 'fieldOfAction' | 'householdClass' | 'district' | 'role' | 'measure';

export type JsonSyntaxReason =
  | 'end'
  | 'expectedValue'
  | 'expectedKey'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'trailingComma'
  | 'controlChar'
  | 'badEscape'
  | 'badNumber'
  | 'extra'
  | 'duplicateKey';

/** A syntax error; for YAML the parser's code picks our sentence, and its own words serve where we have none; a repeated key names the line of its first place. */
export type SyntaxDetail =
  | { format: 'YAML'; reason?: YamlReason; text: string; firstLine?: number }
  | { format: 'JSON'; reason: JsonSyntaxReason; found?: string; firstLine?: number };

/** What is wrong, with everything a sentence needs; the code says which kind of problem it is. */
export type ProblemDetail =
  | ({ code: 'syntax' } & SyntaxDetail)
  | { code: 'type' | 'range' | 'format' | 'enum'; expected: Expectation; got: unknown; suggestion?: string }
  | { code: 'required' }
  | { code: 'unknownKey'; known: string[]; suggestion?: string }
  | { code: 'unknownId'; kind: IdKind; id: string; known: string[]; suggestion?: string }
  | { code: 'duplicateId'; id: string; first: string }
  | { code: 'invalid'; text: string }
  | { code: 'shareSum'; parts: string[]; sum: number }
  | { code: 'reversedRange'; other: string; otherValue: number; got: number }
  | { code: 'yearOutsideGame'; first: number; last: number; got: number }
  | { code: 'missingDistrict'; measure: string }
  | { code: 'districtNotAllowed'; district: string; measure: string; allowed: string[] }
  | { code: 'leadAsPartner'; role: string }
  | { code: 'ruleNotOffered'; rule: string; options: string[] }
  | ConsistencyDetail
  | FileDetail;

/** A problem before it has a place in the file: the data path and which part of it to point at. */
export interface Finding {
  path: Path;
  at: Target;
  detail: ProblemDetail;
}
