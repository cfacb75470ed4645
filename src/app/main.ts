/** The composition root: the store, autosave, the Phaser board and the DOM panels, wired once. */
import { mountBoard } from '../board/board';
import { renderDebrief } from '../panels/debrief';
import { renderOverlays } from '../panels/overlays';
import { renderPhasePanel } from '../panels/phasePanel';
import { renderSetup } from '../panels/setup';
import { renderTopbar } from '../panels/topbar';
import { readAutosave, writeAutosave } from './autosave';
import { BUNDLED } from './bundled';
import { installKeyboard } from './keyboard';
import { preservingFocus } from './focus';
import { createAppStore, type App, type AppState } from './store';

const LANGUAGE_KEY = 'quartier.language';
/** The screen last shown: a reload on the setup screen stays there and offers the saved session instead of jumping into it. */
const SCREEN_KEY = 'quartier.screen';

function storedLanguage(): 'de' | 'en' {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'de';
}

function layout(root: HTMLElement) {
  const regions = {
    topbar: document.createElement('header'),
    board: document.createElement('div'),
    panel: document.createElement('section'),
    overlay: document.createElement('div'),
  };
  regions.topbar.id = 'topbar';
  regions.board.id = 'board';
  regions.panel.id = 'panel';
  regions.panel.setAttribute('aria-live', 'polite');
  regions.overlay.id = 'overlay';
  root.replaceChildren(regions.topbar, regions.board, regions.panel, regions.overlay);
  return regions;
}

function main(): void {
  const root = document.getElementById('app')!;
  const restored = readAutosave(localStorage);
  const resumeNow = restored.kind === 'ok' && localStorage.getItem(SCREEN_KEY) !== 'setup';
  const app: App = createAppStore({
    lang: restored.kind === 'ok' && resumeNow ? restored.lang : storedLanguage(),
    scenarioSource: restored.kind === 'ok' ? restored.scenarioSource : BUNDLED,
  });
  if (restored.kind === 'ok') {
    if (resumeNow) app.resume(restored.live, restored.config);
    else app.set({ saved: { scenarioSource: restored.scenarioSource, config: restored.config, live: restored.live } });
  }
  if (restored.kind === 'damaged') app.set({ notice: restored.reason, damagedAutosave: restored.raw });

  const regions = layout(root);
  let board: { destroy(): void } | undefined;

  const render = (s: AppState) => {
    document.documentElement.lang = s.lang;
    root.dataset.screen = s.screen;
    preservingFocus(() => {
      regions.topbar.replaceChildren(renderTopbar(app));
      const debrief = s.screen === 'game' && s.live?.state.phase === 'debrief';
      regions.panel.replaceChildren(s.screen === 'setup' ? renderSetup(app) : debrief ? renderDebrief(app) : renderPhasePanel(app));
      regions.overlay.replaceChildren(...renderOverlays(app));
    });
    if (s.screen === 'game' && !board) board = mountBoard(regions.board, app);
    if (s.screen === 'setup' && board) {
      board.destroy();
      board = undefined;
    }
  };

  let lastLog = -1;
  app.store.subscribe((s) => {
    localStorage.setItem(LANGUAGE_KEY, s.lang);
    localStorage.setItem(SCREEN_KEY, s.screen);
    // Autosave after every accepted action (the log grew or shrank), never on mere UI changes; leaving for setup keeps it to resume.
    const length = s.live?.session.log.length ?? -1;
    if (s.screen === 'game' && s.live && s.config && length !== lastLog) writeAutosave(localStorage, s.lang, s.scenarioSource, s.config, s.live);
    lastLog = length;
    render(s);
  });
  installKeyboard(app);
  render(app.store.getState());
}

main();
