/** How a computer role values a card: by what it does to the indicators its objectives weigh, where it is placed, and when. */
import { describe, expect, it } from 'vitest';
import { botCache } from '../../src/bots/cache';
import { contextOf } from '../../src/bots/context';
import { worth } from '../../src/bots/valuation';
import { newGame } from '../../src/rules/game';
import { LEAD_CREDIT } from '../../src/rules/scoring';
import type { Stance } from '../../src/rules/types';
import { viewFor, type RoleView } from '../../src/rules/view';
import type { IndicatorId } from '../../src/scenario/schema';
import { Rng, seedRng } from '../../src/sim/rng';
import { gruenau } from './helpers';

const start = newGame(gruenau(), 1);

/** A role's view of Grünau at the proposals of a year, with some figures of one district set as given (all else shared). */
function viewOf(role: string, change: Partial<Record<IndicatorId, number>> = {}, district = 'wk4', year = 1997): RoleView {
  const view = viewFor(gruenau(), { ...start, year, phase: 'proposals' }, role);
  return { ...view, districts: { ...view.districts, [district]: { ...view.districts[district]!, ...change } } };
}

// One cache for every view here, which differ in one district's figures only: a board serves only the figures it was worked out from.
const cache = botCache();

function goalOf(view: RoleView, measure: string, district: string | undefined, stance: Stance = 'pragmatic'): number {
  const ctx = contextOf(view, stance, new Rng(seedRng(1)), cache);
  const m = ctx.scenario.measures.find((x) => x.id === measure)!;
  return worth(ctx, { measure: m, district, scale: 1, participation: m.participation, effect: 1 }, 'lead').goal;
}

describe('valuing a card', () => {
  it('demolition is worth more to the housing company where many flats stand empty', () => {
    const emptyish = viewOf('lwb', { vacancy: 0.2, households: 6390 }, 'wk4');
    const full = viewOf('lwb', { vacancy: 0.02, households: 7830 }, 'wk4');
    expect(goalOf(emptyish, 'demolition', 'wk4')).toBeGreaterThan(goalOf(full, 'demolition', 'wk4'));
  });

  it('street work is worth more to youth services where vandalism is high', () => {
    expect(goalOf(viewOf('youth', { vandalism: 0.3 }), 'streetwork', 'wk4')).toBeGreaterThan(goalOf(viewOf('youth', { vandalism: 0.02 }), 'streetwork', 'wk4'));
  });

  it('a card whose effects would start after the last year is worth nothing', () => {
    const last = gruenau().time.startYear + gruenau().time.turns - 1;
    expect(goalOf(viewOf('lwb', {}, 'wk4', last), 'demolition', 'wk4')).toBe(0);
  });

  it('a cooperative role also weighs the common good, a sectoral one only its own objectives', () => {
    const view = viewOf('youth');
    expect(goalOf(view, 'neighbourhoodManagement', undefined, 'cooperative')).toBeGreaterThan(goalOf(view, 'neighbourhoodManagement', undefined, 'sectoral'));
  });

  it('credit counts for a card under the role’s own lead, as its profile weighs it', () => {
    const ctx = contextOf(viewOf('city'), 'pragmatic', new Rng(seedRng(1)), cache);
    const m = ctx.scenario.measures.find((x) => x.id === 'imageCampaign')!;
    const placement = { measure: m, district: undefined, scale: 1, participation: m.participation, effect: 1 };
    const lead = worth(ctx, placement, 'lead');
    const none = worth(ctx, placement, 'none');
    expect(lead.value - none.value).toBeCloseTo(ctx.view.own.profile * LEAD_CREDIT);
  });
});
