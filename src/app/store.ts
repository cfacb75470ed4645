/** The UI store: the scenario, the live session and what the screen shows; the board and panels read it and call its actions. */
import { createStore } from 'zustand/vanilla';
import { beginGame } from '../bots/autoplay';
import { baseScenario, withTime, type GameTime } from '../rules/gameLength';
import { rulesFor } from '../rules/legacy';
import { rejectionMessage } from '../rules/rejectionMessages';
import type { LiveSession } from '../rules/session';
import type { Action, DecisionRule, Rejection, Seat } from '../rules/types';
import { loadScenario } from '../scenario/load';
import { localChannel, type GameChannel, type GameRequest, type GameUpdate } from './gameChannel';
import { createDrafts } from './drafts';
import { AUTOSAVE_START, type AutosaveState } from './sessions/autosaveState';
import { seatChanges, type BranchOf } from './sessions/branches';
import { newId } from './sessions/sessionId';
import { decodeText } from '../scenario/textDecoding';
import type { Problem } from '../scenario/problems';
import type { DebriefStep, IndicatorId, Language, LocalText, Scenario } from '../scenario/schema';

export interface ScenarioSource {
  file: string;
  source: string;
}

/** A scenario file as opened: its text, or its bytes, which become text by the command line's rule (textDecoding.ts). */
export interface OpenedScenario {
  file: string;
  source: string | Uint8Array;
}

export interface GameConfig {
  seed: number;
  seats: Record<string, Seat>;
  rule: DecisionRule;
  /** Minutes per phase on the facilitator's countdown; 0 = no timer. */
  timerMinutes: number;
  /** Rounds and years per round; the scenario file's own length when absent. */
  time?: GameTime;
}

/** What the debrief shows: one section, the district of its charts (null: the whole neighbourhood), the year of its decision log (null: all years). */
export interface DebriefView {
  section: 'course' | 'why' | 'scores' | 'decisions' | 'discussion';
  district: string | null;
  year: number | null;
  /** The step of the guided discussion shown. */
  step: DebriefStep;
  /** The mark on the course's time axis whose details are shown (annotations.ts); none when absent. */
  marker?: string | null;
}

export interface SavedSession {
  scenarioSource: ScenarioSource;
  config: GameConfig;
  live: LiveSession;
  sessionId: string;
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
  /** The saved session that `live` is (autosave.ts keeps several side by side). */
  sessionId?: string;
  /** Set when `live` was branched here from another saved session: the autosave's head of the new session remembers it. */
  branch?: BranchOf;
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
  rejectedSource?: OpenedScenario;
  debrief: DebriefView;
  /** The raw text of an autosave that could not be restored, kept so it can be downloaded. */
  damagedAutosave?: string;
  autosave: AutosaveState;
}

export type App = ReturnType<typeof createAppStore>;

