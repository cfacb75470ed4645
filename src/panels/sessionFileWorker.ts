/** Opens a session file away from the page: decoding, checking and the replay of a long log run here, and the page stays responsive. */
import type { ScenarioSource } from '../app/store';
import { loadScenario } from '../scenario/load';
import { SETUP_TEXTS } from './setup.texts';
import { sessionFromFile } from './setupSession';
import type { FromWorker, ToWorker } from './sessionFileMessages';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };

function open(name: string, bytes: Uint8Array, scenarioSource: ScenarioSource): void {
  scope.postMessage({ kind: 'progress', stage: 'checking', done: 0, total: 0 });
  const loaded = loadScenario(scenarioSource.source, scenarioSource.file);
  if (!loaded.ok) {
    scope.postMessage({ kind: 'done', result: { ok: false, message: { de: SETUP_TEXTS.sessionCannotOpen.de(name), en: SETUP_TEXTS.sessionCannotOpen.en(name) } } });
    return;
  }
  const result = sessionFromFile(name, bytes, loaded.scenario, (done, total) => scope.postMessage({ kind: 'progress', stage: 'replaying', done, total }));
  if (!result.ok) return scope.postMessage({ kind: 'done', result });
  // A long log goes over in slices: the page unpacks each in a short task instead of one that holds it up.
  const { log } = result.live.session;
  for (let from = 0; from < log.length; from += LOG_SLICE) scope.postMessage({ kind: 'log', entries: log.slice(from, from + LOG_SLICE) });
  scope.postMessage({ kind: 'done', result: { ok: true, live: { ...result.live, session: { ...result.live.session, log: [] } } } });
}

const LOG_SLICE = 5_000;

scope.onmessage = (event) => open(event.data.name, event.data.bytes, event.data.scenario);
// Ready: the page sends the file's bytes only now, handing them over rather than copying them.
scope.postMessage({ kind: 'ready' });
