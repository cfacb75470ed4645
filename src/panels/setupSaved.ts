/** Saved sessions on the setup screen: resume the last one or an earlier one, or open a session file (replayed in a worker, with progress). */
import { adoptOpened, resumeSaved } from '../app/sessions/autosave';
import type { SessionSummary } from '../app/sessions/autosaveState';
import { button, el } from '../app/dom';
import type { SavedSession } from '../app/store';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import { LOCALES, number } from '../scenario/numberFormat';
import { openSessionFile as openInWorker, type Opening } from './openSessionFile';
import type { OpenProgress } from './sessionFileMessages';
import type { SetupView } from './setup';
import { parseTimerMinutes } from './setupDraft';
import { fileButton } from './setupFiles';
import { configOfSession } from './setupSession';
import { SAVED_TEXTS } from './setupSaved.texts';
import { SETUP_TEXTS } from './setup.texts';
import './setupSaved.css';

export interface SessionOpening {
  file: string;
  progress: OpenProgress;
  cancel(): void;
}

/** How many earlier sessions the list shows, the newest first. */
const LISTED = 8;

function resumeButton(view: SetupView, label: string, key: string, id: string, known?: SavedSession, name?: string): HTMLElement {
  const resume = () => {
    view.update({ sessionError: undefined });
    void resumeSaved(id, known?.live).then((resumed) => resumed || view.update({ sessionError: SAVED_TEXTS.cannotResume }));
  };
  return button(label, key, resume, { class: 'primary', ...(name && { 'aria-label': `${label}: ${name}` }) });
}

function lastSession(view: SetupView, saved: SavedSession, openFile: HTMLElement): HTMLElement {
  const { state, lang } = view;
  const sameScenario = saved.scenarioSource.source === state.scenarioSource.source;
  const { year, phase, seats } = saved.live.state;
  const people = Object.values(seats).filter((s) => s.controller === 'human').length;
  return el(
    'div',
    { class: 'saved-session' },
    el('p', { class: 'saved-title' }, el('strong', {}, `${SETUP_TEXTS.lastSession[lang]}: `), sameScenario ? view.scenario.meta.title[lang] : saved.scenarioSource.file),
    el('p', {}, `${SETUP_TEXTS.savedAt[lang](year, PHASE_NAMES[phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](people, Object.keys(seats).length - people)}`),
    el('div', { class: 'setup-inline' }, resumeButton(view, SETUP_TEXTS.resume[lang], 'setup-resume', saved.sessionId, saved), openFile),
    el('p', { class: 'setup-note' }, SAVED_TEXTS.startKeeps[lang]),
  );
}

function earlierSessions(view: SetupView, sessions: SessionSummary[]): HTMLElement | false {
  const { lang } = view;
  if (sessions.length === 0) return false;
  const when = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
  const row = (s: SessionSummary) => {
    const where = `${SETUP_TEXTS.savedAt[lang](s.year, PHASE_NAMES[s.phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](s.humans, s.computers)} · ${SAVED_TEXTS.savedOn[lang](when.format(s.savedAt))}`;
    return el(
      'li',
      { class: 'saved-row' },
      el('span', {}, el('strong', {}, s.title[lang]), ` · ${where}`),
      // Every row's button says which session it resumes, not only "Resume".
      resumeButton(view, SAVED_TEXTS.resumeThis[lang], `setup-resume-${s.id}`, s.id, undefined, `${s.title[lang]}, ${where}`),
    );
  };
  return el('div', { class: 'saved-earlier' }, el('h3', { class: 'setup-subheading' }, SAVED_TEXTS.others[lang]), el('ul', { class: 'saved-list' }, ...sessions.slice(0, LISTED).map(row)));
}

function progressOf(view: SetupView, opening: SessionOpening): HTMLElement {
  const { lang } = view;
  const { file, progress } = opening;
  const count = (n: number) => number(n, lang);
  const replaying = progress.stage === 'replaying' && progress.total > 0;
  const said = replaying ? SAVED_TEXTS.replaying[lang](file, count(progress.done), count(progress.total)) : SAVED_TEXTS.reading[lang](file);
  return el(
    'div',
    { class: 'setup-progress', role: 'status', 'data-key': 'setup-session-progress' },
    el('p', {}, said),
    el('progress', { 'aria-label': said, ...(replaying && { max: String(progress.total), value: String(progress.done) }) }),
    button(SAVED_TEXTS.cancel[lang], 'setup-session-cancel', opening.cancel),
  );
}

/** Progress is shown a few times a second at most: a long replay reports far more often. */
const REPAINT_MS = 150;

function openSessionFile(view: SetupView): HTMLElement {
  const { app, lang, update } = view;
  const open = (file: string, bytes: Uint8Array) => {
    const { scenario, scenarioSource } = app.store.getState();
    if (!scenario) return;
    view.memory.opening?.cancel();
    let work: Opening | undefined;
    let shownAt = 0;
    const opening: SessionOpening = {
      file,
      progress: { stage: 'reading', done: 0, total: 0 },
      cancel: () => {
        work?.cancel();
        if (view.memory.opening === opening) update({ opening: undefined });
      },
    };
    const show = (progress: OpenProgress) => {
      if (view.memory.opening !== opening) return;
      opening.progress = progress;
      const now = performance.now();
      if (now - shownAt < REPAINT_MS) return;
      shownAt = now;
      update({ opening });
    };
    update({ sessionError: undefined, opening });
    work = openInWorker(file, bytes, scenarioSource, scenario, show);
    void work.done.then((opened) => {
      if (view.memory.opening !== opening) return;
      update({ opening: undefined, ...(!opened.ok && { sessionError: opened.message }) });
      if (opened.ok) adoptOpened(opened.live, configOfSession(opened.live, parseTimerMinutes(view.draft.timerMinutes) ?? 0));
    });
  };
  const unreadable = (file: string) => update({ sessionError: { de: SETUP_TEXTS.unreadableFile.de(file), en: SETUP_TEXTS.unreadableFile.en(file) } });
  return fileButton(SETUP_TEXTS.openSession[lang], 'setup-open-session', '.json,application/json', open, unreadable);
}

export function renderSavedSessions(view: SetupView): HTMLElement {
  const { state, lang, memory } = view;
  const openFile = openSessionFile(view);
  const earlier = state.autosave.sessions.filter((s) => s.id !== state.saved?.sessionId);
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-sessions' },
    el('h2', { id: 'setup-sessions', class: 'setup-heading' }, SETUP_TEXTS.sessions[lang]),
    memory.sessionError && el('p', { class: 'setup-error', role: 'alert' }, memory.sessionError[lang]),
    memory.opening && progressOf(view, memory.opening),
    state.saved ? lastSession(view, state.saved, openFile) : el('div', { class: 'setup-inline' }, openFile, earlier.length === 0 && el('p', { class: 'setup-note' }, SETUP_TEXTS.noSaved[lang])),
    earlierSessions(view, earlier),
  );
}
