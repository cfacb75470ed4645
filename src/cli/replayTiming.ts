/** How long replaying long session files takes: a file of N pause and resume actions, read, checked and replayed. */
import { performance } from 'node:perf_hooks';
import { parseSessionFile, sessionForScenario, sessionToJson } from '../rules/saveFile';
import { replay, startSession } from '../rules/session';
import type { LogEntry } from '../rules/types';
import type { Scenario } from '../scenario/schema';

/** Seconds to read and replay a session file with `actions` log entries (the best of three). */
export function replaySeconds(scenario: Scenario, actions: number): number {
  const log: LogEntry[] = Array.from({ length: actions }, (_, i) => ({ action: { type: i % 2 === 0 ? 'pause' : 'resume' } }));
  const text = sessionToJson({ ...startSession(scenario, 1).session, log });
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const parsed = parseSessionFile(text);
    const matched = parsed.ok && sessionForScenario(parsed.file, scenario);
    if (!matched || !matched.ok || !replay(matched.scenario, matched.session).ok) throw new Error('the bench session does not replay');
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}
