/**
 * Sessions saved under session format 1, before the limits on measures and the pace of decisions: they are checked
 * against the scenario as format 1 read it and go on under the rules they began with.
 */
import type { Scenario } from '../scenario/schema';
import { baseScenario, withTime } from './gameLength';
import { hashOf } from './hash';
import type { Session } from './session';

/** The scenario as format 1 read it: without the fields the format gained later (a format-1 file cannot set them). */
function withoutLaterFields(scenario: Scenario): unknown {
  const { headroom: _h, repeatEffect: _r, departureFloor: _d, arrivalCeiling: _a, participationNeedsBacking: _p, ...parameters } = scenario.parameters;
  const { housingDemand: _hd, ...context } = scenario.context;
  const { cardsPerRole: _c, maxPassed: _m, ...decision } = scenario.decision;
  const { debrief: _db, ...file } = scenario;
  return {
    ...file,
    parameters,
    context,
    decision,
    measures: scenario.measures.map(({ maxRunning: _mr, ...m }) => m),
    references: scenario.references.map(({ targets: _t, ...r }) => r),
  };
}

/** The scenario hash a format-1 session file holds for this scenario. */
export function version1Hash(scenario: Scenario): string {
  return hashOf(withoutLaterFields(scenario));
}

/** No card limit is reachable: format 1 had none. */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

const version1Scenarios = new WeakMap<Scenario, Scenario>();

/** The scenario with every later limit switched off, so a format-1 session plays as it was played (one object per scenario). */
export function version1Rules(scenario: Scenario): Scenario {
  let found = version1Scenarios.get(scenario);
  if (!found) version1Scenarios.set(scenario, (found = withoutLimits(scenario)));
  return found;
}

/**
 * The scenario a session plays under: at the length of play the session chose (gameLength.ts), or with the rules of
 * format 1 for a session begun under them.
 */
export function rulesFor(scenario: Scenario, session: Pick<Session, 'rulesVersion' | 'time'>): Scenario {
  return session.rulesVersion === 1 ? version1Rules(baseScenario(scenario)) : withTime(scenario, session.time);
}

function withoutLimits(scenario: Scenario): Scenario {
  const { maxPassed: _m, ...decision } = scenario.decision;
  return {
    ...scenario,
    parameters: {
      ...scenario.parameters,
      headroom: { condition: 0, vandalism: 0, image: 0, cohesion: 0, trust: 0, unemployment: 0, services: 0 },
      repeatEffect: 1,
      departureFloor: 0,
      arrivalCeiling: Infinity,
      participationNeedsBacking: false,
    },
    context: { ...scenario.context, housingDemand: [] },
    decision: { ...decision, cardsPerRole: UNLIMITED },
    measures: scenario.measures.map((m) => ({ ...m, maxRunning: UNLIMITED })),
  };
}
