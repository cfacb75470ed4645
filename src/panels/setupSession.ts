/** Opening a saved session file on the setup screen: replayed against the chosen scenario, or a reason in both languages, never a throw. */
import type { GameConfig } from '../app/store';
import { rejectionMessage } from '../rules/rejectionMessages';
import { parseSessionFile, sessionForScenario, sessionProblemMessage } from '../rules/saveFile';
import { replay, type LiveSession } from '../rules/session';
import { encodingSentence } from '../scenario/fileMessages';
import type { Language, LocalText, Scenario } from '../scenario/schema';
import { decodeText } from '../scenario/textDecoding';
import { SETUP_TEXTS } from './setup.texts';

const both = (say: (lang: Language) => string): LocalText => ({ de: say('de'), en: say('en') });

/** Ends a clause with a full stop unless it has one. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const cannotOpen = (file: string, why: LocalText): LocalText => both((lang) => sentence(`${SETUP_TEXTS.sessionCannotOpen[lang](file)} ${why[lang]}`));

/**
 * The session in a file (its text, or its bytes decoded as the command line does), replayed with this scenario, or why it
 * cannot be opened; `progress` hears how many of how many log entries are replayed (a worker shows it, see sessionFileWorker.ts).
 */
export function sessionFromFile(
  file: string,
  source: string | Uint8Array,
  scenario: Scenario,
  progress?: (done: number, total: number) => void,
): { ok: true; live: LiveSession } | { ok: false; message: LocalText } {
  try {
    const decoded = typeof source === 'string' ? { ok: true as const, text: source } : decodeText(source);
    if (!decoded.ok) return { ok: false, message: cannotOpen(file, both((lang) => encodingSentence(decoded.reason, lang))) };
    const parsed = parseSessionFile(decoded.text);
    if (!parsed.ok) return { ok: false, message: cannotOpen(file, both((lang) => sessionProblemMessage(parsed.problem, lang))) };
    const matched = sessionForScenario(parsed.file, scenario);
    if (!matched.ok) {
      const hint = matched.problem.code === 'otherScenario' ? SETUP_TEXTS.chooseScenarioFirst : { de: '', en: '' };
      return { ok: false, message: cannotOpen(file, both((lang) => `${sentence(sessionProblemMessage(matched.problem, lang))} ${hint[lang]}`.trim())) };
    }
    const total = matched.session.log.length;
    progress?.(0, total);
    const replayed = replay(matched.scenario, matched.session, progress && ((done) => progress(done, total)));
    if (!replayed.ok) {
      const { index, rejection } = replayed.failure;
      return { ok: false, message: cannotOpen(file, both((lang) => SETUP_TEXTS.replayRefused[lang](index + 1, rejectionMessage(rejection, lang, matched.scenario)))) };
    }
    return { ok: true, live: replayed.live };
  } catch {
    // A file from outside must never take the setup screen down, whatever it holds.
    return { ok: false, message: cannotOpen(file, SETUP_TEXTS.unreadable) };
  }
}

/** The config of a reopened session: its own seed, seats and rule, the countdown the facilitator has set now. */
export function configOfSession(live: LiveSession, timerMinutes: number): GameConfig {
  return { seed: live.session.seed, seats: live.session.seats, rule: live.state.rule, timerMinutes };
}
