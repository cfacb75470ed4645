/** The model state at the end of each year a session has played, for tables, charts and exports. */
import type { YearRecord as ModelYear } from '../sim/run';
import type { LiveSession } from './session';

/** The start state and the end of every finished round, with the round's events and passed measures. */
export function modelTimeline(live: LiveSession): ModelYear[] {
  const starts = live.yearStarts.map((s) => s.state);
  // A year simulated but not yet followed by the next year's news still counts.
  const states = live.state.model.year > starts[starts.length - 1]!.model.year ? [...starts, live.state] : starts;
  return states.map((s, i) => {
    const year = live.state.history[i - 1];
    return {
      year: s.model.year,
      state: s.model,
      events: [...(year?.events ?? []), ...(year?.later?.flatMap((l) => l.events) ?? [])],
      decisions: (year?.proposals ?? [])
        .filter((p) => p.verdict === 'passed')
        .map((p) => ({ measure: p.measure, ...(p.district && { district: p.district }), scale: p.scale })),
    };
  });
}
