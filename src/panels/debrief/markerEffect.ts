/**
 * What a marked decision or event did, as the model's explanations of the rounds record it (rules/explanations.ts):
 * its cause's part of each charted indicator's change, summed from its round until the same card passes there again
 * (the same event happens again) or the game ends, as measures and events act with delay and over several years.
 */
import { roundEnd } from '../../rules/gameLength';
import { roundExplanation } from '../../rules/explanations';
import type { YearRecord } from '../../rules/types';
import { INDICATOR_IDS, type IndicatorId, type Scenario } from '../../scenario/schema';
import { cause } from '../../sim/explain';
import { negligible } from '../phase/format';
import type { CourseMarker } from './courseMarkers';
import type { PlayedSession } from './decisionLog';
import { CHARTED } from './format';

export interface MarkerEffect {
  /** The district the effect is read in; null: the whole neighbourhood. */
  district: string | null;
  /** The first and last model year summed. */
  years: [number, number];
  /** The indicators the cause changed visibly over those years: the charted ones in the charts' order, then the others, at most SHOWN. */
  changes: { indicator: IndicatorId; value: number }[];
  /** Other passes of the same card in the same area (times the same event happened) whose effect is booked with this one's: in the same round or earlier. */
  shared: number;
}

/** Indicators shown at most, so the details stay short. */
const SHOWN = 6;
const CHARTED_IDS = CHARTED.map((c) => c.id);
/** The charted indicators first, then the others. */
const ORDER: readonly IndicatorId[] = [...CHARTED_IDS, ...INDICATOR_IDS.filter((id) => !CHARTED_IDS.includes(id))];

type Decision = Extract<CourseMarker, { kind: 'decision' }>;
type Event = Extract<CourseMarker, { kind: 'event' }>;

const passedHere = (marker: Decision, record: YearRecord) =>
  record.proposals.filter((p) => p.verdict === 'passed' && p.measure === marker.proposal.measure && (p.district ?? null) === (marker.proposal.district ?? null)).length;

const happened = (marker: Event, record: YearRecord) => [record.events, ...(record.later ?? []).map((l) => l.events)].flat().filter((e) => e === marker.event).length;

/**
 * The effect of a passed decision (in its district, or the neighbourhood for a card without one) or of an event (in the
 * neighbourhood); undefined for failed decisions, seat changes and rounds that cannot be explained again. `scenario`:
 * the one the session plays under (legacy.ts `rulesFor`).
 */
export function markerEffect(scenario: Scenario, live: PlayedSession, marker: CourseMarker): MarkerEffect | undefined {
  if (marker.kind === 'seat' || (marker.kind === 'decision' && marker.proposal.verdict !== 'passed')) return undefined;
  const history = live.state.history;
  const start = marker.kind === 'decision' ? history.findIndex((r) => r.year === marker.year) : history.reduce((found, r, i) => (r.year <= marker.year ? i : found), -1);
  if (start < 0) return undefined;
  const times = (record: YearRecord) => (marker.kind === 'decision' ? passedHere(marker, record) : happened(marker, record));
  const again = history.findIndex((r, i) => i > start && times(r) > 0);
  const rounds = history.slice(start, again < 0 ? undefined : again);
  const explanations = rounds.map((record) => roundExplanation(scenario, live, record));
  if (explanations.some((e) => e === undefined)) return undefined;
  const district = marker.kind === 'decision' ? (marker.proposal.district ?? null) : null;
  const label = marker.kind === 'decision' ? cause('measure', marker.proposal.measure) : cause('event', marker.event);
  return {
    district,
    years: [rounds[0]!.year, roundEnd(scenario, rounds.at(-1)!.year)],
    changes: ORDER.flatMap((id) => {
      const value = explanations.reduce((sum, e) => sum + ((district === null ? e!.neighbourhood : e!.districts[district])?.[id]?.[label] ?? 0), 0);
      return negligible(id, value) ? [] : [{ indicator: id, value }];
    }).slice(0, SHOWN),
    shared: history.slice(0, start + 1).reduce((n, record) => n + times(record), 0) - 1,
  };
}
