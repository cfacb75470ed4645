/** Money, staff time and volunteer hours: what a role has on paper, what a share of it costs, and sums. */
import type { Resources } from '../rules/types';
import type { PublicScenario } from './board';

export const NOTHING: Resources = { money: 0, staffTime: 0, volunteerHours: 0 };
const KEYS = ['money', 'staffTime', 'volunteerHours'] as const;

/** Each role's resources on paper by role id (a pure memo per scenario's role list: valuing asks for them constantly). */
const nominals = new WeakMap<readonly PublicScenario['roles'][number][], Map<string, Resources>>();

/** What a role has each year on paper. */
export function nominalOf(scenario: PublicScenario, role: string): Resources {
  let byRole = nominals.get(scenario.roles);
  if (!byRole) nominals.set(scenario.roles, (byRole = new Map(scenario.roles.map((r) => [r.id, r.resources]))));
  return byRole.get(role) ?? NOTHING;
}

/** The cost of resources measured against what a role has each year on paper; infinite if it has none of a needed kind. */
export function relativeCost(resources: Resources, nominal: Resources): number {
  let cost = 0;
  for (const k of KEYS) {
    if (resources[k] <= 1e-9) continue;
    if (nominal[k] <= 0) return Infinity;
    cost += resources[k] / nominal[k];
  }
  return cost;
}

/** Whether resources fit within a budget. */
export function fits(resources: Resources, budget: Resources): boolean {
  return resources.money <= budget.money + 1e-6 && resources.staffTime <= budget.staffTime + 1e-6 && resources.volunteerHours <= budget.volunteerHours + 1e-6;
}

/** Whether there is nothing to speak of: no euro, no hour. */
export function isEmpty(r: Resources): boolean {
  return r.money <= 1e-6 && r.staffTime <= 1e-6 && r.volunteerHours <= 1e-6;
}

export function plus(a: Resources, b: Resources): Resources {
  return { money: a.money + b.money, staffTime: a.staffTime + b.staffTime, volunteerHours: a.volunteerHours + b.volunteerHours };
}

export function minus(a: Resources, b: Resources): Resources {
  return { money: a.money - b.money, staffTime: a.staffTime - b.staffTime, volunteerHours: a.volunteerHours - b.volunteerHours };
}
