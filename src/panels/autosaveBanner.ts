/** The autosave speaks up: a banner when the browser refuses to store, one while this tab only watches, and the two-tab dialog. */
import { dismissStranded, takeOver, watchOnly } from '../app/sessions/tabs';
import { button, el } from '../app/dom';
import type { App, AppState } from '../app/store';
import { sessionToJson } from '../rules/saveFile';
import { stateHash } from '../rules/session';
import { AUTOSAVE_TEXTS } from './autosaveBanner.texts';
import { downloadText, saveSessionFile, sessionFileName } from './facilitatorFiles';
import { dialog } from './overlaysDialog';
import './autosaveBanner.css';

function stopped(app: App, s: AppState): HTMLElement {
  const lang = s.lang;
  const inGame = s.screen === 'game' && s.live !== undefined;
  return el(
    'div',
    { class: 'autosave-banner stopped', role: 'alert', 'data-key': 'autosave-stopped' },
    el('p', {}, el('strong', {}, `⚠ ${AUTOSAVE_TEXTS.stoppedTitle[lang]}. `), inGame ? AUTOSAVE_TEXTS.stoppedInGame[lang] : AUTOSAVE_TEXTS.stoppedOnSetup[lang]),
    inGame && button(AUTOSAVE_TEXTS.download[lang], 'autosave-download', () => saveSessionFile(app), { class: 'primary' }),
  );
}

function stranded(s: AppState, count: number, live: NonNullable<AppState['live']>): HTMLElement {
  const lang = s.lang;
  const download = () => {
    const name = sessionFileName(live.session.scenario.id, live.state.year).replace(/\.json$/, '-this-tab.json');
    downloadText(name, sessionToJson(live.session, { file: s.scenarioSource.file, finalHash: stateHash(live.state) }));
  };
  return el(
    'div',
    { class: 'autosave-banner stranded', role: 'alert', 'data-key': 'autosave-stranded' },
    el('p', {}, el('strong', {}, `⚠ ${AUTOSAVE_TEXTS.strandedTitle[lang]}. `), AUTOSAVE_TEXTS.stranded[lang](count)),
    button(AUTOSAVE_TEXTS.downloadStranded[lang], 'autosave-stranded-download', download, { class: 'primary' }),
    button(AUTOSAVE_TEXTS.dismiss[lang], 'autosave-stranded-dismiss', dismissStranded),
  );
}

function watching(s: AppState): HTMLElement {
  const lang = s.lang;
  return el(
    'div',
    { class: 'autosave-banner watching', role: 'status', 'data-key': 'autosave-watching' },
    el('p', {}, el('strong', {}, `${AUTOSAVE_TEXTS.watchingTitle[lang]}. `), AUTOSAVE_TEXTS.watching[lang]),
    button(AUTOSAVE_TEXTS.takeOver[lang], 'autosave-take-over', () => void takeOver(), { class: 'primary' }),
  );
}

/** The banners that apply now, stacked at the foot of the screen. */
export function autosaveBanners(app: App, s: AppState): HTMLElement | false {
  const { autosave } = s;
  const inGame = s.screen === 'game' && s.live !== undefined;
  const shown = [
    autosave.stopped && stopped(app, s),
    autosave.stranded && stranded(s, autosave.stranded.count, autosave.stranded.live),
    inGame && autosave.watching && !autosave.conflict && watching(s),
  ].filter((n): n is HTMLElement => n !== false && n !== undefined);
  return shown.length > 0 && el('div', { class: 'autosave-banners' }, ...shown);
}

/** Asked when the session opened here is already played in another tab. */
export function conflictDialog(s: AppState): HTMLElement {
  const lang = s.lang;
  return dialog('conflict', AUTOSAVE_TEXTS.conflictTitle[lang], [
    el('p', { class: 'dialog-message' }, AUTOSAVE_TEXTS.conflict[lang]),
    el(
      'div',
      { class: 'dialog-actions' },
      button(AUTOSAVE_TEXTS.takeOver[lang], 'conflict-take-over', () => void takeOver(), { class: 'primary', 'data-autofocus': '' }),
      button(AUTOSAVE_TEXTS.watchOnly[lang], 'conflict-watch', watchOnly),
    ),
  ]);
}
