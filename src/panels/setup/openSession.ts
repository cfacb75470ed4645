/** Opening a session file from the setup screen: replayed in the background, its progress and outcome kept in the form. */
import { adoptOpened } from '../../app/sessions/autosave';
import type { App } from '../../app/store';
import { openSessionFile } from '../openSessionFile';
import type { OpenProgress } from '../sessionFileMessages';
import { parseTimerMinutes } from '../setupDraft';
import { configOfSession } from '../setupSession';
import type { SetupForm } from './form';

/** Progress is shown a few times a second at most: a long replay reports far more often. */
const REPAINT_MS = 150;

/** Opens `bytes` against the chosen scenario; a file opened meanwhile, Cancel or leaving the screen drops this one. */
export function openSession(app: App, form: SetupForm, file: string, bytes: Uint8Array): void {
  const { scenario, scenarioSource } = app.store.getState();
  if (!scenario) return;
  form.getState().opening?.cancel();
  const id = {};
  const current = () => form.getState().opening?.id === id;
  let shownAt = 0;
  const show = (progress: OpenProgress) => {
    const opening = form.getState().opening;
    if (opening?.id !== id) return;
    const now = performance.now();
    if (now - shownAt < REPAINT_MS) return;
    shownAt = now;
    form.setState({ opening: { ...opening, progress } });
  };
  const cancel = () => {
    work.cancel();
    if (current()) form.setState({ opening: undefined });
  };
  form.setState({ sessionError: undefined, opening: { id, file, progress: { stage: 'reading', done: 0, total: 0 }, cancel } });
  const work = openSessionFile(file, bytes, scenarioSource, scenario, show);
  void work.done.then((opened) => {
    if (!current()) return;
    form.setState({ opening: undefined, ...(!opened.ok && { sessionError: opened.message }) });
    if (opened.ok) adoptOpened(opened.live, configOfSession(opened.live, parseTimerMinutes(form.getState().draft.timerMinutes) ?? 0));
  });
}
