/** The field reference of the scenario guide, written from the generated JSON Schema (itself made from the zod schema). */

type Json = Record<string, unknown>;

/** Sections of a scenario file, in the order of the guide; `effects` is shared by measures and events. */
export const SECTIONS = [
  'meta',
  'time',
  'fieldsOfAction',
  'householdClasses',
  'districts',
  'context',
  'parameters',
  'roles',
  'measures',
  'programmes',
  'events',
  'decision',
  'references',
  'debrief',
  'effects',
] as const;

const EFFECTS_PATH = ['properties', 'measures', 'items', 'properties', 'effects', 'items'];

interface Row {
  /** Dotted path inside its section; `[]` marks any item of a list. */
  field: string;
  meaning: string;
  type: string;
  /** The default, `required` or `optional`. */
  default: string;
  example: string;
}

export interface FieldReference {
  markdown: string;
  /** Fields whose description is missing or only says what kind of value they take. */
  undescribed: string[];
  /** Fields that have neither a default nor a value in the example scenario. */
  unexampled: string[];
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (root: Json, path: readonly string[]): Json => path.reduce<Json>((node, key) => node[key] as Json, root);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function isText(s: Json): boolean {
  const props = s.properties;
  return isObject(props) && same(Object.keys(props), ['de', 'en']);
}

/** Short decimal form of a number: 1/18 prints as 0.0556. */
function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(3)));
}

function clip(s: string, max = 32): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A value written as compact YAML flow, shortened for a table cell. */
function formatValue(v: unknown): string {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') {
    const short = clip(v);
    return /[,:{}[\]#"']|^\s|\s$/.test(short) ? JSON.stringify(short) : short;
  }
  if (Array.isArray(v)) {
    const items = v.slice(0, 3).map(formatValue);
    return `[${items.join(', ')}${v.length > 3 ? ', …' : ''}]`;
  }
  if (isObject(v)) {
    const entries = Object.entries(v);
    const shown = entries.slice(0, 4).map(([k, x]) => `${k}: ${formatValue(x)}`);
    return `{ ${shown.join(', ')}${entries.length > 4 ? ', …' : ''} }`;
  }
  return String(v);
}

const code = (s: string) => `\`${s}\``;

function range(s: Json): string {
  const min = s.minimum as number | undefined;
  const max = s.maximum as number | undefined;
  if (min !== undefined && max !== undefined) return `${num(min)}–${num(max)}`;
  if (min !== undefined) return `≥ ${num(min)}`;
  if (max !== undefined) return `≤ ${num(max)}`;
  return '';
}

/** What kind of value a schema takes, in words: "share 0–1", "list of id, at least 1", … */
function typeOf(s: Json, idPattern: string): string {
  if (isText(s)) return 'text (de, en)';
  if (s.const !== undefined) return `fixed: ${code(formatValue(s.const))}`;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => code(String(v))).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.pattern === idPattern) return 'id';
      return s.pattern ? `string matching ${code(String(s.pattern))}` : 'string';
    case 'boolean':
      return 'true or false';
    case 'integer':
      if (s.minimum === 1900 && s.maximum === 2200) return 'year (1900–2200)';
      return `whole number ${range(s)}`.trim();
    case 'number':
      if (s.minimum === 0 && s.maximum === 1) return 'share 0–1';
      return `number ${range(s)}`.trim();
    case 'array': {
      const items = s.items as Json;
      const least = `${s.minItems ? `, at least ${s.minItems as number}` : ''}${s.maxItems ? `, at most ${s.maxItems as number}` : ''}`;
      const what = isObject(items.properties) && !isText(items) ? compactObject(items, idPattern) ?? 'objects' : typeOf(items, idPattern);
      return `list of ${what}${least}`;
    }
    case 'object':
      if (isObject(s.additionalProperties)) {
        const keys = s.propertyNames as Json;
        const key = Array.isArray(keys.enum) ? `key (${keys.enum.map((v) => code(String(v))).join(', ')})` : typeOf(keys, idPattern);
        return `map: ${key} → ${typeOf(s.additionalProperties as Json, idPattern)}`;
      }
      return compactObject(s, idPattern) ?? 'object';
  }
  return 'any';
}

/** An object whose parts carry no description of their own reads best as one row: `{ young, working, senior }`. */
function compactObject(s: Json, idPattern: string): string | undefined {
  const props = s.properties as Record<string, Json>;
  const parts = Object.entries(props);
  if (parts.some(([, p]) => p.description !== undefined || (p.type === 'object' && !isText(p)))) return undefined;
  const types = parts.map(([, p]) => typeOf(p, idPattern));
  const keys = code(`{ ${parts.map(([k]) => k).join(', ')} }`);
  if (types.every((t) => t === types[0])) return `${keys}, each ${types[0]}`;
  return `${keys}: ${parts.map(([k], i) => `${k}: ${types[i]}`).join('; ')}`;
}

