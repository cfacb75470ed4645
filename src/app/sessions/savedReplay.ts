/** A saved session brought back to life: its scenario loaded from the stored source and its log replayed, or why it cannot be. */
import { rejectionMessage } from '../../rules/rejectionMessages';
import { parseSessionFile, sessionForScenario, sessionProblemMessage, sessionToJson } from '../../rules/saveFile';
import { replay, type LiveSession, type Session } from '../../rules/session';
import { loadScenario } from '../../scenario/load';
import type { Language, LocalText, Scenario } from '../../scenario/schema';
import type { ScenarioSource } from '../store';

const both = (say: (lang: Language) => string): LocalText => ({ de: say('de'), en: say('en') });

export type Replayed = { ok: true; scenario: Scenario; live: LiveSession } | { ok: false; reason: LocalText };

/** Checked as a session file is (so stored data that was damaged is refused with a reason, never a throw), then replayed. */
export function replaySaved(source: ScenarioSource, session: string | Session): Replayed {
  try {
    const loaded = loadScenario(source.source, source.file);
    if (!loaded.ok) return { ok: false, reason: { de: 'Das Szenario des Spielstands enthält Fehler.', en: 'The session’s scenario has errors.' } };
    const file = parseSessionFile(typeof session === 'string' ? session : sessionToJson(session));
    if (!file.ok) return { ok: false, reason: both((lang) => sessionProblemMessage(file.problem, lang)) };
    const matched = sessionForScenario(file.file, loaded.scenario);
    if (!matched.ok) return { ok: false, reason: both((lang) => sessionProblemMessage(matched.problem, lang)) };
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) return { ok: false, reason: both((lang) => rejectionMessage(replayed.failure.rejection, lang, matched.scenario)) };
    return { ok: true, scenario: loaded.scenario, live: replayed.live };
  } catch {
    return { ok: false, reason: { de: 'Der gespeicherte Spielstand ist beschädigt.', en: 'The saved session is damaged.' } };
  }
}
