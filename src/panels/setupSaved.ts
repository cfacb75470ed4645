/** Saved sessions on the setup screen: resume the last one or an earlier one, or open a session file (replayed in a worker, with progress). */
import { h, type VNode } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deleteSaved, resumeSaved } from '../app/sessions/autosave';
import type { SessionSummary } from '../app/sessions/autosaveState';
import type { SavedSession } from '../app/store';
import { component, memo } from '../app/view/component';
import { button, el, type Child } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import { LOCALES, number } from '../scenario/numberFormat';
import type { Language } from '../scenario/schema';
import type { SetupForm, SetupProps } from './setup/form';
import { openSession } from './setup/openSession';
import { FileButton, FileError } from './setupFiles';
import { SAVED_TEXTS } from './setupSaved.texts';
import { SETUP_TEXTS } from './setup.texts';
import './setupSaved.css';

/** How many earlier sessions the list shows, the newest first. */
const LISTED = 8;

function resumeButton(form: SetupForm, label: string, key: string, id: string, known?: SavedSession, name?: string): VNode {
  const resume = () => {
    form.setState({ sessionError: undefined });
    void resumeSaved(id, known?.live).then((resumed) => resumed || form.setState({ sessionError: SAVED_TEXTS.cannotResume }));
  };
  return button(label, key, resume, { class: 'primary', ...(name && { 'aria-label': `${label}: ${name}` }) });
}

const whenFormat = (lang: Language) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });

/** What a what-if branch says of itself: the year it was played again from, and of which session (as that session's row names it). */
function branchNote(s: SessionSummary | undefined, sessions: readonly SessionSummary[], lang: Language): VNode | false {
  if (!s?.branch) return false;
  const parent = sessions.find((p) => p.id === s.branch!.parent);
  const text = parent ? SAVED_TEXTS.branchOf[lang](s.branch.year, whenFormat(lang).format(parent.savedAt)) : SAVED_TEXTS.branchOfGone[lang](s.branch.year);
  return el('span', { class: 'saved-branch muted' }, text);
}

function lastSession(form: SetupForm, lang: Language, saved: SavedSession, title: string, openFile: Child, sessions: readonly SessionSummary[]): VNode {
  const { year, phase, seats } = saved.live.state;
  const people = Object.values(seats).filter((s) => s.controller === 'human').length;
  const note = branchNote(sessions.find((s) => s.id === saved.sessionId), sessions, lang);
  return el(
    'div',
    { class: 'saved-session' },
    el('p', { class: 'saved-title' }, el('strong', {}, `${SETUP_TEXTS.lastSession[lang]}: `), title),
    note && el('p', {}, note),
    el('p', {}, `${SETUP_TEXTS.savedAt[lang](year, PHASE_NAMES[phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](people, Object.keys(seats).length - people)}`),
    el('div', { class: 'setup-inline' }, resumeButton(form, SETUP_TEXTS.resume[lang], 'setup-resume', saved.sessionId, saved), openFile),
    el('p', { class: 'setup-note' }, SAVED_TEXTS.startKeeps[lang]),
  );
}

/** One earlier session: resume it, or delete it in two steps, so a slip of the clicker never loses a session. */
const SavedRow = component('SavedRow', ({ form, lang, s, where, branch }: { form: SetupForm; lang: Language; s: SessionSummary; where: string; branch: VNode | false }) => {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so Enter or Escape-then-Tab answers it from the keyboard.
  useLayoutEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const name = `${s.title[lang]}, ${where}`;
  const remove = () => void deleteSaved(s.id).then((gone) => gone || (setAsking(false), form.setState({ sessionError: SAVED_TEXTS.cannotRemove })));
  return el(
    'li',
    { class: 'saved-row' },
    el('span', {}, el('strong', {}, s.title[lang]), ` · ${where}`, branch && el('br', {}), branch),
    // Every row's button says which session it resumes, not only "Resume".
    resumeButton(form, SAVED_TEXTS.resumeThis[lang], `setup-resume-${s.id}`, s.id, undefined, name),
    asking
      ? el(
          'span',
          { class: 'saved-remove', role: 'group', 'aria-label': SAVED_TEXTS.removeFor[lang](name) },
          button(SAVED_TEXTS.reallyRemove[lang], `setup-remove-${s.id}-yes`, remove, { ref: yes }),
          button(SAVED_TEXTS.keep[lang], `setup-remove-${s.id}-no`, () => setAsking(false)),
        )
      : button(SAVED_TEXTS.remove[lang], `setup-remove-${s.id}`, () => setAsking(true), { 'aria-label': SAVED_TEXTS.removeFor[lang](name) }),
  );
});

function earlierSessions(form: SetupForm, lang: Language, sessions: SessionSummary[], all: readonly SessionSummary[]): VNode | false {
  if (sessions.length === 0) return false;
  const when = whenFormat(lang);
  const row = (s: SessionSummary) =>
    h(SavedRow, { key: s.id, form, lang, s, branch: branchNote(s, all, lang), where: `${SETUP_TEXTS.savedAt[lang](s.year, PHASE_NAMES[s.phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](s.humans, s.computers)} · ${SAVED_TEXTS.savedOn[lang](when.format(s.savedAt))}` });
  return el('div', { class: 'saved-earlier' }, el('h3', { class: 'setup-subheading' }, SAVED_TEXTS.others[lang]), el('ul', { class: 'saved-list' }, ...sessions.slice(0, LISTED).map(row)));
}

/** How far the session file being opened has got, with a way to stop it. */
const OpeningProgress = component('SetupSessionProgress', ({ form, lang }: { form: SetupForm; lang: Language }) => {
  const opening = useSlice(form, (f) => f.opening);
  if (!opening) return null;
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
});

const SessionError = component('SetupSessionError', ({ form, lang }: { form: SetupForm; lang: Language }) => {
  const message = useSlice(form, (f) => f.sessionError);
  return h(FileError, { message, lang });
});

export const SavedSessions = memo('SavedSessions', ({ app, form }: SetupProps) => {
  const { lang, saved, sessions, title, source } = useSlice(app.store, (s) => ({
    lang: s.lang,
    saved: s.saved,
    sessions: s.autosave.sessions,
    title: s.scenario?.meta.title[s.lang],
    source: s.scenarioSource.source,
  }));
  const openFile = h(FileButton, {
    label: SETUP_TEXTS.openSession[lang],
    name: 'setup-open-session',
    accept: '.json,application/json',
    onBytes: (file: string, bytes: Uint8Array) => openSession(app, form, file, bytes),
    onError: (file: string) => form.setState({ sessionError: { de: SETUP_TEXTS.unreadableFile.de(file), en: SETUP_TEXTS.unreadableFile.en(file) } }),
  });
  const earlier = sessions.filter((s) => s.id !== saved?.sessionId);
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-sessions' },
    el('h2', { id: 'setup-sessions', class: 'setup-heading' }, SETUP_TEXTS.sessions[lang]),
    h(SessionError, { form, lang }),
    h(OpeningProgress, { form, lang }),
    saved
      ? // The last session's scenario by its title when it is the one chosen, else by its file.
        lastSession(form, lang, saved, saved.scenarioSource.source === source && title ? title : saved.scenarioSource.file, openFile, sessions)
      : el('div', { class: 'setup-inline' }, openFile, earlier.length === 0 && el('p', { class: 'setup-note' }, SETUP_TEXTS.noSaved[lang])),
    earlierSessions(form, lang, earlier, sessions),
  );
});
