/** The debrief's key decisions: every decided card once, under its lead role or its reason, the counts of the history, and where people took part. */
import { describe, expect, it } from 'vitest';
import { beginGame, playBotGame } from '../../src/bots/autoplay';
import { withTime } from '../../src/rules/gameLength';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import type { Proposal, RejectionCode } from '../../src/rules/types';
import { shortReason, VERDICT_NAMES } from '../../src/panels/debrief/debrief.texts';
import { keyDecisions, proposalCount, type KeyDecisions, type KeyPlace } from '../../src/panels/debrief/keyDecisions';
import { botGame, driven, gameWithPeople, gruenau } from '../bots/helpers';

const scenario = gruenau();
const PEOPLE = ['city', 'residents'];

const withPeople = gameWithPeople(scenario, 11, PEOPLE);
const botsOnly = botGame('mixed', 11).live;

/** Every place of the summary with the proposal it shows, passed and failed apart. */
function places(summary: KeyDecisions) {
  const passed = summary.years.flatMap((y) => y.passed.flatMap((l) => l.measures.flatMap((m) => m.places.map((place) => ({ year: y.year, lead: l.lead, measure: m.measure, place })))));
  const failed = summary.years.flatMap((y) => y.failed.flatMap((f) => f.measures.flatMap((m) => m.places.map((place) => ({ year: y.year, reason: f, measure: m.measure, place })))));
  return { passed, failed };
}

const proposals = (live: LiveSession) => new Map<string, Proposal>(live.state.history.flatMap((y) => y.proposals.map((p) => [p.id, p])));
const leadOf = (measure: string) => scenario.measures.find((m) => m.id === measure)!.lead;

