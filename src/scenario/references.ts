/** Ids that must exist, ids that must be unique, and figures that must agree: rules the schema cannot express. */
import { z } from 'zod';
import type { Finding, IdKind } from './findings';
import type { Target } from './positions';
import { formatPath, isObject, objectsAt, stringsAt, valueAt, type Path, type RawObject } from './rawData';
import { scenarioSchema } from './schema';
import { allowedKeys, schemaAt } from './schemaAt';
import { suggest } from './suggest';

const LISTS_WITH_IDS = ['fieldsOfAction', 'householdClasses', 'districts', 'roles', 'measures', 'programmes', 'events', 'references'];

const LIST_OF_KIND: Record<IdKind, string> = {
  fieldOfAction: 'fieldsOfAction',
  householdClass: 'householdClasses',
  district: 'districts',
  role: 'roles',
  measure: 'measures',
};

const SHARE_TOLERANCE = 0.01;

/** What every check needs: the raw data and a way to report ids that name nothing. */
interface Context {
  data: unknown;
  known(kind: IdKind): string[] | undefined;
  refer(kind: IdKind, id: unknown, path: Path, at?: Target): Finding[];
  referEach(kind: IdKind, path: Path): Finding[];
}

/**
 * Checks the raw parsed data, tolerating any wrong types (the schema reports those),
 * so that broken references are reported together with schema problems.
 */
export function referenceFindings(data: unknown): Finding[] {
  const idsByKind = new Map(Object.entries(LIST_OF_KIND).map(([kind, list]) => [kind, idsIn(valueAt(data, [list]))]));
  const known = (kind: IdKind) => idsByKind.get(kind);
  const refer: Context['refer'] = (kind, id, path, at = 'value') => {
    const ids = known(kind);
    if (typeof id !== 'string' || !ids || ids.includes(id)) return [];
    const suggestion = suggest(id, ids);
    return [{ path, at, detail: { code: 'unknownId', kind, id, known: ids, ...(suggestion && { suggestion }) } }];
  };
  const ctx: Context = {
    data,
    known,
    refer,
    referEach: (kind, path) => stringsAt(data, path).flatMap(({ value, path }) => refer(kind, value, path)),
  };
  return [
    ...duplicateIds(data),
    ...householdClassFindings(ctx),
    ...districtFindings(ctx),
    ...measureFindings(ctx),
    ...programmeFindings(ctx),
    ...eventFindings(ctx),
    ...referencePlayFindings(ctx),
    ...decisionRuleFindings(data),
  ];
}

/** The ids in a list; undefined if it is no list, since then every reference would look broken (the schema reports the list). */
function idsIn(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return [...new Set(list.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])))];
}

/** The value at `path` as the schema reads it (defaults applied), or undefined if it is not valid on its own. */
function parsedAt(data: unknown, path: Path): unknown {
  const schema = schemaAt(scenarioSchema, path);
  const result = schema && z.safeParse(schema, valueAt(data, path));
  return result?.success ? result.data : undefined;
}

function duplicateIds(data: unknown): Finding[] {
  return LISTS_WITH_IDS.flatMap((list) => {
    const firstUse = new Map<string, Path>();
    return objectsAt(data, [list]).flatMap(({ item, path }): Finding[] => {
      if (typeof item.id !== 'string') return [];
      const first = firstUse.get(item.id);
      if (!first) {
        firstUse.set(item.id, path);
        return [];
      }
      return [{ path: [...path, 'id'], at: 'value', detail: { code: 'duplicateId', id: item.id, first: formatPath(first) } }];
    });
  });
}

/** A later value that must not be below an earlier one (scale min–max, from–until). */
function reversedRange(data: unknown, path: Path, lowKey: string, highKey: string): Finding[] {
  const low = parsedAt(data, [...path, lowKey]);
  const high = parsedAt(data, [...path, highKey]);
  if (typeof low !== 'number' || typeof high !== 'number' || low <= high) return [];
  return [{ path: [...path, lowKey], at: 'value', detail: { code: 'reversedRange', other: highKey, otherValue: high, got: low } }];
}

function effectClasses(ctx: Context, owner: Path): Finding[] {
  return objectsAt(ctx.data, [...owner, 'effects']).flatMap(({ path }) => ctx.referEach('householdClass', [...path, 'classes']));
}

function householdClassFindings(ctx: Context): Finding[] {
  return objectsAt(ctx.data, ['householdClasses']).flatMap(({ item, path }) => [
    ...ctx.refer('householdClass', valueAt(item, ['downward', 'to']), [...path, 'downward', 'to']),
    ...ageMixSum(item.ageMix, [...path, 'ageMix']),
  ]);
}

