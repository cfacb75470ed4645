/** The autosave speaks up: a banner when the browser refuses to store, one while this tab only watches, and the two-tab dialog. */
import { h } from 'preact';
import { dismissStranded, takeOver, watchOnly } from '../app/sessions/tabs';
import type { App, AppState } from '../app/store';
import { component } from '../app/view/component';
import { button, el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { sessionToJson } from '../rules/saveFile';
import { stateHash } from '../rules/session';
import type { Language } from '../scenario/schema';
import { AUTOSAVE_TEXTS } from './autosaveBanner.texts';
import { downloadText, saveSessionFile, sessionFileName } from './facilitatorFiles';
import { Dialog } from './overlaysDialog';
import './autosaveBanner.css';

function stopped(app: App, lang: Language, inGame: boolean) {
  return el(
    'div',
    { key: 'stopped', class: 'autosave-banner stopped', role: 'alert', 'data-key': 'autosave-stopped' },
    el('p', {}, el('strong', {}, `⚠ ${AUTOSAVE_TEXTS.stoppedTitle[lang]}. `), inGame ? AUTOSAVE_TEXTS.stoppedInGame[lang] : AUTOSAVE_TEXTS.stoppedOnSetup[lang]),
    inGame && button(AUTOSAVE_TEXTS.download[lang], 'autosave-download', () => saveSessionFile(app), { class: 'primary' }),
  );
}

function stranded(app: App, lang: Language, count: number, live: NonNullable<AppState['live']>) {
  const download = () => {
    const name = sessionFileName(live.session.scenario.id, live.state.year).replace(/\.json$/, '-this-tab.json');
    downloadText(name, sessionToJson(live.session, { file: app.store.getState().scenarioSource.file, finalHash: stateHash(live.state) }));
  };
  return el(
    'div',
    { key: 'stranded', class: 'autosave-banner stranded', role: 'alert', 'data-key': 'autosave-stranded' },
    el('p', {}, el('strong', {}, `⚠ ${AUTOSAVE_TEXTS.strandedTitle[lang]}. `), AUTOSAVE_TEXTS.stranded[lang](count)),
    button(AUTOSAVE_TEXTS.downloadStranded[lang], 'autosave-stranded-download', download, { class: 'primary' }),
    button(AUTOSAVE_TEXTS.dismiss[lang], 'autosave-stranded-dismiss', dismissStranded),
  );
}

function watching(lang: Language) {
  return el(
    'div',
    { key: 'watching', class: 'autosave-banner watching', role: 'status', 'data-key': 'autosave-watching' },
    el('p', {}, el('strong', {}, `${AUTOSAVE_TEXTS.watchingTitle[lang]}. `), AUTOSAVE_TEXTS.watching[lang]),
    button(AUTOSAVE_TEXTS.takeOver[lang], 'autosave-take-over', () => void takeOver(), { class: 'primary' }),
  );
}

/** The banners that apply now, stacked at the foot of the screen. */
export const AutosaveBanners = component('AutosaveBanners', ({ app }: { app: App }) => {
  const { lang, inGame, stopped: isStopped, watching: isWatching, conflict, stranded: strandedMoves } = useSlice(app.store, (s) => ({
    lang: s.lang,
    inGame: s.screen === 'game' && s.live !== undefined,
    stopped: s.autosave.stopped,
    watching: s.autosave.watching,
    conflict: s.autosave.conflict,
    stranded: s.autosave.stranded,
  }));
  const shown = [
    isStopped && stopped(app, lang, inGame),
    strandedMoves && stranded(app, lang, strandedMoves.count, strandedMoves.live),
    inGame && isWatching && !conflict && watching(lang),
  ].filter((n) => n !== false && n !== undefined);
  return shown.length > 0 ? el('div', { class: 'autosave-banners' }, shown) : null;
});

/** Asked when the session opened here is already played in another tab; only one of its answers closes it. */
export const ConflictDialog = component('ConflictDialog', ({ app }: { app: App }) => {
  const lang = useSlice(app.store, (s) => s.lang);
  return h(
    Dialog,
    { name: 'conflict', title: AUTOSAVE_TEXTS.conflictTitle[lang] },
    el('p', { class: 'dialog-message' }, AUTOSAVE_TEXTS.conflict[lang]),
    el(
      'div',
      { class: 'dialog-actions' },
      button(AUTOSAVE_TEXTS.takeOver[lang], 'conflict-take-over', () => void takeOver(), { class: 'primary', autofocus: true }),
      button(AUTOSAVE_TEXTS.watchOnly[lang], 'conflict-watch', watchOnly),
    ),
  );
});