describe('the key decisions of a whole game', () => {
  for (const [name, live] of [['with people', withPeople], ['of computer roles only', botsOnly]] as const) {
    describe(name, () => {
      const summary = keyDecisions(scenario, live);
      const { passed, failed } = places(summary);
      const all = proposals(live);

      it('shows every passed proposal once, under the lead role of its card, and every failed one once', () => {
        const history = [...all.values()];
        expect(passed.map((x) => x.place.proposal).sort()).toEqual(history.filter((p) => p.verdict === 'passed').map((p) => p.id).sort());
        expect(failed.map((x) => x.place.proposal).sort()).toEqual(history.filter((p) => p.verdict !== 'passed').map((p) => p.id).sort());
        for (const x of passed) {
          const p = all.get(x.place.proposal)!;
          expect([x.lead, x.measure, x.place.district, x.year]).toEqual([leadOf(p.measure), p.measure, p.district, p.year]);
        }
      });

      it('counts as the history does, year by year and in all', () => {
        expect(summary.years.map((y) => y.year)).toEqual(live.state.history.map((h) => h.year));
        for (const [i, y] of summary.years.entries()) {
          const record = live.state.history[i]!;
          expect(proposalCount(y.passed)).toBe(record.proposals.filter((p) => p.verdict === 'passed').length);
          expect(proposalCount(y.failed)).toBe(record.proposals.filter((p) => p.verdict !== 'passed').length);
          expect(y.events).toEqual(record.events);
        }
        const history = [...all.values()];
        expect(summary.counts.passed).toBe(history.filter((p) => p.verdict === 'passed').length);
        expect(summary.counts.unfunded).toBe(history.filter((p) => p.verdict === 'unfunded').length);
        expect(summary.counts.rejected).toBe(history.filter((p) => p.verdict === 'rejected').length);
        expect(summary.counts.passedWithPeople).toBe(passed.filter((x) => x.place.people.length > 0).length);
      });

      it('puts each failed card under the verdict and reason that decided it', () => {
        for (const { reason, place } of failed) {
          const p = all.get(place.proposal)!;
          expect(reason.verdict).toBe(p.verdict);
          expect(reason.because?.code).toBe(p.because?.code);
        }
      });

      it('lists the lead roles of a year in the order of the scenario, each once', () => {
        const order = scenario.roles.map((r) => r.id);
        for (const y of summary.years) {
          const leads = y.passed.map((l) => l.lead);
          expect(leads).toEqual(order.filter((r) => leads.includes(r)));
        }
      });
    });
  }

  it('marks nothing when the computer plays every role', () => {
    const summary = keyDecisions(scenario, botsOnly);
    expect(summary.people).toEqual([]);
    expect(summary.counts.passedWithPeople).toBe(0);
    expect([...places(summary).passed, ...places(summary).failed].every((x) => x.place.people.length === 0)).toBe(true);
  });

  it("marks the people's roles on what they led, tabled or paid into, and nothing else", () => {
    const summary = keyDecisions(scenario, withPeople);
    expect(summary.people).toEqual(PEOPLE);
    const all = proposals(withPeople);
    const { passed } = places(summary);
    const paidBy = (p: Proposal, role: string) => Object.entries(p.paid ?? {}).some(([r, paid]) => r === role && paid.money + paid.staffTime + paid.volunteerHours > 0);
    for (const { place } of passed) {
      const p = all.get(place.proposal)!;
      const expected = PEOPLE.filter((role) => leadOf(p.measure) === role || p.tabledBy === role || paidBy(p, role));
      expect(place.people, place.proposal).toEqual(expected);
    }
    // The people's own cards and their money are in the game, so the marks are too.
    expect(passed.some((x) => all.get(x.place.proposal)!.tabledBy === 'city' && x.place.people.includes('city'))).toBe(true);
    expect(passed.some((x) => leadOf(x.measure) !== 'residents' && x.place.people.includes('residents'))).toBe(true);
    expect(summary.counts.passedWithPeople).toBeGreaterThan(0);
    expect(summary.counts.passedWithPeople).toBeLessThan(summary.counts.passed);
  });

  it('marks a card a person leads though the computer tabled and paid it, and a failed card a person pledged to', () => {
    const seats = { ...defaultSeats(scenario), city: { controller: 'human' as const, stance: 'pragmatic' as const }, residents: { controller: 'human' as const, stance: 'sceptical' as const } };
    const decided = (p: Partial<Proposal> & Pick<Proposal, 'id' | 'measure' | 'tabledBy' | 'verdict'>): Proposal => ({
      year: 1997, scale: 1, participation: 'none', financing: {}, partners: [], pledges: [], support: [], oppose: [], ...p,
    });
    const spent = { money: 1000, staffTime: 0, volunteerHours: 0 };
    const proposals = [
      decided({ id: 'p1', measure: 'imageCampaign', tabledBy: 'lwb', verdict: 'passed', paid: { lwb: spent } }),
      decided({ id: 'p2', measure: 'youthClub', district: 'wk8', tabledBy: 'youth', verdict: 'unfunded', because: { code: 'fundingShort', params: { money: 5 } }, pledges: [{ role: 'residents', ...spent }] }),
      decided({ id: 'p3', measure: 'youthClub', district: 'wk7', tabledBy: 'youth', verdict: 'unfunded', because: { code: 'fundingShort', params: { money: 9 } }, pledges: [{ role: 'youth', ...spent }] }),
      decided({ id: 'p4', measure: 'qualification', district: 'wk4', tabledBy: 'jobs', verdict: 'passed', paid: { jobs: spent } }),
    ];
    const record = { year: 1997, proposals, events: ['housingGlut'], spent: {}, programmeMoney: {}, conceptCoverage: 0 };
    const state = { seats, history: [record] };
    const summary = keyDecisions(scenario, { session: { log: [] }, state, yearStarts: [{ year: 1997, index: 0, state }] } as unknown as LiveSession);
    const [year] = summary.years;
    expect(year!.passed).toEqual([
      { lead: 'city', measures: [{ measure: 'imageCampaign', places: [{ proposal: 'p1', people: ['city'] }], people: ['city'] }] },
      { lead: 'jobs', measures: [{ measure: 'qualification', places: [{ proposal: 'p4', district: 'wk4', people: [] }], people: [] }] },
    ]);
    // Both failed for want of money (by different sums): one reason, one card, two places.
    expect(year!.failed).toEqual([
      {
        verdict: 'unfunded',
        because: { code: 'fundingShort' },
        measures: [{ measure: 'youthClub', places: [{ proposal: 'p2', district: 'wk8', people: ['residents'] }, { proposal: 'p3', district: 'wk7', people: [] }], people: ['residents'] }],
      },
    ]);
    expect(summary.counts).toEqual({ passed: 2, passedWithPeople: 1, unfunded: 2, rejected: 0 });
    expect(year!.events).toEqual(['housingGlut']);
  });

  it('marks a role from the year the facilitator hands it to a person, not before', () => {
    const game = driven(scenario, beginGame(scenario, 3, defaultSeats(scenario)));
    game.to('review');
    game.go({ type: 'next' });
    game.go({ type: 'seat', role: 'city', controller: 'human' });
    game.to('proposals');
    // The person tables a card the youth services lead and pay for: tabling it is taking part.
    const free = scenario.districts.find((d) => !game.live.state.proposals.some((p) => p.measure === 'youthClub' && p.district === d.id))!;
    game.go({ type: 'table', role: 'city', measure: 'youthClub', district: free.id, scale: 1, financing: { youth: 1 } });
    const club = game.live.state.proposals.at(-1)!.id;
    game.go({ type: 'table', role: 'city', measure: 'imageCampaign', scale: 1 });
    const campaign = game.live.state.proposals.at(-1)!.id;
    game.to('negotiation');
    game.go({ type: 'pledge', role: 'city', proposal: campaign, money: 200_000, staffTime: 400 });
    game.to('review');
    game.go({ type: 'next' });
    const summary = keyDecisions(scenario, game.live);
    const [first, second] = summary.years;
    const marked = (y: typeof first) => [...y!.passed.flatMap((l) => l.measures), ...y!.failed.flatMap((f) => f.measures)].flatMap((m) => m.places).filter((p: KeyPlace) => p.people.length > 0);
    expect(summary.people).toEqual(['city']);
    expect(first!.passed.some((l) => l.lead === 'city')).toBe(true);
    expect(marked(first)).toEqual([]);
    expect(marked(second).map((p) => p.proposal)).toEqual(expect.arrayContaining([club, campaign]));
    expect(marked(second).every((p) => p.people.join() === 'city')).toBe(true);
  });
});

