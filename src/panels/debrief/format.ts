/** Numbers and names as people in the room read them: grouped counts, percentages and indices in German or English notation, names from the scenario. */
import type { Resources } from '../../rules/types';
import { euro, NBSP, number, percent } from '../../scenario/numberFormat';
import type { IndicatorId, Language } from '../../scenario/schema';
import { decimalsFor } from './scale';

export type ValueKind = 'count' | 'percent' | 'index';

/** The indicators the debrief charts, in the order the charts appear, and how their values read. */
export const CHARTED: readonly { id: IndicatorId; kind: ValueKind }[] = [
  { id: 'population', kind: 'count' },
  { id: 'vacancy', kind: 'percent' },
  { id: 'renovatedShare', kind: 'percent' },
  { id: 'unemployment', kind: 'percent' },
  { id: 'image', kind: 'index' },
  { id: 'cohesion', kind: 'index' },
  { id: 'trust', kind: 'index' },
];

/** A tick label: as many decimals as the step between ticks needs. Shares read as percent, indices as points of 100, as in the phase panels. */
export function tickLabel(kind: ValueKind, value: number, step: number, lang: Language): string {
  if (kind === 'percent') return percent(value, lang, decimalsFor(step * 100));
  if (kind === 'index') return number(value * 100, lang, decimalsFor(step * 100));
  return number(value, lang, decimalsFor(step));
}

/** A single value in a sentence or table. */
export function valueLabel(kind: ValueKind, value: number, lang: Language): string {
  if (kind === 'percent') return percent(value, lang, 1);
  if (kind === 'index') return `${number(value * 100, lang)}${NBSP}/${NBSP}100`;
  return number(value, lang);
}

/** Money, staff time and volunteer hours, leaving out what is zero. */
export function resources(r: Resources, lang: Language, units: { staff: string; volunteers: string }): string {
  const parts: string[] = [];
  if (r.money >= 0.5) parts.push(euro(r.money, lang));
  if (r.staffTime >= 0.5) parts.push(`${number(r.staffTime, lang)}${NBSP}${units.staff}`);
  if (r.volunteerHours >= 0.5) parts.push(`${number(r.volunteerHours, lang)}${NBSP}${units.volunteers}`);
  return parts.join(', ');
}

/** The name of a role, card or district in the language shown; the id where the scenario has none. */
export function nameIn(list: readonly { id: string; name: Record<Language, string> }[], id: string, lang: Language): string {
  return list.find((x) => x.id === id)?.name[lang] ?? id;
}
