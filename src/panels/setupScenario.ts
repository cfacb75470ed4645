/** The scenario section of the setup screen: choose the bundled one or open a file; its title, years, description and area as text. */
import { BUNDLED, BUNDLED_NAME } from '../app/bundled';
import { button, el } from '../app/dom';
import type { AppState } from '../app/store';
import { groupProblems } from '../scenario/problemGroups';
import { formatProblem } from '../scenario/problems';
import type { Language } from '../scenario/schema';
import type { SetupView } from './setup';
import { fileButton } from './setupFiles';
import { SETUP_TEXTS } from './setup.texts';

/** Problems of the scenario file last opened, one line each with file, line, column and sentence; and which scenario stays chosen. */
export function problemList(state: AppState, keptTitle?: string): HTMLElement | false {
  const { problems, lang, rejectedSource } = state;
  if (problems.length === 0) return false;
  const file = rejectedSource?.file ?? problems[0]!.file;
  return el(
    'div',
    { class: 'setup-problems', role: 'alert' },
    el('p', {}, keptTitle ? SETUP_TEXTS.problemsIn[lang](file, problems.length, keptTitle) : SETUP_TEXTS.problemsOnly[lang](file, problems.length)),
    el('ol', { class: 'problem-list', tabindex: '0', 'aria-label': file }, ...groupProblems(problems).map((p) => el('li', {}, formatProblem(p)))),
  );
}

/** Warnings of the chosen scenario: the game can start, but the trainer sees what may be a slip. */
export function warningList(state: AppState): HTMLElement | false {
  const { warnings, lang, scenarioSource } = state;
  if (warnings.length === 0) return false;
  return el(
    'div',
    { class: 'setup-warnings', role: 'status' },
    el('p', {}, SETUP_TEXTS.warningsIn[lang](scenarioSource.file, warnings.length)),
    el('ol', { class: 'problem-list', tabindex: '0', 'aria-label': scenarioSource.file }, ...warnings.map((p) => el('li', {}, formatProblem(p)))),
  );
}

function chooser(view: SetupView): HTMLElement {
  const { app, state, scenario, lang, update } = view;
  const bundledOn = state.scenarioSource.file === BUNDLED.file && state.scenarioSource.source === BUNDLED.source;
  const pick = button(`${SETUP_TEXTS.bundled[lang]}: ${BUNDLED_NAME}`, 'setup-bundled', () => {
    update({ scenarioError: undefined });
    app.openScenario(BUNDLED);
  }, { 'aria-pressed': String(bundledOn) });
  const open = fileButton(
    SETUP_TEXTS.openScenario[lang],
    'setup-open-scenario',
    '.yaml,.yml,.json',
    (file, source) => {
      update({ scenarioError: undefined });
      app.openScenario({ file, source });
    },
    (file) => update({ scenarioError: { de: SETUP_TEXTS.unreadableFile.de(file), en: SETUP_TEXTS.unreadableFile.en(file) } }),
  );
  return el(
    'div',
    { class: 'setup-chooser' },
    pick,
    open,
    !bundledOn && el('span', { class: 'setup-opened' }, SETUP_TEXTS.opened[lang](state.scenarioSource.file)),
    view.memory.scenarioError && el('p', { class: 'setup-error', role: 'alert' }, view.memory.scenarioError[lang]),
    problemList(state, scenario.meta.title[lang]),
    warningList(state),
  );
}

function card(view: SetupView, lang: Language): HTMLElement {
  const { meta, time } = view.scenario;
  return el(
    'article',
    { class: 'scenario-card', 'aria-labelledby': 'scenario-title' },
    el('h2', { id: 'scenario-title' }, meta.title[lang]),
    el('p', { class: 'scenario-years' }, SETUP_TEXTS.years[lang](time.startYear, time.startYear + time.turns - 1, time.turns)),
    el('p', { class: 'scenario-description' }, meta.description[lang]),
    el('p', { class: 'scenario-area' }, el('strong', {}, `${SETUP_TEXTS.area[lang]}: `), meta.area[lang]),
  );
}

export function renderScenario(view: SetupView): HTMLElement {
  return el('section', { class: 'setup-section', 'aria-labelledby': 'setup-scenario' }, el('h2', { id: 'setup-scenario', class: 'setup-heading' }, SETUP_TEXTS.scenario[view.lang]), chooser(view), card(view, view.lang));
}
