/** Downloads of the debrief: the indicators as CSV (the command line's columns) and the session as JSON. */
import type { App } from '../../app/store';
import { sessionToJson } from '../../rules/saveFile';
import { stateHash } from '../../rules/session';
import { yearTableCsv } from '../../sim/csv';
import type { Play } from './series';

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the data once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function baseName(app: App): string {
  const { scenario, live } = app.store.getState();
  return `${scenario!.meta.id}-seed-${live!.session.seed}`;
}

export function downloadCsv(app: App, game: Play): void {
  download(`${baseName(app)}-indicators.csv`, 'text/csv;charset=utf-8', `${yearTableCsv(game.rows)}\n`);
}

export function downloadSession(app: App): void {
  const { live, scenarioSource } = app.store.getState();
  download(`${baseName(app)}-session.json`, 'application/json', sessionToJson(live!.session, { file: scenarioSource.file, finalHash: stateHash(live!.state) }));
}