function ageMixSum(mix: unknown, path: Path): Finding[] {
  const groups = allowedKeys(schemaAt(scenarioSchema, path));
  const shares = groups.map((group) => valueAt(mix, [group]));
  if (!shares.every((share) => typeof share === 'number')) return [];
  const sum = (shares as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) <= SHARE_TOLERANCE) return [];
  return [{ path, at: 'value', detail: { code: 'shareSum', parts: groups, sum } }];
}

function districtFindings(ctx: Context): Finding[] {
  return objectsAt(ctx.data, ['districts']).flatMap(({ item, path }) => [
    ...(isObject(item.households)
      ? Object.keys(item.households).flatMap((key) => ctx.refer('householdClass', key, [...path, 'households', key], 'key'))
      : []),
    ...ctx.referEach('district', [...path, 'neighbours']),
  ]);
}

function measureFindings(ctx: Context): Finding[] {
  return objectsAt(ctx.data, ['measures']).flatMap(({ item, path }) => [
    ...ctx.refer('role', item.lead, [...path, 'lead']),
    ...['required', 'possible'].flatMap((group) => [
      ...ctx.referEach('role', [...path, 'partners', group]),
      ...stringsAt(ctx.data, [...path, 'partners', group])
        .filter(({ value }) => value === item.lead)
        .map(({ value, path: partner }): Finding => ({ path: partner, at: 'value', detail: { code: 'leadAsPartner', role: value } })),
    ]),
    ...ctx.referEach('fieldOfAction', [...path, 'fields']),
    ...ctx.referEach('district', [...path, 'districts']),
    ...effectClasses(ctx, path),
    ...reversedRange(ctx.data, [...path, 'scale'], 'min', 'max'),
  ]);
}

function programmeFindings(ctx: Context): Finding[] {
  return objectsAt(ctx.data, ['programmes']).flatMap(({ path }) => [
    ...ctx.referEach('fieldOfAction', [...path, 'fields']),
    ...ctx.referEach('measure', [...path, 'measures']),
    ...reversedRange(ctx.data, path, 'from', 'until'),
  ]);
}

function eventFindings(ctx: Context): Finding[] {
  return objectsAt(ctx.data, ['events']).flatMap(({ path }) => [
    ...ctx.referEach('district', [...path, 'districts']),
    ...effectClasses(ctx, path),
    ...reversedRange(ctx.data, path, 'from', 'until'),
  ]);
}

function referencePlayFindings(ctx: Context): Finding[] {
  const measures = objectsAt(ctx.data, ['measures']);
  return objectsAt(ctx.data, ['references']).flatMap(({ path }) =>
    objectsAt(ctx.data, [...path, 'decisions']).flatMap(({ item: decision, path: at }) => {
      const measure = measures.find(({ item }) => item.id === decision.measure);
      return [
        ...ctx.refer('measure', decision.measure, [...at, 'measure']),
        ...ctx.refer('district', decision.district, [...at, 'district']),
        ...yearOutsideGame(ctx.data, decision.year, [...at, 'year']),
        ...(measure ? placement(ctx, measure, decision.district, at) : []),
      ];
    }),
  );
}

function yearOutsideGame(data: unknown, year: unknown, path: Path): Finding[] {
  const first = parsedAt(data, ['time', 'startYear']);
  const turns = parsedAt(data, ['time', 'turns']);
  if (typeof year !== 'number' || typeof first !== 'number' || typeof turns !== 'number') return [];
  const last = first + turns - 1;
  if (year >= first && year <= last) return [];
  return [{ path, at: 'value', detail: { code: 'yearOutsideGame', first, last, got: year } }];
}

/** A district measure in a reference play needs a district that the measure allows. */
function placement(ctx: Context, measure: { item: RawObject; path: Path }, district: unknown, at: Path): Finding[] {
  if (parsedAt(ctx.data, [...measure.path, 'appliesTo']) !== 'district' || typeof measure.item.id !== 'string') return [];
  if (district === undefined) return [{ path: at, at: 'value', detail: { code: 'missingDistrict', measure: measure.item.id } }];
  const allowed = measure.item.districts;
  // An unknown district is already reported as such.
  if (typeof district !== 'string' || !ctx.known('district')?.includes(district)) return [];
  if (!Array.isArray(allowed) || allowed.includes(district)) return [];
  const names = allowed.filter((name): name is string => typeof name === 'string');
  return [{ path: [...at, 'district'], at: 'value', detail: { code: 'districtNotAllowed', district, measure: measure.item.id, allowed: names } }];
}

function decisionRuleFindings(data: unknown): Finding[] {
  const rule = parsedAt(data, ['decision', 'rule']);
  const options = parsedAt(data, ['decision', 'options']);
  if (typeof rule !== 'string' || !Array.isArray(options) || options.includes(rule)) return [];
  return [{ path: ['decision', 'rule'], at: 'value', detail: { code: 'ruleNotOffered', rule, options: options.map(String) } }];
}
