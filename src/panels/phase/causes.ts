/** The causes of an indicator's change, named and ranked: flows by our labels, measures and events by the scenario's names. */
import type { IndicatorId, Language, Scenario } from '../../scenario/schema';
import type { Cause, Changes } from '../../sim/explain';
import { CAUSE_KINDS, FLOW_NAMES } from './causes.texts';

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
