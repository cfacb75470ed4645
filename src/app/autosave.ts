/** Autosave: after every accepted action the session goes to local storage, so a reload resumes exactly. */
import { parseSessionFile, sessionForScenario, sessionProblemMessage, sessionToJson } from '../rules/saveFile';
import { replay, type LiveSession } from '../rules/session';
import { rejectionMessage } from '../rules/rejectionMessages';
import { loadScenario } from '../scenario/load';
import type { Language, LocalText, Scenario } from '../scenario/schema';
import type { GameConfig, ScenarioSource } from './store';

const KEY = 'quartier.autosave';
const VERSION = 1;

interface Saved {
  version: number;
  lang: Language;
  scenario: ScenarioSource;
  config: GameConfig;
  /** The session file text, as a download would hold it. */
  session: string;
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'ok'; lang: Language; scenarioSource: ScenarioSource; scenario: Scenario; config: GameConfig; live: LiveSession }
  | { kind: 'damaged'; raw: string; reason: LocalText };

export function writeAutosave(storage: Storage, lang: Language, scenario: ScenarioSource, config: GameConfig, live: LiveSession): void {
  const saved: Saved = { version: VERSION, lang, scenario, config, session: sessionToJson(live.session) };
  storage.setItem(KEY, JSON.stringify(saved));
}

export function clearAutosave(storage: Storage): void {
  storage.removeItem(KEY);
}

const both = (say: (lang: Language) => string): LocalText => ({ de: say('de'), en: say('en') });

/** The saved session replayed, or why it cannot be: never a throw, and the raw text is kept for download. */
export function readAutosave(storage: Storage): Restored {
  const raw = storage.getItem(KEY);
  if (raw === null) return { kind: 'none' };
  const damaged = (reason: LocalText): Restored => ({ kind: 'damaged', raw, reason });
  let saved: Saved;
  try {
    saved = JSON.parse(raw) as Saved;
  } catch {
    return damaged({ de: 'Der gespeicherte Spielstand ist beschädigt.', en: 'The saved session is damaged.' });
  }
  if (saved?.version !== VERSION || typeof saved.session !== 'string' || typeof saved.scenario?.source !== 'string') {
    return damaged({ de: 'Der gespeicherte Spielstand ist unvollständig.', en: 'The saved session is incomplete.' });
  }
  const loaded = loadScenario(saved.scenario.source, saved.scenario.file);
  if (!loaded.ok) return damaged({ de: 'Das Szenario des Spielstands enthält Fehler.', en: 'The session’s scenario has errors.' });
  const file = parseSessionFile(saved.session);
  if (!file.ok) return damaged(both((lang) => sessionProblemMessage(file.problem, lang)));
  const matched = sessionForScenario(file.file, loaded.scenario);
  if (!matched.ok) return damaged(both((lang) => sessionProblemMessage(matched.problem, lang)));
  const replayed = replay(matched.scenario, matched.session);
  if (!replayed.ok) return damaged(both((lang) => rejectionMessage(replayed.failure.rejection, lang, matched.scenario)));
  return { kind: 'ok', lang: saved.lang === 'en' ? 'en' : 'de', scenarioSource: saved.scenario, scenario: loaded.scenario, config: saved.config, live: replayed.live };
}
