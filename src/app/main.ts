/** The composition root: the store, autosave, the Phaser board and the DOM panels, wired once. */
import { mountBoard } from '../board/board';
import { renderDebrief } from '../panels/debrief';
import { renderOverlays } from '../panels/overlays';
import { renderPhasePanel } from '../panels/phasePanel';
import { renderSetup } from '../panels/setup';
import { renderTopbar } from '../panels/topbar';
import { goOnAtStart, startAutosave } from './sessions/autosave';
import { BUNDLED } from './bundled';
import { installKeyboard } from './keyboard';
import { installOffline } from './offline';
import { preservingFocus } from './focus';
import { keepPreferences, readPreferences } from './preferences';
import { restoreAtStart, type Restored } from './sessions/restore';
import { localStore, tabStore } from './safeStorage';
import { fitToScreen } from './screenFit';
import { openSessionDb } from './sessions/sessionDb';
import { createAppStore, type App, type AppState } from './store';

/** The screen last shown: a reload on the setup screen stays there and offers the saved session instead of jumping into it. */
const SCREEN_KEY = 'quartier.screen';
/** Going back into the game waits this long at most for the browser's storage; then the page shows what it has. */
const START_WAIT_MS = 3000;

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

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  fitToScreen(document.documentElement);
  installOffline();
  const preferences = readPreferences(localStore);
  const db = await openSessionDb();
  // Whatever the storage holds or refuses, the page opens: at worst on the setup screen.
  const restored: Restored = await restoreAtStart(db, localStore, tabStore).catch(() => ({ kind: 'none' as const }));
  const resumeNow = localStore.getItem(SCREEN_KEY) !== 'setup';
  const app: App = createAppStore({ lang: preferences.lang, scenarioSource: restored.kind === 'ok' ? restored.head.scenario : BUNDLED });
  app.set({ ...(preferences.indicator && { indicator: preferences.indicator }), ...(preferences.debrief && { debrief: preferences.debrief }) });

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

  // The autosave hears of every change first: its journal is written before the screen shows the change.
  const autosave = startAutosave(app, db, localStore, tabStore);
  const keep = keepPreferences(localStore);
  let screen: AppState['screen'] | undefined;
  app.store.subscribe((s, before) => {
    autosave(s, before);
    keep(s);
    if (s.screen !== screen) {
      screen = s.screen;
      // A note that cannot be updated must not keep a reload on the wrong screen: without one, a reload goes back into the game.
      if (!localStore.setItem(SCREEN_KEY, s.screen)) localStore.removeItem(SCREEN_KEY);
    }
    render(s);
  });
  await Promise.race([goOnAtStart(restored, resumeNow).catch(() => undefined), new Promise((wait) => setTimeout(wait, START_WAIT_MS))]);
  installKeyboard(app);
  render(app.store.getState());
}

void main();
