/** The debrief's report: the concept document and the operator report, built from a whole game of computer roles. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { withTime } from '../../src/rules/gameLength';
import { defaultSeats } from '../../src/rules/game';
import { validComponents } from '../../src/rules/concept';
import { CONCEPT_COMPONENTS } from '../../src/scenario/schema';
import { conceptDocument } from '../../src/panels/debrief/conceptDocument';
import { operatorReport } from '../../src/panels/debrief/operatorReport';
import { entriesOfYear } from '../../src/panels/debrief/decisionLog';
import type { LiveSession } from '../../src/rules/session';
import type { LogEntry, Proposal } from '../../src/rules/types';
import { botGame, gruenau } from '../bots/helpers';

const scenario = gruenau();
const live = botGame('mixed', 11).live;

describe('the concept document of a whole game', () => {
  const doc = conceptDocument(scenario, live);

  it('has a row for each of the nine components, in their order', () => {
    expect(doc.rows.map((r) => r.component)).toEqual([...CONCEPT_COMPONENTS]);
  });

  it('adds up the staff hours each role logged for the concept, component by component', () => {
    for (const row of doc.rows) {
      const logged: Record<string, number> = {};
      for (const { action } of live.session.log) {
        if (action.type === 'concept' && action.component === row.component) logged[action.role] = (logged[action.role] ?? 0) + action.staffTime;
      }
      expect(row.hours, row.component).toEqual(logged);
      expect(Object.keys(row.hours)).toEqual(scenario.roles.map((r) => r.id).filter((r) => r in logged));
    }
    expect(doc.rows.some((r) => Object.keys(r.hours).length > 0)).toBe(true);
  });

  it('dates each component to the rounds that covered it, as the game state remembers the last of them', () => {
    for (const row of doc.rows) {
      const last = row.work.filter((w) => w.covered).at(-1);
      expect(last?.until, row.component).toBe(live.state.concept.covered[row.component]);
    }
  });

  it('names only passed cards that cover the component', () => {
    for (const row of doc.rows) {
      for (const w of row.work) {
        const record = live.state.history.find((r) => r.year === w.year)!;
        for (const card of w.cards) {
          expect(scenario.measures.find((m) => m.id === card)!.concept).toContain(row.component);
          expect(record.proposals.some((p) => p.measure === card && p.verdict === 'passed')).toBe(true);
        }
      }
    }
  });

  it('shows the programme money of every round from the history, and the coverage the programme needs', () => {
    for (const p of doc.programmes) {
      const programme = scenario.programmes.find((x) => x.id === p.programme)!;
      expect(p.needs).toBe(programme.requires.actionConcept);
      const byYear = live.state.history.map((r) => r.programmeMoney[p.programme] ?? 0);
      expect(p.total).toBe(byYear.reduce((a, b) => a + b, 0));
      expect(p.money.every((m) => m.money > 0)).toBe(true);
    }
    expect(doc.programmes.map((p) => p.programme)).toEqual(scenario.programmes.map((p) => p.id));
    expect(doc.programmes.some((p) => p.total > 0)).toBe(true);
    expect(doc.coverage.map((c) => c.coverage)).toEqual(live.state.history.map((r) => r.conceptCoverage));
  });

  it('ends with each component valid, out of date or never covered, as the rules count it', () => {
    const valid = validComponents(scenario, live.state.concept, live.state.year);
    for (const row of doc.rows) {
      const covered = row.work.some((w) => w.covered);
      expect(row.status, row.component).toBe(valid.includes(row.component) ? 'valid' : covered ? 'lapsed' : 'never');
    }
    expect(doc.rows.filter((r) => r.status === 'valid').length / CONCEPT_COMPONENTS.length).toBeCloseTo(live.state.history.at(-1)!.conceptCoverage, 5);
  });
});

describe('the operator report of a whole game', () => {
  const report = operatorReport(scenario, live);

  it('has one block per round, with every proposal of the round once', () => {
    expect(report.map((r) => r.year)).toEqual(live.state.history.map((h) => h.year));
    for (const [i, round] of report.entries()) expect(round.proposals.map((p) => p.proposal.id)).toEqual(live.state.history[i]!.proposals.map((p) => p.id));
  });

  it('lists as asked the roles given a share of the cost or asked to join, never the tabler', () => {
    for (const round of report) {
      for (const { proposal, asked } of round.proposals) {
        const expected = new Set([...Object.entries(proposal.financing).filter(([, s]) => s > 0).map(([r]) => r), ...proposal.partners]);
        expected.delete(proposal.tabledBy);
        expect(new Set(asked.map((a) => a.role))).toEqual(expected);
        for (const a of asked) expect(a.share).toBe(proposal.financing[a.role] ?? 0);
      }
    }
  });

  it('gives the computer roles a reason for every yes, counter-offer and no, and the reasons come from the round', () => {
    const answers = report.flatMap((r) => r.proposals.flatMap((p) => p.asked.map((a) => ({ ...a, year: r.year, proposal: p.proposal }))));
    const kinds = new Set(answers.map((a) => a.kind));
    expect(kinds.has('yes')).toBe(true);
    expect(kinds.has('no') || kinds.has('counter')).toBe(true);
    for (const a of answers.filter((x) => x.kind !== 'none')) {
      expect(a.reason, `${a.role} on ${a.proposal.id}`).toBeDefined();
      const logged = entriesOfYear(live, a.year).some((e) => e.reason === a.reason);
      expect(logged).toBe(true);
    }
  });

  it('calls a yes only what the role then pledged or promised, and a no only what it did not pay', () => {
    for (const round of report) {
      for (const { proposal, asked } of round.proposals) {
        for (const a of asked.filter((x) => x.kind === 'no')) {
          if (proposal.verdict === 'passed') expect(proposal.paid?.[a.role]?.money ?? 0, `${a.role} ${proposal.id}`).toBe(0);
        }
        for (const a of asked.filter((x) => x.kind === 'yes' && x.reason && 'code' in x.reason)) {
          // A role asked for a share answers it; a partner asked only to join says yes by backing the card.
          const backing = ['support', 'supportResidents', 'dots', 'ownDots'];
          expect([...['askedShare', 'promise', 'residentsShare', 'answer', 'offer', 'backDeal'], ...(a.share === 0 ? backing : [])]).toContain((a.reason as { code: string }).code);
        }
      }
    }
  });

  it('counts the answers of each round', () => {
    for (const round of report) {
      const all = round.proposals.flatMap((p) => p.asked);
      expect(round.counts.yes + round.counts.counter + round.counts.no + round.counts.none).toBe(all.length);
      expect(round.counts.no).toBe(all.filter((a) => a.kind === 'no').length);
    }
  });

  it('gives each round of a longer game its years', () => {
    const played = withTime(scenario, { turns: 7, turnLength: 2 });
    const game = playBotGame(played, 5, defaultSeats(played), { explain: false });
    expect(operatorReport(played, game).map((r) => [r.year, r.until])).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009].map((y) => [y, y + 1]));
    const doc = conceptDocument(played, game);
    for (const row of doc.rows) expect(row.work.filter((w) => w.covered).at(-1)?.until).toBe(game.state.concept.covered[row.component]);
  });
});

describe('the operator report of people at the table', () => {
  it("reads the answers of people from their moves, without reasons, and the last reason of a computer role", () => {
    const decided = (p: Partial<Proposal> & Pick<Proposal, 'id' | 'measure' | 'tabledBy' | 'verdict'>): Proposal => ({
      year: 1997, scale: 1, participation: 'none', financing: {}, partners: [], pledges: [], support: [], oppose: [], ...p,
    });
    const money = { money: 1000, staffTime: 0, volunteerHours: 0 };
    const proposals = [
      decided({ id: 'p1', measure: 'imageCampaign', tabledBy: 'city', verdict: 'passed', financing: { city: 0.5, lwb: 0.3, jobs: 0.2 }, partners: ['residents'], pledges: [{ role: 'lwb', ...money }], oppose: ['residents'] }),
      decided({ id: 'p2', measure: 'youthClub', district: 'wk8', tabledBy: 'youth', verdict: 'unfunded', because: { code: 'fundingShort', params: { money: 5 } }, financing: { youth: 1 } }),
    ];
    const counter = { code: 'counterPromise', params: { measure: 'imageCampaign', role: 'city', money: 500 } } as const;
    const declined = { code: 'declineBudget', params: { measure: 'imageCampaign', role: 'city' } } as const;
    const log: LogEntry[] = [
      { action: { type: 'pledge', role: 'lwb', proposal: 'p1', money: 1000 } },
      { action: { type: 'oppose', role: 'residents', proposal: 'p1' } },
      { action: { type: 'support', role: 'jobs', proposal: 'p1' }, reason: counter },
      { action: { type: 'support', role: 'jobs', proposal: 'p1' }, reason: declined },
    ];
    const record = { year: 1997, proposals, events: [], spent: {}, programmeMoney: {}, conceptCoverage: 0 };
    const state = { seats: {}, history: [record] };
    const [round] = operatorReport(scenario, { session: { log }, state, yearStarts: [{ year: 1997, index: 0, state }] } as unknown as LiveSession);
    expect(round!.proposals[0]!.asked).toEqual([
      { role: 'lwb', kind: 'yes', share: 0.3 },
      { role: 'jobs', kind: 'no', share: 0.2, reason: declined },
      { role: 'residents', kind: 'no', share: 0 },
    ]);
    expect(round!.proposals[1]!.asked).toEqual([]);
    expect(round!.counts).toEqual({ yes: 1, counter: 0, no: 2, none: 0 });
  });
});