/** The first value found at a path in the example; `[]` searches every item of a list. */
function exampleAt(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === '[]') {
    if (!Array.isArray(value)) return undefined;
    for (const item of value) {
      const found = exampleAt(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return isObject(value) ? exampleAt(value[head!], rest) : undefined;
}

interface Walk {
  idPattern: string;
  genericDescriptions: string[];
  effects: Json;
  example: unknown;
  rows: Row[];
  undescribed: string[];
  unexampled: string[];
}

interface RowSpec {
  path: string[];
  examplePath: string[];
  required: boolean;
  section: string;
  /** For an object or list whose fields follow in rows of their own. */
  parent?: 'object' | 'list';
}

function addRow(w: Walk, s: Json, spec: RowSpec): void {
  const field = spec.path.join('.').replace(/\.\[\]/g, '[]');
  const name = `${spec.section}.${field}`;
  const description = typeof s.description === 'string' ? s.description : '';
  if (!description || w.genericDescriptions.includes(description)) w.undescribed.push(name);
  const found = exampleAt(w.example, spec.examplePath);
  const shown = found !== undefined ? found : s.default;
  if (shown === undefined && !spec.parent) w.unexampled.push(name);
  let type = typeOf(s, w.idPattern);
  if (s.type === 'array' && same(s.items, w.effects)) type = 'list of effects, see [effects](#effects)';
  if (spec.parent) type = spec.parent === 'list' ? 'list of objects with the fields below' : 'object with the fields below';
  w.rows.push({
    field: code(field),
    meaning: description || '—',
    type,
    default: s.default !== undefined ? code(formatValue(s.default)) : spec.required ? '**required**' : 'optional',
    example: shown !== undefined ? code(formatValue(shown)) : '—',
  });
}

/** Rows for every field of an object schema, descending into parts that have descriptions of their own. */
function walkObject(w: Walk, s: Json, path: string[], section: string, examplePath: string[]): void {
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = (s.required ?? []) as string[];
  for (const [key, p] of Object.entries(props)) {
    const isList = p.type === 'array';
    const nested = isList ? (p.items as Json) : p;
    const spec: RowSpec = { path: [...path, key], examplePath: [...examplePath, key], required: required.includes(key), section };
    const descend =
      isObject(nested.properties) && !isText(nested) && !same(nested, w.effects) && compactObject(nested, w.idPattern) === undefined;
    if (!descend) {
      addRow(w, p, spec);
      continue;
    }
    // A required part without a description of its own needs no row: its fields' paths name it.
    if (p.description !== undefined || p.default !== undefined || !spec.required) addRow(w, p, { ...spec, parent: isList ? 'list' : 'object' });
    const more = isList ? ['[]'] : [];
    walkObject(w, nested, [...spec.path, ...more], section, [...spec.examplePath, ...more]);
  }
}

function table(rows: readonly Row[]): string {
  const head = '| Field | Meaning | Type and range | Default | Example |\n| --- | --- | --- | --- | --- |';
  const body = rows.map((r) => `| ${r.field} | ${r.meaning} | ${r.type} | ${r.default} | ${r.example} |`);
  return [head, ...body].join('\n');
}

function sectionIntro(name: string, s: Json, required: boolean): string {
  const lines: string[] = [];
  if (typeof s.description === 'string') lines.push(s.description);
  if (name === 'effects') lines.push('Effects appear in `measures[].effects` and `events[].effects`. Each item has:');
  else if (s.type === 'array') {
    const least = s.minItems ? `at least ${s.minItems as number} item${s.minItems === 1 ? '' : 's'}` : 'may be empty';
    lines.push(`A list (${required ? 'required' : 'optional'}, ${least}). Each item has:`);
  } else lines.push(`${required ? 'Required.' : s.default !== undefined ? 'Optional: every field has a default.' : 'Optional.'} Fields:`);
  return lines.join(' ');
}

/** The guide's field reference: one table per section, every field with meaning, type, default and an example. */
export function fieldReference(schema: Json, example: unknown): FieldReference {
  const props = schema.properties as Record<string, Json>;
  const rootRequired = (schema.required ?? []) as string[];
  const idPattern = String(at(schema, ['properties', 'meta', 'properties', 'id']).pattern);
  const text = at(schema, ['properties', 'fieldsOfAction', 'items', 'properties', 'name']);
  const id = at(schema, ['properties', 'fieldsOfAction', 'items', 'properties', 'id']);
  const w: Walk = {
    idPattern,
    genericDescriptions: [String(text.description), String(id.description)],
    effects: at(schema, EFFECTS_PATH),
    example,
    rows: [],
    undescribed: [],
    unexampled: [],
  };

  const parts: string[] = [];
  const topLevel = Object.fromEntries(Object.entries(props).filter(([k]) => !(SECTIONS as readonly string[]).includes(k)));
  walkObject(w, { properties: topLevel, required: rootRequired }, [], 'file', []);
  parts.push('### Top level', '', 'Besides the sections below, a file has these fields:', '', table(w.rows));

  for (const name of SECTIONS) {
    const s = name === 'effects' ? w.effects : props[name]!;
    const required = name === 'effects' || rootRequired.includes(name);
    w.rows = [];
    const item = s.type === 'array' ? (s.items as Json) : s;
    const base = name === 'effects' ? ['measures', '[]', 'effects', '[]'] : s.type === 'array' ? [name, '[]'] : [name];
    walkObject(w, item, [], s.type === 'array' ? `${name}[]` : name, base);
    parts.push('', `### ${name}`, '', sectionIntro(name, s, required), '', table(w.rows));
  }
  return { markdown: parts.join('\n'), undescribed: w.undescribed, unexampled: w.unexampled };
}
