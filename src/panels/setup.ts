/** The setup screen: the scenario, the game's settings and seats, and the saved sessions to resume. */
import { Fragment, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { localStore } from '../app/safeStorage';
import type { App } from '../app/store';
import { component } from '../app/view/component';
import { el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { createSetupForm, followScenario } from './setup/form';
import { modelCardOpenButton } from './modelCard/modelCard';
import { GameSettings } from './setupGame';
import { SavedSessions } from './setupSaved';
import { ProblemList, ScenarioSection } from './setupScenario';
import { SETUP_TEXTS } from './setup.texts';
import './setup.css';

/** Only a scenario that fails to load at start leaves none chosen: its problems are all there is to show. */
const Unloadable = component('SetupUnloadable', ({ app }: { app: App }) => {
  const { lang, none } = useSlice(app.store, (s) => ({ lang: s.lang, none: s.problems.length === 0 }));
  return none ? el('p', { role: 'alert' }, SETUP_TEXTS.unreadable[lang]) : h(ProblemList, { app });
});

/** The screen with a scenario chosen; it owns the form (the draft and this visit's messages) for as long as it is shown. */
const SetupBody = component('SetupBody', ({ app }: { app: App }) => {
  const [form] = useState(() => createSetupForm(app.store.getState().scenario!, localStore));
  const lang = useSlice(app.store, (s) => s.lang);
  useEffect(() => followScenario(app.store, form), [app, form]);
  // A session file still being opened when the screen goes is dropped, not adopted later.
  useEffect(() => () => form.getState().opening?.cancel(), [form]);
  return h(
    Fragment,
    {},
    el('h1', { class: 'visually-hidden' }, SETUP_TEXTS.heading[lang]),
    el(
      'div',
      { class: 'setup-column' },
      h(ScenarioSection, { app, form }),
      el('div', { class: 'setup-model-card' }, modelCardOpenButton(app, lang, 'setup-model-card')),
      h(SavedSessions, { app, form }),
    ),
    el('div', { class: 'setup-column' }, h(GameSettings, { app, form })),
  );
});

export const SetupScreen = component('SetupScreen', ({ app }: { app: App }) => {
  const chosen = useSlice(app.store, (s) => s.scenario !== undefined);
  return el('div', { class: 'setup' }, chosen ? h(SetupBody, { app }) : h(Unloadable, { app }));
});
