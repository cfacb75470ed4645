/** Funding as plain functions: what a card needs, programme matching and its limits, who pays, package deals. */
import { describe, expect, it } from 'vitest';
import { needs, programmeFits, settleFunding, type Funding } from '../../src/rules/funding';
import type { Proposal } from '../../src/rules/types';
import type { Measure, Programme } from '../../src/scenario/schema';
import { gruenau, held, proposal, variant } from './helpers';

/**
 * Grünau's cards and programmes with the figures this file reasons with pinned, so that tuning the scenario's economy
 * does not move them: these tests are about how funding works, not about Grünau's budgets.
 */
const CARDS: Record<string, Partial<Measure>> = {
  // Capital, 800,000 €, 150 staff hours.
  courtyards: { fields: ['surroundings'], capital: true, cost: 800_000, staffTime: 150, volunteerHours: 0 },
  // Non-capital, 250,000 €, 400 staff hours.
  youthClub: { fields: ['youth'], capital: false, cost: 250_000, staffTime: 400, volunteerHours: 0 },
  renovation: { fields: ['housing'], capital: true, cost: 4_500_000, staffTime: 200, volunteerHours: 0 },
  schoolHub: { fields: ['youth', 'neighbourhood'], capital: false, cost: 200_000, staffTime: 300, volunteerHours: 300 },
  streetwork: { fields: ['youth', 'neighbourhood'], capital: false, cost: 150_000, staffTime: 600, volunteerHours: 0 },
  demolition: { fields: ['housing'], capital: true, cost: 1_800_000, staffTime: 150, volunteerHours: 0 },
};
const PROGRAMMES: Pick<Programme, 'id' | 'from' | 'until' | 'budget' | 'matchingRate' | 'nonCapitalCap' | 'fields' | 'measures' | 'capital' | 'requires'>[] = [
  // 1.5 M € a year from 1999, 67 % matching, 20 % of it for non-capital measures, once one role co-finances and the
  // action concept covers 30 %.
  { id: 'sozialeStadt', from: 1999, until: undefined, budget: 1_500_000, matchingRate: 0.67, nonCapitalCap: 0.2, fields: undefined, measures: undefined, capital: 'both', requires: { actionConcept: 0.3, partners: 1 } },
  { id: 'stadtumbauDemolition', from: 2002, until: undefined, budget: 3_000_000, matchingRate: 0.6, nonCapitalCap: 0, fields: ['housing'], measures: ['demolition'], capital: 'capital', requires: { actionConcept: 0.2, partners: 0 } },
  { id: 'youthProgramme', from: 2000, until: 2006, budget: 300_000, matchingRate: 0.5, nonCapitalCap: 1, fields: ['youth', 'work'], measures: undefined, capital: 'nonCapital', requires: { actionConcept: 0, partners: 0 } },
];
const G = variant(gruenau(), (s) => ({
  measures: s.measures.map((m) => ({ ...m, ...CARDS[m.id] })),
  programmes: PROGRAMMES.map((g) => ({ ...s.programmes[0]!, ...g })),
  parameters: { ...s.parameters, participationStaff: { none: 1, inform: 1.05, consult: 1.2, codecide: 1.4 } },
}));
const card = (id: string) => G.measures.find((m) => m.id === id)!;
const programme = (id: string) => G.programmes.find((g) => g.id === id)!;

// In 1999 only Soziale Stadt pays.
const YEAR = 1999;
const ENOUGH_CONCEPT = 3 / 9;

const byId = (results: Funding[]) => Object.fromEntries(results.map((f) => [f.proposal, f]));
const settle = (winners: Proposal[], coverage = ENOUGH_CONCEPT, year = YEAR) => byId(settleFunding(G, winners, coverage, year));

// Courtyards with consultation: 800,000 €, 150 staff hours × 1.2. Soziale Stadt pays 536,000 €.
const courtyards = (id: string, pledges: Proposal['pledges']) =>
  proposal({ id, measure: 'courtyards', district: 'wk8', participation: 'consult', pledges });
const courtyardsCoFinanced = (id: string) => courtyards(id, [held('city', { money: 264_000, staffTime: 180 })]);
const youthClub = (id: string, district: string, pledges: Proposal['pledges']) => proposal({ id, measure: 'youthClub', district, pledges });

describe('what a card needs', () => {
  it('grows staff time with resident participation, but not money or volunteer hours', () => {
    const schoolHub = card('schoolHub');
    const at = (participation: Proposal['participation']) => needs(G, schoolHub, { scale: 1, participation });
    expect(at('none')).toEqual({ money: 200_000, staffTime: 300, volunteerHours: 300 });
    expect(at('inform').staffTime).toBeCloseTo(315);
    expect(at('consult').staffTime).toBeCloseTo(360);
    expect(at('codecide')).toEqual({ money: 200_000, staffTime: expect.closeTo(420) as number, volunteerHours: 300 });
  });

  it('scales cost and time with the size of the card', () => {
    expect(needs(G, card('renovation'), { scale: 3, participation: 'none' })).toEqual({ money: 13_500_000, staffTime: 600, volunteerHours: 0 });
  });
});

