/** What one role may know: the public table and board, and its own budget, briefing and objectives, not other roles'. */
import type { Scenario } from '../scenario/schema';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../sim/indicators';
import { conceptCoverage, validComponents } from './concept';
import type { GameState, Proposal, Resources } from './types';

export type PublicRole = Omit<Scenario['roles'][number], 'briefing' | 'objectives' | 'profile' | 'stance'>;

export interface RoleView {
  role: string;
  /** The scenario with every other role's briefing, objectives and profile removed. */
  scenario: Omit<Scenario, 'roles'> & { roles: PublicRole[] };
  own: Scenario['roles'][number];
  year: number;
  phase: GameState['phase'];
  rule: GameState['rule'];
  budget: Resources;
  proposals: Proposal[];
  dots: GameState['dots'];
  events: string[];
  indicators: Indicators;
  districts: Record<string, Indicators>;
  concept: { coverage: number; valid: string[]; effort: GameState['concept']['effort'] };
  history: GameState['history'];
}

export function viewFor(scenario: Scenario, state: GameState, role: string): RoleView {
  const own = scenario.roles.find((r) => r.id === role);
  if (!own) throw new Error(`no role ${role}`);
  const lowIncome = lowIncomeClasses(scenario);
  const roles: PublicRole[] = scenario.roles.map(({ briefing: _b, objectives: _o, profile: _p, stance: _s, ...rest }) => rest);
  return {
    role,
    scenario: { ...scenario, roles },
    own,
    year: state.year,
    phase: state.phase,
    rule: state.rule,
    budget: state.budgets[role]!,
    proposals: state.proposals,
    dots: state.dots,
    events: state.events,
    indicators: neighbourhoodIndicators(state.model, lowIncome),
    districts: Object.fromEntries(Object.entries(state.model.districts).map(([id, d]) => [id, districtIndicators(d, lowIncome)])),
    concept: {
      coverage: conceptCoverage(scenario, state),
      valid: validComponents(scenario, state.concept, state.year),
      effort: state.concept.effort,
    },
    history: state.history,
  };
}
