/**
 * The length of a game: how many rounds, and how many model years a round covers. A scenario file sets a default
 * (`time.turns`, `time.turnLength`); a facilitator may choose another at setup, kept in the session. A round gives the
 * roles and the programmes that many years' worth of resources, and after its decision the model runs that many years.
 */
import { MAX_TURN_LENGTH, type Scenario } from '../scenario/schema';

export interface GameTime {
  turns: number;
  turnLength: number;
}

/** The scenario as its file defines it, for a scenario played at another length (one object per file and length). */
const bases = new WeakMap<Scenario, Scenario>();
const played = new WeakMap<Scenario, Map<string, Scenario>>();

export function baseScenario(scenario: Scenario): Scenario {
  return bases.get(scenario) ?? scenario;
}

/** Model years a game covers. */
export function modelYears(scenario: Pick<Scenario, 'time'>): number {
  return scenario.time.turns * scenario.time.turnLength;
}

/** The year the last round starts: its review leads to the debrief. */
export function lastRoundYear(scenario: Pick<Scenario, 'time'>): number {
  return scenario.time.startYear + (scenario.time.turns - 1) * scenario.time.turnLength;
}

/** The last model year of the game. */
export function finalYear(scenario: Pick<Scenario, 'time'>): number {
  return scenario.time.startYear + modelYears(scenario) - 1;
}

/** The last model year of the round that starts in `year`. */
export function roundEnd(scenario: Pick<Scenario, 'time'>, year: number): number {
  return year + scenario.time.turnLength - 1;
}

/** The round (1, 2, …) that starts in this year. */
export function roundOf(scenario: Pick<Scenario, 'time'>, year: number): number {
  return Math.floor((year - scenario.time.startYear) / scenario.time.turnLength) + 1;
}

/** Why a chosen length cannot be played, or undefined: a round count and round length the file's years can hold. */
export function timeProblem(scenario: Scenario, time: GameTime): 'notWhole' | 'tooLong' | undefined {
  if (!Number.isInteger(time.turns) || !Number.isInteger(time.turnLength) || time.turns < 1 || time.turnLength < 1 || time.turnLength > MAX_TURN_LENGTH) return 'notWhole';
  return time.turns * time.turnLength > modelYears(baseScenario(scenario)) ? 'tooLong' : undefined;
}

/**
 * The scenario played at another length: its time, and the roles' resources, the programmes' budgets and the cap on
 * cards passed (amounts per round in the file) scaled to the years a played round covers. Without a length, or at the file's own, the file itself.
 */
export function withTime(scenario: Scenario, time?: GameTime): Scenario {
  const base = baseScenario(scenario);
  if (!time || (time.turns === base.time.turns && time.turnLength === base.time.turnLength)) return base;
  let byTime = played.get(base);
  if (!byTime) played.set(base, (byTime = new Map()));
  const key = `${time.turns}x${time.turnLength}`;
  let found = byTime.get(key);
  if (!found) {
    const factor = time.turnLength / base.time.turnLength;
    found = {
      ...base,
      time: { ...base.time, turns: time.turns, turnLength: time.turnLength },
      roles: base.roles.map((r) => ({
        ...r,
        resources: { money: r.resources.money * factor, staffTime: r.resources.staffTime * factor, volunteerHours: r.resources.volunteerHours * factor },
      })),
      programmes: base.programmes.map((g) => ({ ...g, budget: g.budget * factor })),
      // What the city can start is a yearly capacity (calibration_figures §6); the cards each role tables stay per round.
      decision: base.decision.maxPassed === undefined ? base.decision : { ...base.decision, maxPassed: Math.max(1, Math.round(base.decision.maxPassed * factor)) },
    };
    bases.set(found, base);
    byTime.set(key, found);
  }
  return found;
}

/** The length a scenario is played at, for the session to keep when it differs from the file's. */
export function timeOf(scenario: Scenario): GameTime | undefined {
  const base = baseScenario(scenario);
  if (base === scenario) return undefined;
  return { turns: scenario.time.turns, turnLength: scenario.time.turnLength };
}

/** The length setup offers first: the file's workshop length, or its own. */
export function workshopTime(scenario: Scenario): GameTime {
  const base = baseScenario(scenario);
  return base.time.workshop ?? { turns: base.time.turns, turnLength: base.time.turnLength };
}

/** The lengths setup offers: for each round length, as many rounds as the file's years hold, and the workshop length. */
export function lengthOptions(scenario: Scenario): GameTime[] {
  const years = modelYears(baseScenario(scenario));
  const options: GameTime[] = [];
  for (let turnLength = 1; turnLength <= Math.min(MAX_TURN_LENGTH, years); turnLength++) options.push({ turns: Math.floor(years / turnLength), turnLength });
  const workshop = workshopTime(scenario);
  if (!options.some((o) => o.turns === workshop.turns && o.turnLength === workshop.turnLength)) options.push(workshop);
  return options.sort((a, b) => a.turnLength - b.turnLength || b.turns - a.turns);
}