describe('a funding programme', () => {
  it('funds only cards of its years, fields and kind', () => {
    const youth = programme('youthProgramme');
    expect(programmeFits(youth, card('youthClub'), 1999)).toBe(false);
    expect(programmeFits(youth, card('youthClub'), 2000)).toBe(true);
    expect(programmeFits(youth, card('youthClub'), 2007)).toBe(false);
    expect(programmeFits(youth, card('courtyards'), 2003)).toBe(false);
    expect(programmeFits(programme('stadtumbauDemolition'), card('demolition'), 2002)).toBe(true);
    expect(programmeFits(programme('stadtumbauDemolition'), card('youthClub'), 2002)).toBe(false);
  });

  it('pays its matching rate when a local partner co-finances the rest and the concept covers enough', () => {
    const f = settle([courtyardsCoFinanced('p1')]).p1!;
    expect(f.funded).toBe(true);
    expect(f.programme).toEqual({ id: 'sozialeStadt', money: expect.closeTo(536_000) as number });
    expect(f.spend.city!.money).toBeCloseTo(264_000);
  });

  it('pays nothing without a co-financing role', () => {
    const staffOnly = courtyards('p1', [held('city', { staffTime: 180 })]);
    expect(settle([staffOnly], 1).p1).toMatchObject({ funded: false, because: { code: 'fundingShort', params: { money: 800_000 } } });
  });

  it('pays nothing while the action concept covers too little', () => {
    expect(settle([courtyardsCoFinanced('p1')], 2 / 9).p1).toMatchObject({ funded: false, because: { code: 'fundingShort', params: { money: 536_000 } } });
  });

  it('pays nothing in years before it starts', () => {
    expect(settle([courtyardsCoFinanced('p1')], 1, 1998).p1).toMatchObject({ funded: false, because: { params: { money: 536_000 } } });
  });

  it('only tops up: a proposal its partners pay in full takes no programme money', () => {
    const f = settle([courtyards('p1', [held('city', { money: 800_000, staffTime: 180 })])]).p1!;
    expect(f.funded).toBe(true);
    expect(f.programme).toBeUndefined();
    expect(f.spend.city!.money).toBe(800_000);
  });

  it('caps what goes to non-capital measures at its share of the budget', () => {
    // 20 % of 1.5 M € = 300,000 € for social measures: the first club takes 167,500 €, the second only 132,500 €.
    const first = youthClub('p1', 'wk7', [held('youth', { money: 82_500, staffTime: 400 })]);
    const secondShort = youthClub('p2', 'wk8', [held('youth', { money: 82_500, staffTime: 400 })]);
    const secondFull = youthClub('p2', 'wk8', [held('youth', { money: 117_500, staffTime: 400 })]);
    const capital = courtyardsCoFinanced('p3');

    const short = settle([first, secondShort, capital]);
    expect(short.p1!.programme!.money).toBeCloseTo(167_500);
    expect(short.p2).toMatchObject({ funded: false, because: { code: 'fundingShort', params: { money: 35_000 } } });
    // Capital measures still draw on the rest of the budget.
    expect(short.p3!.programme!.money).toBeCloseTo(536_000);

    const full = settle([first, secondFull, capital]);
    expect(full.p2!.programme!.money).toBeCloseTo(132_500);
    expect(full.p1!.programme!.money + full.p2!.programme!.money).toBeCloseTo(0.2 * programme('sozialeStadt').budget);
  });

  it('runs out: once a renovation has taken the whole budget, the next proposal gets nothing', () => {
    // 67 % of 4.5 M € is more than the 1.5 M € budget.
    const renovation = proposal({ id: 'p1', measure: 'renovation', district: 'wk8', pledges: [held('lwb', { money: 3_000_000, staffTime: 200 })] });
    const result = settle([renovation, courtyardsCoFinanced('p2')]);
    expect(result.p1!.programme).toEqual({ id: 'sozialeStadt', money: 1_500_000 });
    expect(result.p2).toMatchObject({ funded: false, because: { code: 'fundingShort', params: { money: 536_000 } } });
  });
});

describe('who pays', () => {
  it('each pledge pays its share of what is needed; the rest stays with the role', () => {
    const club = youthClub('p1', 'wk7', [held('youth', { money: 150_000, staffTime: 500 }), held('city', { money: 150_000, staffTime: 300 })]);
    const f = settle([club], 0).p1!;
    expect(f.funded).toBe(true);
    expect(f.spend.youth!.money).toBeCloseTo(125_000);
    expect(f.spend.city!.money).toBeCloseTo(125_000);
    expect(f.spend.youth!.staffTime).toBeCloseTo(250);
    expect(f.spend.city!.staffTime).toBeCloseTo(150);
  });

  it('nobody pays for a proposal that is not funded', () => {
    const club = youthClub('p1', 'wk7', [held('youth', { money: 100_000, staffTime: 400 })]);
    expect(settle([club], 0).p1).toEqual({ proposal: 'p1', funded: false, because: { code: 'fundingShort', params: { money: 150_000 } }, spend: {} });
  });
});

