/** What the panel remembers between rebuilds that is nobody else's business: half-filled forms, open sections, the chosen district. */
import type { ConceptComponent } from '../../scenario/schema';
import type { Participation } from '../../sim/state';
import type { Rejection } from '../../rules/types';

export interface TableDraft {
  measure: string;
  district: string;
  scale: number;
  participation: Participation;
  /** Percent of the local cost per role, as typed. */
  percents: Record<string, number>;
  partners: string[];
}

export interface PledgeDraft {
  money: number;
  staffTime: number;
  volunteerHours: number;
  condition: string;
}

export interface AmendDraft {
  scale: number;
  participation: Participation;
  percents: Record<string, number>;
}

export interface LocalState {
  /** Year and phase the drafts belong to; a new phase starts with empty forms. */
  scope: string;
  /** District shown in the situation and review; null = the whole neighbourhood. */
  district: string | null;
  /** The seat a hand-over screen is waiting for. */
  handingTo: string | null;
  /** Seats that have read their briefing this year. */
  briefed: Set<string>;
  /** Keys of disclosures the user opened. */
  open: Set<string>;
  /** Drafts by the acting role and what they concern, e.g. `city:table` or `lwb:pledge:p3`. */
  tables: Map<string, TableDraft>;
  pledges: Map<string, PledgeDraft>;
  amends: Map<string, AmendDraft>;
  concept: Map<string, { component: ConceptComponent; hours: number }>;
  /** The control whose action was refused, with the refusal it caused. */
  failed?: { key: string; rejection: Rejection };
}

export const local: LocalState = {
  scope: '',
  district: null,
  handingTo: null,
  briefed: new Set(),
  open: new Set(),
  tables: new Map(),
  pledges: new Map(),
  amends: new Map(),
  concept: new Map(),
};

/** Clears the forms when the year or phase moves on. */
export function enterScope(scope: string): boolean {
  if (local.scope === scope) return false;
  local.scope = scope;
  local.handingTo = null;
  local.briefed.clear();
  local.open.clear();
  local.tables.clear();
  local.pledges.clear();
  local.amends.clear();
  local.concept.clear();
  local.failed = undefined;
  return true;
}

let redraw: () => void = () => {};

/** Set by the panel: rebuilds it after a change that only the panel knows about. */
export function onRefresh(f: () => void): void {
  redraw = f;
}

export function refresh(): void {
  redraw();
}
