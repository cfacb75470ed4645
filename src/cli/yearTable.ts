/** The yearly indicators as a terminal table: one place for `play` with and without bots (CSV: sim/csv.ts). */
import { INDICATOR_IDS, type Scenario } from '../scenario/schema';
import type { YearRow } from '../sim/report';
import { indicatorCells } from './indicatorColumns';
import { textTable } from './table';

/** Rows are the state at the end of each year; the first is the start of the first year played, and says so. */
export function yearTableText(rows: readonly YearRow[]): string {
  return textTable(
    ['end of', ...INDICATOR_IDS, 'events'],
    rows.map((r, i) => [i === 0 ? `start ${r.year + 1}` : String(r.year), ...indicatorCells(r.indicators), r.events.join(' ') || '-']),
  );
}

export function title(scenario: Scenario, seed: number, what: string): string {
  return `${scenario.meta.title.en} — seed ${seed}, ${what}`;
}