export function createAppStore(
  initial: { lang: Language; scenarioSource: ScenarioSource },
  onChange: (s: AppState) => void = () => {},
  connect: (scenarioFor: (live: LiveSession) => Scenario) => GameChannel = localChannel,
) {
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
    debrief: { section: 'course', district: null, year: null, step: 'happened' },
    autosave: AUTOSAVE_START,
  }));
  store.subscribe((s) => onChange(s));

  // Every game request goes through the channel: local now, a room server later (gameChannel.ts).
  // A session begun under older rules goes on under them (legacy.ts).
  const channel = connect((live) => rulesFor(store.getState().scenario!, live.session));
  let answered: GameUpdate | undefined;
  /** A branch asked for: the session it gives is a new saved session, so the one it was branched from stays as it was. */
  let branching: BranchOf | undefined;
  channel.subscribe((update) => {
    answered = update;
    if (update.kind === 'refused') store.setState({ rejection: update.rejection });
    else if (branching) store.setState({ live: update.live, sessionId: newId(), branch: branching, rejection: undefined, privateRole: null, tools: false });
    else store.setState({ live: update.live, rejection: undefined, privateRole: update.moved ? null : store.getState().privateRole });
  });
  /** Sends a request; true when it was accepted at once (the local channel always answers at once). */
  function request(r: GameRequest): boolean {
    // A tab that watches a session played in another tab changes nothing.
    if (store.getState().autosave.watching) return false;
    answered = undefined;
    channel.send(r);
    // The listener above has set it by now if the channel answered at once.
    return (answered as GameUpdate | undefined)?.kind === 'accepted';
  }

  /** Applies an action for a person at the table; bots answer where the phase calls for it. */
  function perform(action: Action): boolean {
    return request({ kind: 'act', action });
  }

  return {
    store,
    /** The panels' drafts and open sections: UI state of this screen only, never saved. */
    drafts: createDrafts(),
    perform,
    setLanguage(lang: Language) {
      const { scenarioSource, rejectedSource } = store.getState();
      const current = loadScenario(scenarioSource.source, scenarioSource.file, { lang });
      const reloaded = rejectedSource ? loadScenario(rejectedSource.source, rejectedSource.file, { lang }) : current;
      store.setState({ lang, problems: reloaded.ok ? [] : reloaded.problems, warnings: current.ok ? current.warnings : [] });
    },
    openScenario(opened: OpenedScenario) {
      const decoded = typeof opened.source === 'string' ? { ok: true as const, text: opened.source } : decodeText(opened.source);
      if (!decoded.ok) {
        // Bytes that are no UTF-8 text stay bytes: loadScenario refuses them with a located problem, worded again on a language change.
        const refused = loadScenario(opened.source, opened.file, { lang: store.getState().lang });
        store.setState({ problems: refused.ok ? [] : refused.problems, rejectedSource: opened });
        return false;
      }
      const source: ScenarioSource = { file: opened.file, source: decoded.text };
      const result = loadScenario(source.source, source.file, { lang: store.getState().lang });
      store.setState(
        result.ok
          ? { scenarioSource: source, scenario: result.scenario, problems: [], warnings: result.warnings, rejectedSource: undefined }
          : { problems: result.problems, rejectedSource: source },
      );
      return result.ok;
    },
    start(config: GameConfig) {
      // A new game plays under today's rules, whatever session was open before, at the length chosen.
      const scenario = withTime(store.getState().scenario!, config.time);
      const live = beginGame(scenario, config.seed, config.seats, { rule: config.rule });
      channel.open(live);
      store.setState({ screen: 'game', scenario, config, live, sessionId: newId(), branch: undefined, rejection: undefined, privateRole: null, saved: undefined });
    },
    /** Goes on with a session: a saved one under its id, or (without one) a session from a file as a new saved session. */
    resume(live: LiveSession, config: GameConfig, sessionId = newId()) {
      channel.open(live);
      // The panels show the game at the length its session plays.
      const scenario = withTime(store.getState().scenario!, live.session.time);
      store.setState({ screen: 'game', scenario, config, live, sessionId, branch: undefined, rejection: undefined, saved: undefined });
    },
    undo: () => void request({ kind: 'undo' }),
    restartPhase: () => void request({ kind: 'restartPhase' }),
    previousPhase: () => void request({ kind: 'previousPhase' }),
    /**
     * Plays the game again from the start of the round that begins in `year`, as a new saved session beside this one,
     * with the seats given (roles not named keep theirs); false when that round was not reached or this tab only watches.
     */
    branch(year: number, seats: Record<string, Seat> = {}): boolean {
      const { sessionId } = store.getState();
      if (!sessionId) return false;
      branching = { parent: sessionId, year };
      const accepted = request({ kind: 'branch', year });
      branching = undefined;
      if (!accepted) return false;
      for (const action of seatChanges(store.getState().live!.state.seats, seats)) perform(action);
      return true;
    },
    /** Back to the setup screen; the session stays saved there, to resume or to replace by a new one. */
    leaveGame() {
      const { live, config, scenarioSource, saved, sessionId } = store.getState();
      const left = live && config && sessionId ? { scenarioSource, config, live, sessionId } : saved;
      channel.open(undefined);
      // Setup shows the scenario file as it is.
      const scenario = store.getState().scenario && baseScenario(store.getState().scenario!);
      store.setState({ screen: 'setup', scenario, live: undefined, config: undefined, sessionId: undefined, branch: undefined, rejection: undefined, privateRole: null, tools: false, saved: left });
    },
    rejectionText(): string | undefined {
      const { rejection, lang, scenario } = store.getState();
      return rejection && rejectionMessage(rejection, lang, scenario);
    },
    set(partial: Partial<Pick<AppState, 'indicator' | 'privateRole' | 'actingRole' | 'blanked' | 'help' | 'notice' | 'screen' | 'damagedAutosave' | 'debrief' | 'tools' | 'saved' | 'modelCard' | 'autosave'>>) {
      store.setState(partial);
    },
  };
}
