/** The causes of an indicator's change, named and ranked: flows by our labels, measures and events by the scenario's names. */
import type { IndicatorId, Language, Scenario } from '../../scenario/schema';
import type { Cause, Changes } from '../../sim/explain';
import { CAUSE_KINDS, FLOW_NAMES } from './causes.texts';
import { negligible } from './format';

export type CauseKind = 'flow' | 'measure' | 'event';

export interface RankedCause {
  cause: Cause;
  kind: CauseKind;
  id: string;
  value: number;
}

/** Splits `measure:renovation` into its kind and id. */
export function parseCause(cause: Cause): { kind: CauseKind; id: string } {
  const colon = cause.indexOf(':');
  return { kind: cause.slice(0, colon) as CauseKind, id: cause.slice(colon + 1) };
}

/** The causes of one indicator's change, largest first (by size, whatever the sign); ties keep a stable order by name. */
export function rankedCauses(changes: Changes | undefined, indicator: IndicatorId): RankedCause[] {
  const byCause = changes?.[indicator] ?? {};
  return (Object.entries(byCause) as [Cause, number][])
    .map(([cause, value]) => ({ cause, ...parseCause(cause), value }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.cause.localeCompare(b.cause));
}

/**
 * What the one-line summary of a change names. The causes of a change add up to it, so whenever it shows, some cause
 * pushed its way; the main cause is the largest of those, never one that pushed against the change.
 */
export type MainCause =
  /** No change to explain, or no causes recorded. */
  | { kind: 'none' }
  /** The largest cause in the direction of the change; `against`, the largest opposing one when it alone outweighs the change. */
  | { kind: 'cause'; cause: RankedCause; against?: RankedCause }
  /** The change is made of causes each too small to show. */
  | { kind: 'small'; count: number }
  /** No cause pushed the way of the change (only when the record does not explain it). */
  | { kind: 'unexplained' }
  /** No visible change, but causes either way that cancelled each other out. */
  | { kind: 'balance'; up: RankedCause; down: RankedCause };

/** The main cause of `delta`, the change of `indicator` shown to people, among the recorded causes. */
export function mainCause(changes: Changes | undefined, indicator: IndicatorId, delta: number): MainCause {
  const causes = rankedCauses(changes, indicator);
  if (causes.length === 0) return { kind: 'none' };
  const visible = (c: RankedCause | undefined): c is RankedCause => c !== undefined && !negligible(indicator, c.value);
  if (negligible(indicator, delta)) {
    const up = causes.find((c) => c.value > 0);
    const down = causes.find((c) => c.value < 0);
    return visible(up) && visible(down) ? { kind: 'balance', up, down } : { kind: 'none' };
  }
  const way = Math.sign(delta);
  const along = causes.filter((c) => Math.sign(c.value) === way);
  if (along.length === 0) return { kind: 'unexplained' };
  if (!visible(along[0])) return { kind: 'small', count: along.length };
  const opposing = causes.find((c) => Math.sign(c.value) === -way);
  const against = visible(opposing) && Math.abs(opposing.value) > Math.abs(delta) ? opposing : undefined;
  return { kind: 'cause', cause: along[0], ...(against && { against }) };
}

/** The causes that pushed an indicator one way: those shown one by one, the rest summed in one line, and their total. */
export interface CauseGroup {
  direction: 'up' | 'down';
  total: number;
  shown: RankedCause[];
  rest: RankedCause[];
}

/**
 * Every cause of a change, split into those that pushed it up and those that pushed it down, the group in the
 * direction of the change first. Nothing is left out: causes too small to show and those beyond `limit` a group
 * are summed in its rest, so the groups' totals add up to the change.
 */
export function causeGroups(changes: Changes | undefined, indicator: IndicatorId, delta: number, limit: number): CauseGroup[] {
  const causes = rankedCauses(changes, indicator);
  const group = (direction: 'up' | 'down'): CauseGroup | undefined => {
    const members = causes.filter((c) => (direction === 'up' ? c.value > 0 : c.value < 0));
    if (members.length === 0) return undefined;
    const big = members.filter((c) => !negligible(indicator, c.value));
    const shown = big.slice(0, limit);
    return { direction, total: members.reduce((a, c) => a + c.value, 0), shown, rest: members.filter((c) => !shown.includes(c)) };
  };
  const order: ('up' | 'down')[] = delta < 0 && !negligible(indicator, delta) ? ['down', 'up'] : ['up', 'down'];
  return order.map(group).filter((g): g is CauseGroup => g !== undefined);
}

/** The name a person reads for a cause; an unknown id is shown as it is rather than hidden. */
export function causeLabel(cause: Cause, scenario: Pick<Scenario, 'measures' | 'events'>, lang: Language): string {
  const { kind, id } = parseCause(cause);
  if (kind === 'flow') return FLOW_NAMES[id]?.[lang] ?? id;
  if (kind === 'measure') return scenario.measures.find((m) => m.id === id)?.name[lang] ?? id;
  return scenario.events.find((e) => e.id === id)?.title[lang] ?? id;
}

export function causeKindLabel(kind: CauseKind, lang: Language): string {
  return CAUSE_KINDS[kind][lang];
}
