/** Walks the scenario schema along a data path, so messages can say what is expected at any place in a file. */
import type { z } from 'zod';
import type { Path } from './rawData';
import { LANGUAGES } from './schema';

type Schema = z.core.$ZodType;

/** What the schema expects at one place, in a form each language can phrase. */
export type Expectation =
  | { kind: 'number'; integer: boolean; min?: Bound; max?: Bound }
  | { kind: 'text'; nonEmpty: boolean; pattern?: string }
  | { kind: 'boolean' }
  | { kind: 'oneOf'; values: string[] }
  | { kind: 'exactly'; value: unknown }
  | { kind: 'localText' }
  | { kind: 'object'; keys: string[] }
  | { kind: 'record'; value: Expectation }
  | { kind: 'list'; min?: number; max?: number }
  | { kind: 'valid' };

export interface Bound {
  value: number;
  inclusive: boolean;
}

/** Strips the wrappers (optional, default, pipe, …) that do not change what a value must look like. */
export function unwrap(schema: Schema): Schema {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType);
    case 'pipe':
      return unwrap(def.in);
    default:
      return schema;
  }
}

/** The schema for the value at `path` as declared (defaults kept), or undefined where the schema allows nothing. */
export function schemaAt(schema: Schema, path: Path): Schema | undefined {
  let current = schema;
  for (const segment of path) {
    const next = child(unwrap(current), segment);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

function child(schema: Schema, segment: string | number): Schema | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object':
      return Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    default:
      return undefined;
  }
}

/** The keys an object may have at this place: an object's fields or a record's enumerated keys. */
export function allowedKeys(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  if (def.type === 'object') return Object.keys(def.shape);
  if (def.type === 'record') return enumValues(def.keyType) ?? [];
  return [];
}

/** The key schema of a record at this place, used when a key itself is malformed. */
export function recordKeySchema(schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  return def.type === 'record' ? def.keyType : undefined;
}

function enumValues(schema: Schema): string[] | undefined {
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  return def.type === 'enum' ? Object.values(def.entries).map(String) : undefined;
}

/** Describes what the schema accepts, independent of language. */
export function expectationOf(schema: Schema | undefined): Expectation {
  if (!schema) return { kind: 'valid' };
  const bare = unwrap(schema) as z.core.$ZodTypes;
  const def = bare._zod.def;
  const checks = (def.checks ?? []).map((check) => (check as z.core.$ZodChecks)._zod.def);
  switch (def.type) {
    case 'number': {
      const expectation: Expectation = { kind: 'number', integer: false };
      for (const check of checks) {
        if (check.check === 'number_format') expectation.integer = true;
        if (check.check === 'greater_than') expectation.min = { value: Number(check.value), inclusive: check.inclusive };
        if (check.check === 'less_than') expectation.max = { value: Number(check.value), inclusive: check.inclusive };
      }
      return expectation;
    }
    case 'string': {
      const expectation: Expectation = { kind: 'text', nonEmpty: false };
      for (const check of checks) {
        if (check.check === 'min_length' && check.minimum > 0) expectation.nonEmpty = true;
        if (check.check === 'string_format' && check.pattern) expectation.pattern = check.pattern.source;
      }
      return expectation;
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'oneOf', values: enumValues(bare) ?? [] };
    case 'literal':
      return def.values.length === 1 ? { kind: 'exactly', value: def.values[0] } : { kind: 'oneOf', values: def.values.map(String) };
    case 'object': {
      const keys = Object.keys(def.shape);
      if (keys.length === LANGUAGES.length && LANGUAGES.every((lang) => keys.includes(lang))) return { kind: 'localText' };
      // Naming the fields a file must have helps more than naming every optional one.
      const required = keys.filter((key) => def.shape[key]?._zod.optin === undefined);
      return { kind: 'object', keys: required.length > 0 ? required : keys };
    }
    case 'record':
      return { kind: 'record', value: expectationOf(def.valueType) };
    case 'array': {
      const expectation: Expectation = { kind: 'list' };
      for (const check of checks) {
        if (check.check === 'min_length' && check.minimum > 0) expectation.min = check.minimum;
        if (check.check === 'max_length') expectation.max = check.maximum;
      }
      return expectation;
    }
    default:
      return { kind: 'valid' };
  }
}