describe('package deals', () => {
  // p1 is a youth club the youth services pay in full; p2 is the city's courtyards, paid by the housing company only if p1 passes.
  const clubFunded = youthClub('p1', 'wk7', [held('youth', { money: 250_000, staffTime: 400 })]);
  const clubUnfunded = youthClub('p1', 'wk7', [held('youth', { money: 100_000, staffTime: 400 })]);
  const courtyardsIf = (id: string, condition: string) =>
    courtyards(id, [held('city', { staffTime: 180 }), held('lwb', { money: 800_000 }, condition)]);

  it('a conditional pledge holds when the proposal it depends on is funded', () => {
    const result = settle([clubFunded, courtyardsIf('p2', 'p1')], 0);
    expect(result.p2!.funded).toBe(true);
    expect(result.p2!.spend.lwb!.money).toBe(800_000);
  });

  it('a pledge conditional on another proposal lapses when that proposal is not funded', () => {
    const result = settle([clubUnfunded, courtyardsIf('p2', 'p1')], 0);
    expect(result.p1).toMatchObject({ funded: false, because: { code: 'fundingShort' } });
    expect(result.p2).toMatchObject({ funded: false, because: { code: 'conditionFailed', params: { money: 800_000 } }, spend: {} });
  });

  it('a pledge conditional on another proposal lapses when that proposal fails the vote', () => {
    // Only p2 won the vote: p1 is not among the winners handed to funding.
    expect(settle([courtyardsIf('p2', 'p1')], 0).p2).toMatchObject({ funded: false, because: { code: 'conditionFailed' } });
  });

  it('a chain of package deals falls through link by link', () => {
    const p3 = proposal({ id: 'p3', measure: 'streetwork', district: 'wk8', pledges: [held('youth', { staffTime: 600 }), held('city', { money: 150_000 }, 'p2')] });
    const broken = settle([clubUnfunded, courtyardsIf('p2', 'p1'), p3], 0);
    expect([broken.p1!.funded, broken.p2!.funded, broken.p3!.funded]).toEqual([false, false, false]);
    expect(broken.p2!.because!.code).toBe('conditionFailed');
    expect(broken.p3!.because).toEqual({ code: 'conditionFailed', params: { money: 150_000 } });

    const whole = settle([clubFunded, courtyardsIf('p2', 'p1'), p3], 0);
    expect([whole.p1!.funded, whole.p2!.funded, whole.p3!.funded]).toEqual([true, true, true]);
  });

  it('two proposals that depend on each other both pass when both are paid', () => {
    const a = youthClub('p1', 'wk7', [held('youth', { staffTime: 400 }), held('city', { money: 250_000 }, 'p2')]);
    const result = settle([a, courtyardsIf('p2', 'p1')], 0);
    expect(result.p1!.funded && result.p2!.funded).toBe(true);
  });

  it('a package deal that can never settle does not sink proposals that have nothing to do with it', () => {
    // The renovation's money holds only if the courtyards pass; but when it holds, the renovation takes the whole
    // programme budget and the courtyards fail; when it lapses, the courtyards pass. No outcome is stable.
    const renovationIfCourtyards = proposal({ id: 'p1', measure: 'renovation', district: 'wk8', pledges: [held('lwb', { money: 3_000_000, staffTime: 200 }, 'p2')] });
    const result = settle([renovationIfCourtyards, courtyardsCoFinanced('p2'), { ...clubFunded, id: 'p3' }]);
    expect(result.p3).toMatchObject({ funded: true, spend: { youth: { money: 250_000 } } });
    expect(result.p1).toMatchObject({ funded: false, because: { code: 'conditionFailed' } });
    expect(result.p2).toMatchObject({ funded: false, because: { code: 'fundingShort', params: { money: 536_000 } } });
  });

  it('when a package deal falls through, the programme money it would have taken goes to the next proposal', () => {
    const renovationIfClub = proposal({ id: 'p2', measure: 'renovation', district: 'wk8', pledges: [held('lwb', { money: 3_000_000, staffTime: 200 }, 'p1')] });
    const clubWithoutMoney = youthClub('p1', 'wk7', [held('youth', { staffTime: 400 })]);
    const result = settle([clubWithoutMoney, renovationIfClub, courtyardsCoFinanced('p3')]);
    expect(result.p2!.because!.code).toBe('conditionFailed');
    expect(result.p3!.funded).toBe(true);
    expect(result.p3!.programme!.money).toBeCloseTo(536_000);
    // Had the deal held, the renovation would have taken the whole budget.
    const kept = settle([clubFunded, renovationIfClub, courtyardsCoFinanced('p3')]);
    expect(kept.p2!.programme!.money).toBe(1_500_000);
    expect(kept.p3!.funded).toBe(false);
  });
});
