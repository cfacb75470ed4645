/** The game being set up, as the facilitator fills it in: kept across language switches and rebuilds, turned into a config on Start. */
import type { GameConfig } from '../app/store';
import { STANCES, type DecisionRule, type Seat, type Stance } from '../rules/types';
import type { Scenario } from '../scenario/schema';

export interface SetupDraft {
  scenarioId: string;
  /** As typed; checked on Start. */
  seed: string;
  seats: Record<string, Seat>;
  rule: DecisionRule;
  /** Minutes per phase as typed; 0 switches the countdown off. */
  timerMinutes: string;
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
  };
}

/** The draft for this scenario: kept while it is the same one, otherwise fresh with the seed and timer carried over. */
export function draftFor(scenario: Scenario, draft: SetupDraft | undefined, seed: () => number): SetupDraft {
  const sameRoles = draft && scenario.roles.every((r) => draft.seats[r.id]) && Object.keys(draft.seats).length === scenario.roles.length;
  if (draft && draft.scenarioId === scenario.meta.id && sameRoles && scenario.decision.options.includes(draft.rule)) return draft;
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
    const textsOk = d && [d.scenarioId, d.seed, d.rule, d.timerMinutes].every((v) => typeof v === 'string');
    return seatsOk && textsOk ? d : undefined;
  } catch {
    return undefined;
  }
}

export type DraftField = 'seed' | 'timerMinutes';

/** The config to start with, or the fields that need correcting first. */
export function configFrom(draft: SetupDraft): { ok: true; config: GameConfig } | { ok: false; invalid: DraftField[] } {
  const seed = parseSeed(draft.seed);
  const timerMinutes = parseTimerMinutes(draft.timerMinutes);
  if (seed === undefined || timerMinutes === undefined) {
    return { ok: false, invalid: [...(seed === undefined ? ['seed' as const] : []), ...(timerMinutes === undefined ? ['timerMinutes' as const] : [])] };
  }
  return { ok: true, config: { seed, seats: draft.seats, rule: draft.rule, timerMinutes } };
}
