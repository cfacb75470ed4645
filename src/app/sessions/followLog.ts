/** A watching tab follows the playing tab's log: back to where the logs part, then the new entries, as a replay would. */
import { act, truncate, type LiveSession } from '../../rules/session';
import type { LogEntry } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';

/** The session with its log cut to `from` entries and `entries` appended; undefined if the entries do not fit (then read it whole). */
export function followLog(scenario: Scenario, live: LiveSession, from: number, entries: readonly LogEntry[]): LiveSession | undefined {
  if (from > live.session.log.length) return undefined;
  try {
    let next = from < live.session.log.length ? truncate(scenario, live, from) : live;
    for (const entry of entries) {
      const result = act(scenario, next, entry.action, entry.reason);
      if (!result.ok) return undefined;
      next = result.live;
    }
    return next;
  } catch {
    return undefined;
  }
}
