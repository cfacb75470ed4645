/** What a computer role has in mind while it decides: its view, its stance, the board it plans on and its generator. */
import type { IndicatorId, Measure } from '../scenario/schema';
import { cardById } from '../scenario/catalogue';
import type { Proposal, Stance } from '../rules/types';
import type { RoleView } from '../rules/view';
import type { Indicators } from '../sim/indicators';
import type { Draws } from './bot';
import { boardOf, type Board, type PublicScenario } from './board';
import type { BotCache } from './cache';
import type { Change } from './forecast';
import { STANCE_TRAITS, type StanceTraits } from './stances';
import type { Credit, Worth } from './valuation';

export interface BotContext {
  view: RoleView;
  scenario: PublicScenario;
  role: string;
  traits: StanceTraits;
  board: Board;
  rng: Draws;
  /** What the role weighs and what forecasts are worth to it, this year. */
  outlook: Outlook;
  /** What the bots worked out before and share: the board and the table (cache.ts). */
  cache: BotCache;
}

/** A role's outlook for a year: the same in every phase, so it is kept with the board and shared by its decisions. */
export interface Outlook {
  /** What the role weighs: its objectives plus the shared objectives as far as its stance cares for the common good. */
  goalWeights: [IndicatorId, number][];
  /** A record to write indicators into while valuing. */
  scratch: Indicators;
  /** What each forecast is worth to the role: its objective points, and its worth by credit (valuing is hot and forecasts repeat). */
  worths: Map<Change, { goal: number; byCredit: Partial<Record<Credit, Worth>> }>;
  /** What proposals on the table are worth to the role, by proposal id, with the terms they were worked out for. */
  proposals: Map<string, ProposalWorth>;
}

/** The terms a proposal's worth depends on, and its worth by credit. */
export interface ProposalWorth extends Pick<Proposal, 'measure' | 'district' | 'scale' | 'participation' | 'financing' | 'partners'> {
  against: boolean;
  worths: Partial<Record<Credit, Worth>>;
}

function outlookOf(view: RoleView, stance: Stance, board: Board): Outlook {
  const key = `${view.role}|${stance}`;
  let outlook = board.outlooks.get(key);
  if (outlook) return outlook;
  const traits = STANCE_TRAITS[stance];
  const weights: Partial<Record<IndicatorId, number>> = { ...view.own.objectives };
  for (const [id, w] of Object.entries(view.scenario.sharedObjectives) as [IndicatorId, number][]) weights[id] = (weights[id] ?? 0) + traits.commonGood * w;
  const goalWeights = (Object.entries(weights) as [IndicatorId, number][]).filter(([, w]) => w !== 0);
  board.outlooks.set(key, (outlook = { goalWeights, scratch: { ...view.indicators }, worths: new Map(), proposals: new Map() }));
  return outlook;
}

/** The context of one decision: the role's view, what its stance weighs, and the board every role shares this year. */
export function contextOf(view: RoleView, stance: Stance, rng: Draws, cache: BotCache): BotContext {
  const board = boardOf(view, cache);
  return { view, scenario: view.scenario, role: view.role, traits: STANCE_TRAITS[stance], board, rng, outlook: outlookOf(view, stance, board), cache };
}

/** A card of the scenario by its id. */
export function measureOf(ctx: Pick<BotContext, 'scenario'>, id: string): Measure {
  return cardById(ctx.scenario.measures, id)!;
}

/** Cards that pull down flats: what residents fear. */
export function removesFlats(m: Measure): boolean {
  return m.effects.some((e) => e.target === 'demolish');
}
