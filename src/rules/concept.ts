/** The integrated action concept: nine components, built up by staff work and by cards, kept valid by yearly updates. */
import { CONCEPT_COMPONENTS, type ConceptComponent, type Scenario } from '../scenario/schema';
import type { ConceptState, GameState } from './types';

/** Components that only count when more than one role worked on them: a vision links several fields. */
export const SHARED_COMPONENTS: readonly ConceptComponent[] = ['vision'];

export function emptyConcept(): ConceptState {
  return { effort: {}, covered: {} };
}

/** Whether this year's staff work covers a component. */
export function workCovers(scenario: Scenario, concept: ConceptState, component: ConceptComponent): boolean {
  const byRole = concept.effort[component] ?? {};
  const hours = Object.values(byRole).reduce((a, b) => a + b, 0);
  const roles = Object.values(byRole).filter((h) => h > 0).length;
  return hours >= scenario.parameters.conceptEffort && (!SHARED_COMPONENTS.includes(component) || roles >= 2);
}

/** Components that count in a year: covered within the validity period (the concept must be updated). */
export function validComponents(scenario: Scenario, concept: ConceptState, year: number): ConceptComponent[] {
  return CONCEPT_COMPONENTS.filter((c) => {
    if (workCovers(scenario, concept, c)) return true;
    const last = concept.covered[c];
    return last !== undefined && year - last < scenario.parameters.conceptValidity;
  });
}

/** Share of the nine components that count this year. */
export function conceptCoverage(scenario: Scenario, state: Pick<GameState, 'concept' | 'year'>): number {
  return validComponents(scenario, state.concept, state.year).length / CONCEPT_COMPONENTS.length;
}

/** At the end of a year: what staff work and passed cards covered is dated to this year, and effort starts afresh. */
export function closeConceptYear(scenario: Scenario, concept: ConceptState, year: number, fromCards: readonly ConceptComponent[]): ConceptState {
  const covered = { ...concept.covered };
  for (const c of CONCEPT_COMPONENTS) if (workCovers(scenario, concept, c) || fromCards.includes(c)) covered[c] = year;
  return { effort: {}, covered };
}
