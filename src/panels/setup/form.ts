/**
 * The setup screen's own store: the draft of the game being set up and the messages of this visit. The setup screen
 * creates one when it appears, so coming back to setup starts without old messages; the draft is written to storage
 * on every change and read back then, so it outlasts language switches, rebuilds and reloads alike.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SafeStorage } from '../../app/safeStorage';
import type { App, AppState } from '../../app/store';
import type { LocalText, Scenario } from '../../scenario/schema';
import type { OpenProgress } from '../sessionFileMessages';
import { draftFor, draftFromJson, randomSeed, type DraftField, type SetupDraft } from '../setupDraft';

/** A session file being opened in the background, with how far it has got. */
export interface SessionOpening {
  /** Tells this opening from a later one of the same file. */
  id: object;
  file: string;
  progress: OpenProgress;
  cancel(): void;
}

export interface SetupFormState {
  draft: SetupDraft;
  /** Fields Start found wrong; marked until Start is pressed again (or a new seed drawn). */
  invalid: DraftField[];
  scenarioError?: LocalText;
  sessionError?: LocalText;
  opening?: SessionOpening;
}

export type SetupForm = StoreApi<SetupFormState>;

/** What every section of the setup screen is given: the app and the screen's form. */
export interface SetupProps {
  app: App;
  form: SetupForm;
}

const DRAFT_KEY = 'quartier.setup';

/** A fresh seed comes from the UI's own randomness, never the game's. */
const drawSeed = () => randomSeed(Math.random);

/** The form for this scenario, starting from the draft in storage; every later draft is written back. */
export function createSetupForm(scenario: Scenario, storage: SafeStorage): SetupForm {
  const stored = draftFromJson(storage.getItem(DRAFT_KEY));
  const draft = draftFor(scenario, stored, drawSeed);
  const form = createStore<SetupFormState>()(() => ({ draft, invalid: [] }));
  const save = (d: SetupDraft) => storage.setItem(DRAFT_KEY, JSON.stringify(d));
  if (draft !== stored) save(draft);
  form.subscribe((now, before) => {
    if (now.draft !== before.draft) save(now.draft);
  });
  return form;
}

/** Keeps the draft fitting the chosen scenario (its roles and rules) as another one is opened; returns the unsubscribe. */
export function followScenario(app: StoreApi<AppState>, form: SetupForm): () => void {
  const follow = () => {
    const { scenario } = app.getState();
    if (!scenario) return;
    const { draft } = form.getState();
    const fitting = draftFor(scenario, draft, drawSeed);
    if (fitting !== draft) form.setState({ draft: fitting });
  };
  // A scenario opened between the first render and this subscription is not missed.
  follow();
  return app.subscribe(follow);
}
