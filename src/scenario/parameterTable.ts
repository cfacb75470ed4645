/** The model card's parameter table: every model parameter with meaning, unit, range, default and source, read from the zod schema. */
import { z } from 'zod';
import { significant } from './numberFormat';
import { PARAMETER_NOTES } from './parameterNotes';
import { modelParameters } from './parameters';
import type { Language, LocalText } from './schema';

type Json = Record<string, unknown>;

export interface ParameterRow {
  /** Dotted path inside `parameters`, e.g. `vandalism.speed`. */
  path: string;
  meaning: string;
  unit: string;
  range: string;
  /** The schema's default: a number, or numbers by key for a group shown in one row; undefined for a group whose fields follow. */
  fallback: unknown;
  source: string;
  /** A group whose fields follow in rows of their own. */
  group: boolean;
}

export const PARAMETER_HEADINGS: Record<'path' | 'meaning' | 'unit' | 'range' | 'fallback' | 'source', LocalText> = {
  path: { en: 'Parameter', de: 'Parameter' },
  meaning: { en: 'Meaning', de: 'Bedeutung' },
  unit: { en: 'Unit', de: 'Einheit' },
  range: { en: 'Range', de: 'Bereich' },
  fallback: { en: 'Default', de: 'Vorgabe' },
  source: { en: 'Source', de: 'Quelle' },
};

const ESTIMATE: LocalText = { en: 'estimate', de: 'Schätzung' };

/** A parameter's number as the language writes it, to three significant digits: 1/18 reads 0.0556 or 0,0556. */
export function parameterNumber(n: number, lang: Language): string {
  return significant(n, lang);
}

/** A parameter's value: a number, or a group's numbers by key (`none 1 · inform 1.05 · …`). */
export function parameterValue(value: unknown, lang: Language): string {
  if (typeof value === 'number') return parameterNumber(value, lang);
  if (typeof value === 'boolean') return lang === 'de' ? (value ? 'ja' : 'nein') : value ? 'yes' : 'no';
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, v]) => `${key} ${parameterValue(v, lang)}`)
      .join(' · ');
  }
  return '';
}

function range(s: Json, lang: Language): string {
  const min = s.minimum as number | undefined;
  const max = s.maximum as number | undefined;
  if (min !== undefined && max !== undefined) return `${parameterNumber(min, lang)}–${parameterNumber(max, lang)}`;
  if (min !== undefined) return `≥ ${parameterNumber(min, lang)}`;
  return max !== undefined ? `≤ ${parameterNumber(max, lang)}` : '';
}

/** The value at a dotted path of the parameters (of a scenario, or of the defaults). */
export function parameterAt(parameters: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Json)[key] : undefined), parameters);
}

function note(path: string) {
  const found = PARAMETER_NOTES[path];
  if (!found) throw new Error(`src/scenario/parameterNotes.ts has no note on the parameter ${path}`);
  return found;
}

function row(path: string, s: Json, lang: Language, group: boolean, groupSourced: boolean): ParameterRow {
  const n = note(path);
  const meaning = lang === 'en' ? String(s.description ?? '') : n.de;
  const source = n.source?.[lang] ?? (group || groupSourced ? '' : ESTIMATE[lang]);
  return { path, meaning, unit: n.unit[lang], range: group ? '' : range(s, lang), fallback: group ? undefined : s.default, source, group };
}

/** Whether an object's fields carry descriptions of their own (then each gets a row). */
const hasDescribedFields = (s: Json) => Object.values((s.properties ?? {}) as Record<string, Json>).some((p) => typeof p.description === 'string');

/** Every parameter in the order of the schema; groups with described fields first give a row of their own. */
export function parameterRows(lang: Language): ParameterRow[] {
  const schema = z.toJSONSchema(modelParameters, { io: 'input', target: 'draft-07' }) as Json;
  const rows: ParameterRow[] = [];
  for (const [key, s] of Object.entries(schema.properties as Record<string, Json>)) {
    if (s.type !== 'object' || !hasDescribedFields(s)) {
      rows.push(row(key, s, lang, false, false));
      continue;
    }
    const head = row(key, s, lang, true, false);
    rows.push(head);
    for (const [field, f] of Object.entries(s.properties as Record<string, Json>)) rows.push(row(`${key}.${field}`, f, lang, false, head.source !== ''));
  }
  return rows;
}

/** Every dotted path that needs a note: for a test that the notes neither lack nor keep one. */
export function parameterPaths(): string[] {
  return parameterRows('en').map((r) => r.path);
}

const cell = (s: string) => {
  if (s.includes('|')) throw new Error(`a table cell cannot hold "|": ${s}`);
  return s;
};

/** The table as Markdown, for docs/model.md and docs/model.de.md. */
export function parameterTableMarkdown(lang: Language): string {
  const h = PARAMETER_HEADINGS;
  const head = `| ${[h.path, h.meaning, h.unit, h.range, h.fallback, h.source].map((t) => t[lang]).join(' | ')} |\n| --- | --- | --- | --- | --- | --- |`;
  const body = parameterRows(lang).map((r) => {
    const name = r.group ? `**\`${r.path}\`**` : `\`${r.path}\``;
    return `| ${[name, r.meaning, r.unit, r.range, parameterValue(r.fallback, lang), r.source].map(cell).join(' | ')} |`;
  });
  return [head, ...body].join('\n');
}
