/** CSV for spreadsheets: one piece of code for the command line and the browser's debrief export. */
import { INDICATOR_IDS } from '../scenario/schema';
import type { YearRow } from './report';

/** A CSV field, quoted when it holds a separator, quote or line break. */
function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n');
}

/** The neighbourhood (`all`) and every district per year, raw numbers. */
export function yearTableCsv(rows: readonly YearRow[]): string {
  const header = ['year', 'district', ...INDICATOR_IDS];
  const lines = rows.flatMap((r) => [
    [String(r.year), 'all', ...INDICATOR_IDS.map((id) => String(r.indicators[id]))],
    ...Object.entries(r.districts).map(([d, ind]) => [String(r.year), d, ...INDICATOR_IDS.map((id) => String(ind[id]))]),
  ]);
  return csvTable(header, lines);
}
