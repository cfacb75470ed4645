/** The UI store: the scenario, the live session and what the screen shows; the board and panels read it and call its actions. */
import { createStore } from 'zustand/vanilla';
import { actWithBots, beginGame } from '../bots/autoplay';
import { rulesFor } from '../rules/legacy';
import { rejectionMessage } from '../rules/rejectionMessages';
import { branchAtYear, previousPhase, restartPhase, undo, type LiveSession } from '../rules/session';
import type { Action, DecisionRule, Rejection, Seat } from '../rules/types';
import { loadScenario } from '../scenario/load';
import type { Problem } from '../scenario/problems';
import type { IndicatorId, Language, LocalText, Scenario } from '../scenario/schema';

export interface ScenarioSource {
  file: string;
  source: string;
}

export interface GameConfig {
  seed: number;
  seats: Record<string, Seat>;
  rule: DecisionRule;
  /** Minutes per phase on the facilitator's countdown; 0 = no timer. */
  timerMinutes: number;
}

/** What the debrief shows: one section, the district of its charts (null: the whole neighbourhood), the year of its decision log (null: all years). */
export interface DebriefView {
  section: 'course' | 'scores' | 'decisions';
  district: string | null;
  year: number | null;
}

export interface SavedSession {
  scenarioSource: ScenarioSource;
  config: GameConfig;
  live: LiveSession;
}

export interface AppState {
  lang: Language;
  screen: 'setup' | 'game';
  scenarioSource: ScenarioSource;
  scenario?: Scenario;
  problems: Problem[];
  /** Warnings of the chosen scenario (things that may be slips), shown on the setup screen before a game starts. */
  warnings: Problem[];
  config?: GameConfig;
  live?: LiveSession;
  /** The last refused action, shown until the next accepted one. */
  rejection?: Rejection;
  /** A message for everybody, e.g. a damaged autosave; text in both languages. */
  notice?: LocalText;
  indicator: IndicatorId;
  /** The role whose private screen is open (briefing); null while the hand-over screen hides it. */
  privateRole: string | null;
  /** The human role using the negotiation panels right now (people take turns at one keyboard). */
  actingRole: string | null;
  blanked: boolean;
  help: boolean;
  /** The facilitator's tools (inject an event, seats, back to setup) are open. */
  tools: boolean;
  /** The model card (how the model works, its parameters and calibration) is open. */
  modelCard: boolean;
  /** A session left for the setup screen (or found in the autosave there), offered to resume. */
  saved?: SavedSession;
  /** A scenario file that failed to load: its problems are worded again when the language changes. */
  rejectedSource?: ScenarioSource;
  debrief: DebriefView;
  /** The raw text of an autosave that could not be restored, kept so it can be downloaded. */
  damagedAutosave?: string;
}

export type App = ReturnType<typeof createAppStore>;

export function createAppStore(initial: { lang: Language; scenarioSource: ScenarioSource }, onChange: (s: AppState) => void = () => {}) {
  const loaded = loadScenario(initial.scenarioSource.source, initial.scenarioSource.file, { lang: initial.lang });
  const store = createStore<AppState>()(() => ({
    lang: initial.lang,
    screen: 'setup',
    scenarioSource: initial.scenarioSource,
    ...(loaded.ok ? { scenario: loaded.scenario } : {}),
    problems: loaded.ok ? [] : loaded.problems,
    warnings: loaded.ok ? loaded.warnings : [],
    indicator: 'vacancy',
    privateRole: null,
    actingRole: null,
    blanked: false,
    help: false,
    tools: false,
    modelCard: false,
    debrief: { section: 'course', district: null, year: null },
  }));
  store.subscribe((s) => onChange(s));

  // A session begun under older rules goes on under them (legacy.ts).
  const scenarioOf = () => {
    const { scenario, live } = store.getState();
    return live ? rulesFor(scenario!, live.session) : scenario!;
  };

  /** Applies an action for a person at the table; bots answer where the phase calls for it. */
  function perform(action: Action): boolean {
    const { live } = store.getState();
    if (!live) return false;
    // The one schedule of computer moves that play, lab and bench use too.
    const result = actWithBots(scenarioOf(), live, action);
    if (!result.ok) {
      store.setState({ rejection: result.rejection });
      return false;
    }
    store.setState({ live: result.live, rejection: undefined, privateRole: result.moved ? null : store.getState().privateRole });
    return true;
  }

  return {
    store,
    perform,
    setLanguage(lang: Language) {
      const { scenarioSource, rejectedSource } = store.getState();
      const current = loadScenario(scenarioSource.source, scenarioSource.file, { lang });
      const reloaded = rejectedSource ? loadScenario(rejectedSource.source, rejectedSource.file, { lang }) : current;
      store.setState({ lang, problems: reloaded.ok ? [] : reloaded.problems, warnings: current.ok ? current.warnings : [] });
    },
    openScenario(source: ScenarioSource) {
      const result = loadScenario(source.source, source.file, { lang: store.getState().lang });
      store.setState(
        result.ok
          ? { scenarioSource: source, scenario: result.scenario, problems: [], warnings: result.warnings, rejectedSource: undefined }
          : { problems: result.problems, rejectedSource: source },
      );
      return result.ok;
    },
    start(config: GameConfig) {
      // A new game plays under today's rules, whatever session was open before.
      const scenario = store.getState().scenario!;
      const live = beginGame(scenario, config.seed, config.seats, { rule: config.rule });
      store.setState({ screen: 'game', config, live, rejection: undefined, privateRole: null, saved: undefined });
    },
    resume(live: LiveSession, config: GameConfig) {
      store.setState({ screen: 'game', config, live, rejection: undefined, saved: undefined });
    },
    undo() {
      const { live } = store.getState();
      if (live && live.session.log.length > 0) store.setState({ live: undo(scenarioOf(), live), rejection: undefined });
    },
    restartPhase() {
      const { live } = store.getState();
      if (live) store.setState({ live: restartPhase(scenarioOf(), live), rejection: undefined });
    },
    previousPhase() {
      const { live } = store.getState();
      if (live) store.setState({ live: previousPhase(scenarioOf(), live), rejection: undefined });
    },
    branch(year: number) {
      const { live } = store.getState();
      const branched = live && branchAtYear(scenarioOf(), live, year);
      if (branched) store.setState({ live: branched, rejection: undefined });
    },
    /** Back to the setup screen; the session stays saved there, to resume or to replace by a new one. */
    leaveGame() {
      const { live, config, scenarioSource, saved } = store.getState();
      const left = live && config ? { scenarioSource, config, live } : saved;
      store.setState({ screen: 'setup', live: undefined, config: undefined, rejection: undefined, privateRole: null, tools: false, saved: left });
    },
    rejectionText(): string | undefined {
      const { rejection, lang, scenario } = store.getState();
      return rejection && rejectionMessage(rejection, lang, scenario);
    },
    set(partial: Partial<Pick<AppState, 'indicator' | 'privateRole' | 'actingRole' | 'blanked' | 'help' | 'notice' | 'screen' | 'damagedAutosave' | 'debrief' | 'tools' | 'saved' | 'modelCard'>>) {
      store.setState(partial);
    },
  };
}