describe('the key decisions of a game played in rounds of two years', () => {
  it('give each round its years, and still every proposal once', () => {
    const played = withTime(scenario, { turns: 7, turnLength: 2 });
    const live = playBotGame(played, 5, defaultSeats(played), { explain: false });
    const summary = keyDecisions(played, live);
    expect(summary.years.map((y) => [y.year, y.until])).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009].map((y) => [y, y + 1]));
    const { passed, failed } = places(summary);
    expect(passed.length + failed.length).toBe(proposals(live).size);
    expect(new Set([...passed, ...failed].map((x) => x.place.proposal)).size).toBe(proposals(live).size);
  });
});

describe('the short reasons of failed cards', () => {
  const verdictCodes: RejectionCode[] = ['consentMissing', 'vetoed', 'majorityMissing', 'noDots', 'beyondCapacity', 'fundingShort', 'conditionFailed'];
  const names = (ids: readonly string[]) => ids.map((id) => scenario.roles.find((r) => r.id === id)!.name.en).join(', ');

  it('has a few words for every reason a card can fail, in German and English, naming the roles that stood in the way', () => {
    for (const code of verdictCodes) {
      for (const lang of ['de', 'en'] as const) {
        const said = shortReason('rejected', { code, params: { roles: 'lwb, residents' } }, lang, names);
        expect(said.length, `${code} ${lang}`).toBeGreaterThan(0);
        expect(said, `${code} ${lang}`).not.toBe(VERDICT_NAMES.rejected[lang]);
      }
    }
    expect(shortReason('rejected', { code: 'vetoed', params: { roles: 'residents' } }, 'en', names)).toBe('vetoed by Residents');
    expect(shortReason('unfunded', undefined, 'de', names)).toBe(VERDICT_NAMES.unfunded.de);
  });
});
