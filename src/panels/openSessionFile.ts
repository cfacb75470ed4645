/** Opening a session file in a worker, with progress; where no worker can start (e.g. a page opened from file://), on the page itself. */
import type { ScenarioSource } from '../app/store';
import type { LogEntry } from '../rules/types';
import type { Scenario } from '../scenario/schema';
import type { FromWorker, Opened, OpenProgress, ToWorker } from './sessionFileMessages';
import { SETUP_TEXTS } from './setup.texts';
import { sessionFromFile } from './setupSession';

export interface Opening {
  done: Promise<Opened>;
  /** Stops the work; `done` then never settles. */
  cancel(): void;
}

const cannotRead = (name: string) => ({
  de: `${SETUP_TEXTS.sessionCannotOpen.de(name)} ${SETUP_TEXTS.unreadable.de}.`,
  en: `${SETUP_TEXTS.sessionCannotOpen.en(name)} ${SETUP_TEXTS.unreadable.en}.`,
});

function onThePage(name: string, bytes: Uint8Array, scenario: Scenario, progress: (p: OpenProgress) => void): Promise<Opened> {
  progress({ stage: 'checking', done: 0, total: 0 });
  // A moment for the screen to show the progress before the page is busy.
  return new Promise((resolve) => setTimeout(() => resolve(sessionFromFile(name, bytes, scenario)), 50));
}

export function openSessionFile(name: string, bytes: Uint8Array, source: ScenarioSource, scenario: Scenario, progress: (p: OpenProgress) => void): Opening {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./sessionFileWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) return { done: onThePage(name, bytes, scenario, progress), cancel: () => undefined };
  const running = worker;
  let sent = false;
  const log: LogEntry[] = [];
  const done = new Promise<Opened>((resolve) => {
    running.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'ready') {
        sent = true;
        const work: ToWorker = { name, bytes, scenario: source };
        // Handed over, not copied: copying 50 MB would hold the page up for as long as the worker saves it.
        return running.postMessage(work, [bytes.buffer]);
      }
      if (message.kind === 'progress') return progress(message);
      if (message.kind === 'log') {
        for (const entry of message.entries) log.push(entry);
        return;
      }
      running.terminate();
      const { result } = message;
      resolve(result.ok ? { ok: true, live: { ...result.live, session: { ...result.live.session, log } } } : result);
    };
    // A worker that cannot even start (its script refused) leaves the work to the page, which still has the bytes.
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      resolve(sent ? { ok: false, message: cannotRead(name) } : onThePage(name, bytes, scenario, progress));
    };
  });
  return { done, cancel: () => running.terminate() };
}
