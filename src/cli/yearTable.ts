/** The yearly indicators as a terminal table: one place for `play` with and without bots (CSV: sim/csv.ts). */
import { INDICATOR_IDS, type Scenario } from '../scenario/schema';
import type { YearRow } from '../sim/report';
import { indicatorCells } from './indicatorColumns';
import { textTable } from './table';

export function yearTableText(rows: readonly YearRow[]): string {
  return textTable(
    ['year', ...INDICATOR_IDS, 'events'],
    rows.map((r) => [String(r.year), ...indicatorCells(r.indicators), r.events.join(' ') || '-']),
  );
}

export function title(scenario: Scenario, seed: number, what: string): string {
  return `${scenario.meta.title.en} — seed ${seed}, ${what}`;
}
