/** Saved sessions on the setup screen: resume the one in the autosave, or open a session file. */
import { button, el } from '../app/dom';
import type { SavedSession } from '../app/store';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import type { SetupView } from './setup';
import { parseTimerMinutes } from './setupDraft';
import { fileButton } from './setupFiles';
import { configOfSession, sessionFromFile } from './setupSession';
import { SETUP_TEXTS } from './setup.texts';

function lastSession(view: SetupView, saved: SavedSession, openFile: HTMLElement): HTMLElement {
  const { app, state, lang } = view;
  const sameScenario = saved.scenarioSource.source === state.scenarioSource.source;
  const { year, phase, seats } = saved.live.state;
  const people = Object.values(seats).filter((s) => s.controller === 'human').length;
  const resume = () => {
    view.memory.sessionError = undefined;
    if (!sameScenario) app.openScenario(saved.scenarioSource);
    app.resume(saved.live, saved.config);
  };
  return el(
    'div',
    { class: 'saved-session' },
    el('p', { class: 'saved-title' }, el('strong', {}, `${SETUP_TEXTS.lastSession[lang]}: `), sameScenario ? view.scenario.meta.title[lang] : saved.scenarioSource.file),
    el('p', {}, `${SETUP_TEXTS.savedAt[lang](year, PHASE_NAMES[phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](people, Object.keys(seats).length - people)}`),
    el('div', { class: 'setup-inline' }, button(SETUP_TEXTS.resume[lang], 'setup-resume', resume, { class: 'primary' }), openFile),
    el('p', { class: 'setup-note' }, SETUP_TEXTS.startReplaces[lang]),
  );
}

function openSessionFile(view: SetupView): HTMLElement {
  const { app, lang, update } = view;
  const open = (file: string, text: string) => {
    const scenario = app.store.getState().scenario;
    if (!scenario) return;
    const opened = sessionFromFile(file, text, scenario);
    if (!opened.ok) return update({ sessionError: opened.message });
    update({ sessionError: undefined });
    app.resume(opened.live, configOfSession(opened.live, parseTimerMinutes(view.draft.timerMinutes) ?? 0));
  };
  const unreadable = (file: string) => update({ sessionError: { de: SETUP_TEXTS.unreadableFile.de(file), en: SETUP_TEXTS.unreadableFile.en(file) } });
  return fileButton(SETUP_TEXTS.openSession[lang], 'setup-open-session', '.json,application/json', open, unreadable);
}

export function renderSavedSessions(view: SetupView): HTMLElement {
  const { state, lang, memory } = view;
  const openFile = openSessionFile(view);
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-sessions' },
    el('h2', { id: 'setup-sessions', class: 'setup-heading' }, SETUP_TEXTS.sessions[lang]),
    memory.sessionError && el('p', { class: 'setup-error', role: 'alert' }, memory.sessionError[lang]),
    state.saved ? lastSession(view, state.saved, openFile) : el('div', { class: 'setup-inline' }, openFile, el('p', { class: 'setup-note' }, SETUP_TEXTS.noSaved[lang])),
  );
}
