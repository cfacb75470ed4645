/** The news of a year: scheduled events and those drawn from the deck with the seeded generator. */
import type { Scenario } from '../scenario/schema';
import { Rng } from './rng';
import type { ModelState } from './state';

/** Events scheduled for a year. */
export function scheduledEvents(scenario: Scenario, year: number): string[] {
  return scenario.events.filter((e) => e.year === year).map((e) => e.id);
}

/** Whether a drawn event may come up in a year. */
function drawable(e: Scenario['events'][number], year: number, fired: readonly string[]): boolean {
  if (e.year !== undefined || e.probability === undefined) return false;
  if (e.from !== undefined && year < e.from) return false;
  if (e.until !== undefined && year > e.until) return false;
  return e.repeat || !fired.includes(e.id);
}

/**
 * Draws the deck for the coming year: one draw per drawable event, in scenario order, so the
 * stream stays the same whatever is drawn. Returns the events and the state with the generator advanced.
 */
export function drawEvents(scenario: Scenario, state: ModelState): { events: string[]; state: ModelState } {
  const year = state.year + 1;
  const rng = new Rng(state.rng);
  const events: string[] = [];
  for (const e of scenario.events) {
    if (!drawable(e, year, state.firedEvents)) continue;
    if (rng.next() < (e.probability ?? 0)) events.push(e.id);
  }
  return { events, state: { ...state, rng: rng.state() } };
}

/** Scheduled plus drawn events of the coming year. */
export function newsOfYear(scenario: Scenario, state: ModelState): { events: string[]; state: ModelState } {
  const drawn = drawEvents(scenario, state);
  return { events: [...scheduledEvents(scenario, state.year + 1), ...drawn.events], state: drawn.state };
}
