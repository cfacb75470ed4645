/** What the page and the session-file worker tell each other. */
import type { ScenarioSource } from '../app/store';
import type { LiveSession } from '../rules/session';
import type { LogEntry } from '../rules/types';
import type { LocalText } from '../scenario/schema';

export type Opened = { ok: true; live: LiveSession } | { ok: false; message: LocalText };

export interface OpenProgress {
  stage: 'reading' | 'checking' | 'replaying';
  /** Log entries replayed so far, of `total`. */
  done: number;
  total: number;
}

export interface ToWorker {
  name: string;
  bytes: Uint8Array;
  scenario: ScenarioSource;
}

/** A replayed session comes back as slices of its log, then the session without its log. */
export type FromWorker = { kind: 'ready' } | ({ kind: 'progress' } & OpenProgress) | { kind: 'log'; entries: LogEntry[] } | { kind: 'done'; result: Opened };
