/** The setup screen: the scenario, the game's settings and seats, and the saved sessions to resume. */
import { el } from '../app/dom';
import { preservingFocus } from '../app/focus';
import { localStore } from '../app/safeStorage';
import type { App, AppState } from '../app/store';
import type { Language, LocalText, Scenario } from '../scenario/schema';
import { modelCardButton } from './modelCard/modelCard';
import { renderGameSettings } from './setupGame';
import { draftFor, draftFromJson, randomSeed, type DraftField, type SetupDraft } from './setupDraft';
import { renderSavedSessions, type SessionOpening } from './setupSaved';
import { problemList, renderScenario } from './setupScenario';
import { SETUP_TEXTS } from './setup.texts';
import './setup.css';

/** What the setup screen keeps between rebuilds: the draft and the messages of the last file opened or Start pressed. */
interface SetupMemory {
  draft?: SetupDraft;
  invalid: DraftField[];
  scenarioError?: LocalText;
  sessionError?: LocalText;
  /** A session file being opened in the background, with how far it has got. */
  opening?: SessionOpening;
}

/** One rebuild's view of the screen, handed to its sections. */
export interface SetupView {
  app: App;
  state: AppState;
  scenario: Scenario;
  lang: Language;
  draft: SetupDraft;
  memory: SetupMemory;
  /** Records a change of the draft or a message and shows it at once. */
  update(change: Partial<SetupMemory>): void;
  /** Records a change of the draft without showing it again (typing, a choice already shown). */
  keep(draft: SetupDraft): void;
}

/** The draft survives a reload of the setup screen, like the session survives one of the game. */
const DRAFT_KEY = 'quartier.setup';
const memory: SetupMemory = { invalid: [], draft: draftFromJson(localStore.getItem(DRAFT_KEY)) };
/** The screen on the page now: answers that arrive later (a file read) repaint this one, not an old copy. */
let mounted: { root: HTMLElement; app: App } | undefined;

function paint(root: HTMLElement, app: App): void {
  const state = app.store.getState();
  const { scenario, lang } = state;
  // Only a scenario that fails to load at start leaves none chosen: its problems are all there is to show.
  if (!scenario) {
    root.replaceChildren(problemList(state) || el('p', { role: 'alert' }, SETUP_TEXTS.unreadable[lang]));
    return;
  }
  const draft = draftFor(scenario, memory.draft, () => randomSeed(Math.random));
  if (draft !== memory.draft) keep(draft);
  const view: SetupView = { app, state, scenario, lang, draft, memory, update, keep };
  root.replaceChildren(
    el('h1', { class: 'visually-hidden' }, SETUP_TEXTS.heading[lang]),
    el('div', { class: 'setup-column' }, renderScenario(view), el('div', { class: 'setup-model-card' }, modelCardButton(app, lang, 'setup-model-card')), renderSavedSessions(view)),
    el('div', { class: 'setup-column' }, renderGameSettings(view)),
  );
}

function keep(draft: SetupDraft): void {
  memory.draft = draft;
  localStore.setItem(DRAFT_KEY, JSON.stringify(draft));
}

function update(change: Partial<SetupMemory>): void {
  Object.assign(memory, change);
  if (change.draft) keep(change.draft);
  if (mounted?.root.isConnected) {
    const { root, app } = mounted;
    preservingFocus(() => paint(root, app));
    // A message about a file just opened must be seen, even when the column is longer than the screen.
    if (change.sessionError || change.scenarioError) root.querySelector('.setup-error')?.scrollIntoView({ block: 'nearest' });
  }
}

export function renderSetup(app: App): HTMLElement {
  const root = el('div', { class: 'setup' });
  mounted = { root, app };
  paint(root, app);
  return root;
}
