/** The scenario section of the setup screen: choose a bundled one (the practice scenario to start alone) or open a file; its title, years, description and area as text. */
import { h } from 'preact';
import { BUNDLED_SCENARIOS, bundledOf, bundledSource, type BundledScenario } from '../app/bundled';
import type { App } from '../app/store';
import { finalYear, modelYears } from '../rules/gameLength';
import { component, memo } from '../app/view/component';
import { button, el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { groupProblems } from '../scenario/problemGroups';
import { formatProblem } from '../scenario/problems';
import type { SetupProps } from './setup/form';
import { FileButton, FileError } from './setupFiles';
import { SETUP_TEXTS } from './setup.texts';
import './setupScenario.css';

/**
 * Problems of the scenario file last opened, one line each with file, line, column and sentence; and which scenario
 * stays chosen (none when the first one failed to load).
 */
export const ProblemList = component('SetupProblems', ({ app }: { app: App }) => {
  const { problems, lang, rejectedSource, kept } = useSlice(app.store, (s) => ({
    problems: s.problems,
    lang: s.lang,
    rejectedSource: s.rejectedSource,
    kept: s.scenario?.meta.title[s.lang],
  }));
  if (problems.length === 0) return null;
  const file = rejectedSource?.file ?? problems[0]!.file;
  return el(
    'div',
    { class: 'setup-problems', role: 'alert' },
    el('p', {}, kept ? SETUP_TEXTS.problemsIn[lang](file, problems.length, kept) : SETUP_TEXTS.problemsOnly[lang](file, problems.length)),
    el('ol', { class: 'problem-list', tabindex: '0', 'aria-label': file }, ...groupProblems(problems).map((p) => el('li', {}, formatProblem(p)))),
  );
});

/** Warnings of the chosen scenario: the game can start, but the trainer sees what may be a slip. */
const WarningList = component('SetupWarnings', ({ app }: { app: App }) => {
  const { warnings, lang, file } = useSlice(app.store, (s) => ({ warnings: s.warnings, lang: s.lang, file: s.scenarioSource.file }));
  if (warnings.length === 0) return null;
  return el(
    'div',
    { class: 'setup-warnings', role: 'status' },
    el('p', {}, SETUP_TEXTS.warningsIn[lang](file, warnings.length)),
    el('ol', { class: 'problem-list', tabindex: '0', 'aria-label': file }, ...warnings.map((p) => el('li', {}, formatProblem(p)))),
  );
});

const Chooser = component('SetupChooser', ({ app, form }: SetupProps) => {
  const { lang, file, chosen } = useSlice(app.store, (s) => ({
    lang: s.lang,
    file: s.scenarioSource.file,
    chosen: bundledOf(s.scenarioSource)?.key,
  }));
  const scenarioError = useSlice(form, (f) => f.scenarioError);
  const pick = (b: BundledScenario) => {
    form.setState({ scenarioError: undefined });
    bundledSource(b).then(
      (source) => app.openScenario(source),
      () => form.setState({ scenarioError: { de: SETUP_TEXTS.unreadableFile.de(b.file), en: SETUP_TEXTS.unreadableFile.en(b.file) } }),
    );
  };
  const label = (b: BundledScenario) => (b.tutorial ? [b.name, el('span', { class: 'setup-practice' }, ` – ${SETUP_TEXTS.practice[lang]}`)] : b.name);
  return el(
    'div',
    { class: 'setup-chooser' },
    el(
      'div',
      { class: 'setup-bundled', role: 'group', 'aria-labelledby': 'setup-bundled-label' },
      el('span', { id: 'setup-bundled-label', class: 'setup-bundled-label' }, `${SETUP_TEXTS.bundled[lang]}:`),
      ...BUNDLED_SCENARIOS.map((b) => button(label(b), `setup-bundled-${b.key}`, () => pick(b), { 'aria-pressed': String(chosen === b.key) })),
    ),
    el('p', { class: 'setup-start-alone' }, SETUP_TEXTS.startAlone[lang](BUNDLED_SCENARIOS.find((b) => b.tutorial)!.name)),
    h(FileButton, {
      label: SETUP_TEXTS.openScenario[lang],
      name: 'setup-open-scenario',
      accept: '.yaml,.yml,.json',
      onBytes: (name: string, source: Uint8Array) => {
        form.setState({ scenarioError: undefined });
        app.openScenario({ file: name, source });
      },
      onError: (name: string) => form.setState({ scenarioError: { de: SETUP_TEXTS.unreadableFile.de(name), en: SETUP_TEXTS.unreadableFile.en(name) } }),
    }),
    chosen === undefined && el('span', { class: 'setup-opened' }, SETUP_TEXTS.opened[lang](file)),
    h(FileError, { message: scenarioError, lang }),
    h(ProblemList, { app }),
    h(WarningList, { app }),
  );
});

/** The chosen scenario's card; its texts are data and shown as text only. */
const ScenarioCard = component('ScenarioCard', ({ app }: { app: App }) => {
  const { scenario, lang } = useSlice(app.store, (s) => ({ scenario: s.scenario, lang: s.lang }));
  if (!scenario) return null;
  const { meta, time } = scenario;
  return el(
    'article',
    { class: 'scenario-card', 'aria-labelledby': 'scenario-title' },
    el('h2', { id: 'scenario-title' }, meta.title[lang]),
    el('p', { class: 'scenario-years' }, SETUP_TEXTS.years[lang](time.startYear, finalYear(scenario), modelYears(scenario))),
    el('p', { class: 'scenario-description' }, meta.description[lang]),
    el('p', { class: 'scenario-area' }, el('strong', {}, `${SETUP_TEXTS.area[lang]}: `), meta.area[lang]),
  );
});

export const ScenarioSection = memo('ScenarioSection', ({ app, form }: SetupProps) => {
  const lang = useSlice(app.store, (s) => s.lang);
  return el(
    'section',
    { class: 'setup-section', 'aria-labelledby': 'setup-scenario' },
    el('h2', { id: 'setup-scenario', class: 'setup-heading' }, SETUP_TEXTS.scenario[lang]),
    h(Chooser, { app, form }),
    h(ScenarioCard, { app }),
  );
});
