/** Zod's issues as findings that carry what the schema expected and what the file had, instead of zod's own wording. */
import type { z } from 'zod';
import type { Finding } from './findings';
import { isObject, valueAt, type Path } from './rawData';
import { scenarioSchema } from './schema';
import { allowedKeys, expectationOf, recordKeySchema, schemaAt } from './schemaAt';
import { suggest } from './suggest';

/** One or more findings per issue (one per unknown key). */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], data: unknown): Finding[] {
  // Zod still runs a list's length checks on a value of the wrong type (a text's length): the wrong type says it all.
  const place = (issue: z.core.$ZodIssue) => JSON.stringify(issue.path.filter((segment) => typeof segment !== 'symbol'));
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map(place));
  return issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(place(issue))).flatMap((issue) => issueFindings(issue, data));
}

function issueFindings(issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const path: Path = issue.path.filter((segment) => typeof segment !== 'symbol');
  const schema = schemaAt(scenarioSchema, path);
  const expected = expectationOf(schema);
  const got = valueAt(data, path);
  // Zod words a missing key as a wrong type or value (undefined); for a person it is simply missing.
  if (got === undefined && path.length > 0 && isObject(valueAt(data, path.slice(0, -1)))) return [{ path, at: 'parent', detail: { code: 'required' } }];
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, at: 'value', detail: { code: 'type', expected, got } }];
    case 'too_small':
    case 'too_big':
      return [{ path, at: 'value', detail: { code: 'range', expected, got } }];
    case 'invalid_format':
      return [{ path, at: 'value', detail: { code: 'format', expected, got } }];
    case 'invalid_value': {
      const suggestion = typeof got === 'string' && expected.kind === 'oneOf' ? suggest(got, expected.values) : undefined;
      return [{ path, at: 'value', detail: { code: 'enum', expected, got, ...(suggestion && { suggestion }) } }];
    }
    case 'unrecognized_keys': {
      const known = allowedKeys(schema);
      return issue.keys.map((key) => {
        const suggestion = suggest(key, known);
        return { path: [...path, key], at: 'key', detail: { code: 'unknownKey', known, ...(suggestion && { suggestion }) } };
      });
    }
    case 'invalid_key': {
      const keyExpected = expectationOf(recordKeySchema(schemaAt(scenarioSchema, path.slice(0, -1))));
      return [{ path, at: 'key', detail: { code: 'format', expected: keyExpected, got: path.at(-1) } }];
    }
    case 'custom':
      return [{ path, at: 'value', detail: { code: 'invalid', text: issue.message } }];
    default:
      return [{ path, at: 'value', detail: { code: 'type', expected, got } }];
  }
}
