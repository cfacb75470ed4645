/** The regional economy reaches into the neighbourhood: unemployment, and households falling into poverty. */
import type { Scenario } from '../scenario/schema';
import type { DistrictState } from './state';
import { clamp01, totalHouseholds } from './state';

/** District unemployment moves towards the regional rate, raised where low-income households concentrate. */
export function followRegionalEconomy(d: DistrictState, scenario: Scenario, regional: number, lowIncomeShare: number): void {
  const u = scenario.parameters.unemployment;
  const target = clamp01(regional * (u.base + u.lowIncome * lowIncomeShare));
  d.states.unemployment = clamp01(d.states.unemployment + u.speed * (target - d.states.unemployment));
}

/** Unemployment pushes households of a class into the poorer class it names. */
export function impoverish(d: DistrictState, scenario: Scenario): void {
  if (totalHouseholds(d) <= 0) return;
  for (const c of scenario.householdClasses) {
    if (!c.downward) continue;
    const h = d.households[c.id] ?? 0;
    const fallen = Math.min(h, h * c.downward.rate * d.states.unemployment);
    d.households[c.id] = h - fallen;
    d.households[c.downward.to] = (d.households[c.downward.to] ?? 0) + fallen;
  }
}
