/** The autosave of earlier versions: one session in local storage, re-written whole with every action. Found once and moved to the database. */
import type { Language, LocalText } from '../../scenario/schema';
import type { SafeStorage } from '../safeStorage';
import { replaySaved, type Replayed } from './savedReplay';
import type { GameConfig, ScenarioSource } from '../store';

export const LEGACY_KEY = 'quartier.autosave';
const VERSION = 1;

interface Saved {
  version: number;
  lang: Language;
  scenario: ScenarioSource;
  config: GameConfig;
  /** The session file text, as a download would hold it. */
  session: string;
}

export type LegacyAutosave =
  | { kind: 'none' }
  | { kind: 'ok'; scenarioSource: ScenarioSource; config: GameConfig; replayed: Extract<Replayed, { ok: true }> }
  | { kind: 'damaged'; raw: string; reason: LocalText };

/** The old autosave replayed, or why it cannot be: never a throw, and the raw text is kept for download. */
export function readLegacyAutosave(storage: SafeStorage): LegacyAutosave {
  const raw = storage.getItem(LEGACY_KEY);
  if (raw === null) return { kind: 'none' };
  const damaged = (reason: LocalText): LegacyAutosave => ({ kind: 'damaged', raw, reason });
  let saved: Saved;
  try {
    saved = JSON.parse(raw) as Saved;
  } catch {
    return damaged({ de: 'Der gespeicherte Spielstand ist beschädigt.', en: 'The saved session is damaged.' });
  }
  if (saved?.version !== VERSION || typeof saved.session !== 'string' || typeof saved.scenario?.source !== 'string' || typeof saved.config !== 'object' || saved.config === null) {
    return damaged({ de: 'Der gespeicherte Spielstand ist unvollständig.', en: 'The saved session is incomplete.' });
  }
  const replayed = replaySaved(saved.scenario, saved.session);
  if (!replayed.ok) return damaged(replayed.reason);
  return { kind: 'ok', scenarioSource: saved.scenario, config: saved.config, replayed };
}
