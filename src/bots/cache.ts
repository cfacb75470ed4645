/**
 * What computer roles work out once and share: the board of the year's figures (with the forecasts and outlooks worked
 * out on it) and the table as it stands. Whoever moves the bots carries one cache from look to look (autoplay.ts).
 * Each entry is kept with what it was worked out from and used again only for exactly that, so a kept cache and a
 * fresh one give the same moves.
 */
import type { Proposal } from '../rules/types';
import type { RoleView } from '../rules/view';
import type { Board, PublicScenario } from './board';
import type { Table } from './financing';

/** What a board is worked out from: the public scenario, the year, its figures and the cards passed so far (views share these objects while they stand). */
export type BoardSource = Pick<RoleView, 'scenario' | 'year' | 'indicators' | 'districts' | 'history'>;

/** What a table is worked out from: the proposals on it, the concept coverage counted on, and the year. */
export interface TableSource {
  scenario: PublicScenario;
  proposals: readonly Proposal[];
  coverage: number;
  year: number;
}

/** One board and one table, the latest worked out; a new year or a move on the table replaces them. */
export interface BotCache {
  board?: { source: BoardSource; board: Board };
  table?: { source: TableSource; table: Table };
}

export function botCache(): BotCache {
  return {};
}

/** Whether an entry was worked out from exactly these inputs: the same objects and the same numbers. */
export function sameSource<S extends object>(kept: S, wanted: S): boolean {
  for (const key in wanted) if (kept[key] !== wanted[key]) return false;
  return true;
}
