/** Files the facilitator takes away: the session to reopen later, or data that could not be restored. */
import type { App } from '../app/store';
import { sessionToJson } from '../rules/saveFile';
import { stateHash } from '../rules/session';

/** `quartier-gruenau-2003.json`: the scenario and the year in play, so a folder of saves sorts itself. */
export function sessionFileName(scenarioId: string, year: number): string {
  const safe = scenarioId.replace(/[^A-Za-z0-9_-]/g, '-');
  return `quartier-${safe}-${year}.json`;
}

/** Hands a text to the browser as a download, without a server. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the session in play as a session file, with its final state hash for checking on replay. */
export function saveSessionFile(app: App): void {
  const { live, scenario, scenarioSource } = app.store.getState();
  if (!live || !scenario) return;
  const text = sessionToJson(live.session, { file: scenarioSource.file, finalHash: stateHash(live.state) });
  downloadText(sessionFileName(scenario.meta.id, live.state.year), text);
}
