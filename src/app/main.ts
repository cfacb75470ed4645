/** The composition root: the store, autosave, the Phaser board and the DOM panels, wired once. */
import { h, render } from 'preact';
import { mountBoard } from '../board/board';
import { goOnAtStart, startAutosave } from './sessions/autosave';
import { BUNDLED } from './bundled';
import { installKeyboard } from './keyboard';
import { installOffline } from './offline';
import { keepPreferences, readPreferences } from './preferences';
import { restoreAtStart, type Restored } from './sessions/restore';
import { localStore, tabStore } from './safeStorage';
import { fitToScreen } from './screenFit';
import { openSessionDb } from './sessions/sessionDb';
import { OverlayRegion, PanelRegion, TopbarRegion } from './regions';
import { createAppStore, type App, type AppState } from './store';
import { countRenders } from './view/renderCount';

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

  // Each region renders itself from the store; the shell only follows the screen and the language.
  const shell = (s: AppState) => {
    document.documentElement.lang = s.lang;
    root.dataset.screen = s.screen;
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
    shell(s);
  });
  await Promise.race([goOnAtStart(restored, resumeNow).catch(() => undefined), new Promise((wait) => setTimeout(wait, START_WAIT_MS))]);
  installKeyboard(app);
  // A test asks with ?renders to count what each change redraws (view/renderCount.ts).
  if (new URLSearchParams(location.search).has('renders')) (window as unknown as { __renders: Map<string, number> }).__renders = countRenders();
  shell(app.store.getState());
  render(h(TopbarRegion, { app }), regions.topbar);
  render(h(PanelRegion, { app }), regions.panel);
  render(h(OverlayRegion, { app }), regions.overlay);
}

void main();
