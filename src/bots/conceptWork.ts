/** Work on the integrated action concept: enough components for the programmes this year, the unfinished ones first. */
import { CONCEPT_COMPONENTS, type ConceptComponent, type Programme } from '../scenario/schema';
import { SHARED_COMPONENTS } from '../rules/concept';
import type { BotMove } from './bot';
import type { PublicScenario } from './board';
import type { BotContext } from './context';
import { reasons } from './reasons';

/** The programme open this year that asks for the most concept coverage. */
export function demandingProgramme(scenario: PublicScenario, year: number): Programme | undefined {
  const open = scenario.programmes.filter((g) => year >= g.from && (g.until === undefined || year <= g.until) && g.requires.actionConcept > 0);
  return open.sort((a, b) => b.requires.actionConcept - a.requires.actionConcept)[0];
}

/** Coverage once `extra` more components count. */
export function coverageWith(ctx: BotContext, extra: number): number {
  return (ctx.view.concept.valid.length + extra) / CONCEPT_COMPONENTS.length;
}

/** Components still missing for a coverage. */
export function missingFor(ctx: BotContext, coverage: number): number {
  return Math.max(0, Math.ceil(coverage * CONCEPT_COMPONENTS.length - 1e-9) - ctx.view.concept.valid.length);
}

/** Concept moves covering up to `count` components within `staff` hours: components others began come first. */
export function conceptMoves(ctx: BotContext, count: number, staff: number): BotMove[] {
  const programme = demandingProgramme(ctx.scenario, ctx.view.year);
  if (!programme || count <= 0) return [];
  const effort = ctx.view.concept.effort;
  const hoursOn = (c: ConceptComponent) => Object.values(effort[c] ?? {}).reduce((a, b) => a + b, 0);
  const othersOn = (c: ConceptComponent) => Object.entries(effort[c] ?? {}).some(([r, h]) => r !== ctx.role && h > 0);
  const open = CONCEPT_COMPONENTS.filter((c) => !ctx.view.concept.valid.includes(c) && (!SHARED_COMPONENTS.includes(c) || othersOn(c)));
  const ordered = [...open].sort((a, b) => hoursOn(b) - hoursOn(a));
  const moves: BotMove[] = [];
  let left = staff;
  for (const c of ordered.slice(0, count)) {
    const hours = Math.max(1, Math.ceil(ctx.scenario.parameters.conceptEffort - hoursOn(c)));
    if (hours > left) break;
    left -= hours;
    moves.push({
      action: { type: 'concept', role: ctx.role, component: c, staffTime: hours },
      reason: reasons.concept(c, hours, programme.id, programme.requires.actionConcept),
    });
  }
  return moves;
}
