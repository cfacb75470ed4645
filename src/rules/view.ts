/** What one role may know: the public table and board, and its own budget, briefing and objectives, not other roles'. */
import type { Scenario } from '../scenario/schema';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../sim/indicators';
import type { ModelState } from '../sim/state';
import { conceptCoverage, validComponents } from './concept';
import type { ConceptState, GameState, Proposal, Resources } from './types';

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
  /** Shared by every view of the same model state: read only. */
  indicators: Readonly<Indicators>;
  districts: Readonly<Record<string, Readonly<Indicators>>>;
  concept: { coverage: number; valid: string[]; effort: GameState['concept']['effort'] };
  history: GameState['history'];
  /** Roles played by people, in scenario order (public: everyone in the room sees who sits where). */
  people: string[];
}

// Pure memos: scenarios, model states and concept states are never changed in place, and every role reads the same
// public parts, so batch games (hundreds of views a game) work them out once per object.
const publicScenarios = new WeakMap<Scenario, RoleView['scenario']>();
const boards = new WeakMap<ModelState, { scenario: Scenario; figures: Pick<RoleView, 'indicators' | 'districts'> }>();
const concepts = new WeakMap<ConceptState, { scenario: Scenario; year: number; concept: Omit<RoleView['concept'], 'effort'> }>();

function publicScenario(scenario: Scenario): RoleView['scenario'] {
  let found = publicScenarios.get(scenario);
  if (!found) {
    const roles: PublicRole[] = scenario.roles.map(({ briefing: _b, objectives: _o, profile: _p, stance: _s, ...rest }) => rest);
    publicScenarios.set(scenario, (found = { ...scenario, roles }));
  }
  return found;
}

function boardFigures(scenario: Scenario, model: ModelState): Pick<RoleView, 'indicators' | 'districts'> {
  const cached = boards.get(model);
  if (cached?.scenario === scenario) return cached.figures;
  const lowIncome = lowIncomeClasses(scenario);
  const figures = {
    indicators: neighbourhoodIndicators(model, lowIncome),
    districts: Object.fromEntries(Object.entries(model.districts).map(([id, d]) => [id, districtIndicators(d, lowIncome)])),
  };
  boards.set(model, { scenario, figures });
  return figures;
}

function conceptFigures(scenario: Scenario, state: GameState): Omit<RoleView['concept'], 'effort'> {
  const cached = concepts.get(state.concept);
  if (cached && cached.scenario === scenario && cached.year === state.year) return cached.concept;
  const concept = { coverage: conceptCoverage(scenario, state), valid: validComponents(scenario, state.concept, state.year) };
  concepts.set(state.concept, { scenario, year: state.year, concept });
  return concept;
}

export function viewFor(scenario: Scenario, state: GameState, role: string): RoleView {
  const own = scenario.roles.find((r) => r.id === role);
  if (!own) throw new Error(`no role ${role}`);
  const { coverage, valid } = conceptFigures(scenario, state);
  const { indicators, districts } = boardFigures(scenario, state.model);
  return {
    role,
    scenario: publicScenario(scenario),
    own,
    year: state.year,
    phase: state.phase,
    rule: state.rule,
    budget: state.budgets[role]!,
    proposals: state.proposals,
    dots: state.dots,
    events: state.events,
    indicators,
    districts,
    concept: { coverage, valid: [...valid], effort: state.concept.effort },
    history: state.history,
    people: peopleOf(scenario, state.seats),
  };
}

/** The roles a person plays, in scenario order. */
function peopleOf(scenario: Scenario, seats: GameState['seats']): string[] {
  const people: string[] = [];
  for (const r of scenario.roles) if (seats[r.id]?.controller === 'human') people.push(r.id);
  return people;
}
