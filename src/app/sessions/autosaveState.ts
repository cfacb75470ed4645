/** What the screen shows of the autosave: whether it works, whether this tab only watches, and the saved sessions to resume. */
import type { LiveSession } from '../../rules/session';
import type { Phase } from '../../rules/types';
import type { BranchOf } from './branches';
import type { LocalText } from '../../scenario/schema';

export interface SessionSummary {
  id: string;
  title: LocalText;
  file: string;
  year: number;
  phase: Phase;
  humans: number;
  computers: number;
  savedAt: number;
  startedAt: number;
  /** Games of one scenario, seed and length (branches.ts familyKey): the original and its branches. */
  family: string;
  branch?: BranchOf;
}

export interface AutosaveState {
  /** The browser refuses to store the game (full, blocked, private mode): a banner says so and offers the session file. */
  stopped: boolean;
  /** Another tab plays this session: this one follows it and takes no actions. */
  watching: boolean;
  /** The session was already open in another tab when this one opened it: take it over here, or watch. */
  conflict: boolean;
  /** Actions made here that are not in the saved session because another tab took it over: offered as a file. */
  stranded?: { count: number; live: LiveSession };
  sessions: SessionSummary[];
}

export const AUTOSAVE_START: AutosaveState = { stopped: false, watching: false, conflict: false, sessions: [] };
