/** What the panels remember that is nobody else's business: half-filled forms, open sections, the chosen district, the refused control. */
import { createStore } from 'zustand/vanilla';
import type { Rejection } from '../rules/types';
import type { ConceptComponent } from '../scenario/schema';
import type { Participation } from '../sim/state';

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

export interface ConceptDraft {
  component: ConceptComponent;
  hours: number;
}

export interface Drafts {
  /** Year and phase the drafts belong to; a new phase starts with empty forms. */
  scope: string;
  /** District shown in the situation and review; null = the whole neighbourhood. */
  district: string | null;
  /** The seat a hand-over screen is waiting for. */
  handingTo: string | null;
  /** Seats that have read their briefing this year. */
  briefed: readonly string[];
  /** Keys of disclosures and cards the user opened (`card-p3`: the details of proposal p3); a new phase starts with all closed. */
  open: Readonly<Record<string, true>>;
  /** Drafts by the acting role and what they concern, e.g. `city` (tabling) or `lwb:p3` (a pledge on p3). */
  tables: Readonly<Record<string, TableDraft>>;
  pledges: Readonly<Record<string, PledgeDraft>>;
  amends: Readonly<Record<string, AmendDraft>>;
  concept: Readonly<Record<string, ConceptDraft>>;
  /** The control whose action was refused, with the refusal it caused: shown beside it while that refusal stands. */
  failed?: { key: string; rejection: Rejection };
}

const EMPTY: Omit<Drafts, 'scope' | 'district'> = { handingTo: null, briefed: [], open: {}, tables: {}, pledges: {}, amends: {}, concept: {} };

export function createDrafts() {
  return createStore<Drafts>()(() => ({ scope: '', district: null, ...EMPTY }));
}

export type DraftStore = ReturnType<typeof createDrafts>;

/** Clears the forms when the year or phase moves on (the chosen district stays); true when it did. */
export function enterScope(drafts: DraftStore, scope: string): boolean {
  if (drafts.getState().scope === scope) return false;
  drafts.setState({ scope, ...EMPTY, failed: undefined });
  return true;
}

type Kind = 'tables' | 'pledges' | 'amends' | 'concept';

/** Sets (or with undefined, drops) one draft of a kind. */
export function putDraft<K extends Kind>(drafts: DraftStore, kind: K, key: string, draft: Drafts[K][string] | undefined): void {
  const { [key]: _, ...rest } = drafts.getState()[kind] as Record<string, unknown>;
  drafts.setState({ [kind]: draft === undefined ? rest : { ...rest, [key]: draft } } as Partial<Drafts>);
}

/** Opens or closes a disclosure or card. */
export function setOpen(drafts: DraftStore, key: string, open: boolean): void {
  const { [key]: _, ...rest } = drafts.getState().open;
  drafts.setState({ open: open ? { ...rest, [key]: true } : rest });
}
