/** The game being set up, as the facilitator fills it in: kept across language switches and rebuilds, turned into a config on Start. */
import type { GameConfig } from '../app/store';
import { STANCES, type DecisionRule, type Seat, type Stance } from '../rules/types';
import { lengthOptions, workshopTime, type GameTime } from '../rules/gameLength';
import type { Scenario } from '../scenario/schema';

/** A length of play as the draft keeps it. */
export const lengthKey = (t: GameTime) => `${t.turns}x${t.turnLength}`;

/** The scenario's length option of this key; undefined when it offers none such. */
export function lengthOf(scenario: Scenario, key: string | undefined): GameTime | undefined {
  return lengthOptions(scenario).find((t) => lengthKey(t) === key);
}

export interface SetupDraft {
  scenarioId: string;
  /** As typed; checked on Start. */
  seed: string;
  seats: Record<string, Seat>;
  rule: DecisionRule;
  /** Minutes per phase as typed; 0 switches the countdown off. */
  timerMinutes: string;
  /** The length of play as `rounds×years` (lengthKey), one of the scenario's length options. */
  length?: string;
}

/** Seeds stay short enough to read out to a room and type again. */
export const MAX_SEED = 999_999;
export const MAX_TIMER_MINUTES = 120;

/** A fresh seed from the UI's own randomness (never the game's). */
export function randomSeed(random: () => number): number {
  return 1 + Math.floor(random() * MAX_SEED);
}

/** Every role played by people, computer stances preset to the scenario's; the scenario's own decision rule. */
export function freshDraft(scenario: Scenario, seed: number, timerMinutes = '0'): SetupDraft {
  return {
    scenarioId: scenario.meta.id,
    seed: String(seed),
    seats: Object.fromEntries(scenario.roles.map((r) => [r.id, { controller: 'human', stance: r.stance }])),
    rule: scenario.decision.rule,
    timerMinutes,
    length: lengthKey(workshopTime(scenario)),
  };
}

/** The draft for this scenario: kept while it is the same one, otherwise fresh with the seed and timer carried over. */
export function draftFor(scenario: Scenario, draft: SetupDraft | undefined, seed: () => number): SetupDraft {
  const sameRoles = draft && scenario.roles.every((r) => draft.seats[r.id]) && Object.keys(draft.seats).length === scenario.roles.length;
  if (draft && draft.scenarioId === scenario.meta.id && sameRoles && scenario.decision.options.includes(draft.rule)) {
    // A draft from before lengths could be chosen starts at the workshop length.
    return lengthOf(scenario, draft.length) ? draft : { ...draft, length: lengthKey(workshopTime(scenario)) };
  }
  return draft ? { ...freshDraft(scenario, 0, draft.timerMinutes), seed: draft.seed } : freshDraft(scenario, seed());
}

export function withController(draft: SetupDraft, role: string, controller: Seat['controller']): SetupDraft {
  const seat = draft.seats[role];
  return seat ? { ...draft, seats: { ...draft.seats, [role]: { ...seat, controller } } } : draft;
}

export function withStance(draft: SetupDraft, role: string, stance: Stance): SetupDraft {
  const seat = draft.seats[role];
  return seat ? { ...draft, seats: { ...draft.seats, [role]: { ...seat, stance } } } : draft;
}

/** A whole number in [min, max] written plainly (digits only, spaces around allowed), else undefined. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

export const parseSeed = (text: string) => wholeNumber(text, 0, MAX_SEED);
export const parseTimerMinutes = (text: string) => wholeNumber(text, 0, MAX_TIMER_MINUTES);

/** A draft read back from storage, or undefined when the text is not one (written by another version, or damaged). */
export function draftFromJson(text: string | null): SetupDraft | undefined {
  try {
    const d = JSON.parse(text ?? 'null') as SetupDraft | null;
    const seats = d && typeof d.seats === 'object' && d.seats !== null ? Object.values(d.seats) : [];
    const seatsOk = seats.length > 0 && seats.every((s) => (s?.controller === 'human' || s?.controller === 'bot') && STANCES.includes(s.stance));
    const textsOk = d && [d.scenarioId, d.seed, d.rule, d.timerMinutes].every((v) => typeof v === 'string') && (d.length === undefined || typeof d.length === 'string');
    return seatsOk && textsOk ? d : undefined;
  } catch {
    return undefined;
  }
}

export type DraftField = 'seed' | 'timerMinutes';

/** The config to start with, or the fields that need correcting first. */
export function configFrom(draft: SetupDraft, scenario: Scenario): { ok: true; config: GameConfig } | { ok: false; invalid: DraftField[] } {
  const seed = parseSeed(draft.seed);
  const timerMinutes = parseTimerMinutes(draft.timerMinutes);
  if (seed === undefined || timerMinutes === undefined) {
    return { ok: false, invalid: [...(seed === undefined ? ['seed' as const] : []), ...(timerMinutes === undefined ? ['timerMinutes' as const] : [])] };
  }
  const time = lengthOf(scenario, draft.length) ?? workshopTime(scenario);
  return { ok: true, config: { seed, seats: draft.seats, rule: draft.rule, timerMinutes, time } };
}
