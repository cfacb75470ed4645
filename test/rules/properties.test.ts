/** Properties of random play: resources are conserved, refusals are reasons not crashes, and the log is the game. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needs } from '../../src/rules/funding';
import { REJECTION_CODES, rejectionMessage } from '../../src/rules/rejectionMessages';
import { act, branchAtYear, replay, restartPhase, stateHash, undo, type LiveSession } from '../../src/rules/session';
import type { GameState, Proposal, Resources } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
import { gruenau, small } from './helpers';
import { arbitraryChoice, playChoices, type Step } from './randomPlay';

const S = small();
const G = gruenau();
const KEYS: (keyof Resources)[] = ['money', 'staffTime', 'volunteerHours'];
/** Rounding slack for sums of proportional shares. */
const TOL = 1e-6;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const plays = fc.array(arbitraryChoice, { minLength: 300, maxLength: 700 });
const RUNS = { numRuns: 30 };

const resourcesOf = (scenario: Scenario, role: string) => scenario.roles.find((r) => r.id === role)!.resources;
const measureOf = (scenario: Scenario, p: Proposal) => scenario.measures.find((m) => m.id === p.measure)!;

/** What a role pays for a passed proposal: its held pledges' share of what the programme leaves, worked out afresh. */
function paidBy(scenario: Scenario, p: Proposal, passed: Set<string>, role: string): Resources {
  const heldPledges = p.pledges.filter((x) => x.condition === undefined || passed.has(x.condition));
  const need = needs(scenario, measureOf(scenario, p), p);
  const left: Resources = { ...need, money: need.money - (p.programme?.money ?? 0) };
  const out: Resources = { money: 0, staffTime: 0, volunteerHours: 0 };
  for (const k of KEYS) {
    const local = heldPledges.reduce((a, x) => a + x[k], 0);
    const own = heldPledges.filter((x) => x.role === role).reduce((a, x) => a + x[k], 0);
    out[k] = local > 0 ? (own * left[k]) / local : 0;
  }
  return out;
}

/** After the decision: every pledge is released, what passed is paid from it, and what passed was fully paid. */
function checkImplementation(scenario: Scenario, before: GameState, after: GameState): void {
  const passed = new Set(after.proposals.filter((p) => p.verdict === 'passed').map((p) => p.id));
  for (const r of scenario.roles) {
    for (const k of KEYS) {
      const pledged = before.proposals.flatMap((p) => p.pledges).filter((x) => x.role === r.id).reduce((a, x) => a + x[k], 0);
      const paid = after.proposals.filter((p) => passed.has(p.id)).reduce((a, p) => a + paidBy(scenario, p, passed, r.id)[k], 0);
      expect(after.budgets[r.id]![k], `${r.id} ${k} after implementation`).toBeCloseTo(before.budgets[r.id]![k] + pledged - paid, 4);
    }
  }
  for (const p of after.proposals) {
    if (p.verdict === 'open') throw new Error(`${p.id} left open`);
    if (!passed.has(p.id)) continue;
    const heldPledges = p.pledges.filter((x) => x.condition === undefined || passed.has(x.condition));
    const need = needs(scenario, measureOf(scenario, p), p);
    for (const k of KEYS) {
      const local = heldPledges.reduce((a, x) => a + x[k], 0) + (k === 'money' ? (p.programme?.money ?? 0) : 0);
      expect(local, `${p.id} ${k} is paid`).toBeGreaterThanOrEqual(need[k] - TOL);
    }
  }
}

/** At the end of a year: what roles spent is within their means and adds up to what passed and the concept work. */
function checkYearRecord(scenario: Scenario, before: GameState, after: GameState): void {
  const record = after.history.at(-1)!;
  const passed = record.proposals.filter((p) => p.verdict === 'passed');
  for (const r of scenario.roles) {
    for (const k of KEYS) {
      expect(record.spent[r.id]![k], `${r.id} spent ${k} in ${record.year}`).toBeGreaterThanOrEqual(-TOL);
      expect(record.spent[r.id]![k], `${r.id} spent ${k} in ${record.year}`).toBeLessThanOrEqual(resourcesOf(scenario, r.id)[k] + TOL);
    }
  }
  const conceptWork = Object.values(before.concept.effort).reduce((a, byRole) => a + Object.values(byRole).reduce((x, y) => x + y, 0), 0);
  const cost = (k: keyof Resources) => passed.reduce((a, p) => a + needs(scenario, measureOf(scenario, p), p)[k], 0);
  const spent = (k: keyof Resources) => Object.values(record.spent).reduce((a, s) => a + s[k], 0);
  const programmes = Object.values(record.programmeMoney).reduce((a, b) => a + b, 0);
  expect(spent('money') + programmes).toBeCloseTo(cost('money'), 3);
  expect(spent('staffTime')).toBeCloseTo(cost('staffTime') + conceptWork, 3);
  expect(spent('volunteerHours')).toBeCloseTo(cost('volunteerHours'), 3);
  for (const g of scenario.programmes) {
    const paid = passed.filter((p) => p.programme?.id === g.id);
    const nonCapital = paid.filter((p) => !measureOf(scenario, p).capital).reduce((a, p) => a + p.programme!.money, 0);
    expect(record.programmeMoney[g.id] ?? 0, `${g.id} in ${record.year}`).toBeLessThanOrEqual(g.budget + TOL);
    expect(nonCapital, `${g.id} non-capital in ${record.year}`).toBeLessThanOrEqual(g.budget * g.nonCapitalCap + TOL);
  }
}

/** Checks one step of random play against the conservation laws. */
function checkStep(scenario: Scenario, step: Step): void {
  if (!('live' in step)) return;
  const before = step.before.state;
  const after = step.live.state;
  for (const r of scenario.roles) {
    for (const k of KEYS) {
      expect(after.budgets[r.id]![k], `${r.id} ${k} after ${step.action.type}`).toBeGreaterThanOrEqual(-TOL);
      expect(after.budgets[r.id]![k]).toBeLessThanOrEqual(resourcesOf(scenario, r.id)[k] + TOL);
    }
  }
  if (before.phase === 'decision' && after.phase === 'implementation') checkImplementation(scenario, before, after);
  if (after.history.length > before.history.length) checkYearRecord(scenario, before, after);
}

const hashAt = (lives: LiveSession[], i: number) => stateHash(lives[i]!.state);

describe('random play', () => {
  it('plays several years, and funds measures, with programme money and package deals among them', () => {
    // Guards the generator: properties over plays where nothing passes would prove little.
    const sample = fc.sample(fc.tuple(seeds, plays), { seed: 42, numRuns: 20 });
    const decided = sample.flatMap(([seed, choices]) => playChoices(G, seed, choices, () => {}).at(-1)!.state.history.flatMap((h) => h.proposals));
    const passed = decided.filter((p) => p.verdict === 'passed');
    expect(decided.length / sample.length).toBeGreaterThan(10);
    expect(passed.length).toBeGreaterThan(20);
    expect(passed.filter((p) => p.programme).length).toBeGreaterThan(2);
    expect(passed.filter((p) => p.pledges.some((x) => x.condition !== undefined)).length).toBeGreaterThan(2);
    expect(decided.filter((p) => p.because?.code === 'conditionFailed').length).toBeGreaterThan(0);
  });

  it.each([
    ['the small scenario', S],
    ['Grünau', G],
  ])('in %s conserves money, staff time and volunteer hours, and keeps programmes within budget and cap', (_name, scenario) => {
    fc.assert(
      fc.property(seeds, plays, (seed, choices) => {
        playChoices(scenario, seed, choices, (step) => checkStep(scenario, step));
      }),
      RUNS,
    );
  });

  it('refuses illegal moves with a reason a person can read, never with an exception', () => {
    fc.assert(
      fc.property(seeds, plays, (seed, choices) => {
        playChoices(S, seed, choices, (step) => {
          if ('live' in step) return;
          expect(REJECTION_CODES).toContain(step.rejection.code);
          for (const lang of ['en', 'de'] as const) {
            const sentence = rejectionMessage(step.rejection, lang, S);
            expect(sentence).toMatch(/^\S.*[.]$/);
            expect(sentence).not.toContain('undefined');
          }
        });
      }),
      RUNS,
    );
  });
});

describe('the log of random play', () => {
  it('replays to the same state', () => {
    fc.assert(
      fc.property(seeds, plays, (seed, choices) => {
        const live = playChoices(S, seed, choices, () => {}).at(-1)!;
        const again = replay(S, live.session);
        expect(again.ok).toBe(true);
        expect(again.ok && stateHash(again.live.state)).toBe(stateHash(live.state));
      }),
      RUNS,
    );
  });

  it('comes back to the same state after undo and doing the undone action again', () => {
    fc.assert(
      fc.property(seeds, plays, fc.double({ min: 0, max: 1, noNaN: true }), (seed, choices, where) => {
        const lives = playChoices(S, seed, choices, () => {});
        for (const i of [lives.length - 1, Math.max(1, Math.floor(where * (lives.length - 1)))]) {
          if (i < 1) continue;
          const undone = undo(S, lives[i]!);
          expect(stateHash(undone.state)).toBe(hashAt(lives, i - 1));
          const redone = act(S, undone, lives[i]!.session.log[i - 1]!.action);
          expect(redone.ok && stateHash(redone.live.state)).toBe(hashAt(lives, i));
        }
      }),
      RUNS,
    );
  });

  it('comes back to the same state after branching at a year and replaying the rest of the log', () => {
    fc.assert(
      fc.property(seeds, plays, fc.nat(), (seed, choices, n) => {
        const live = playChoices(S, seed, choices, () => {}).at(-1)!;
        const start = live.yearStarts[n % live.yearStarts.length]!;
        let branch = branchAtYear(S, live, start.year)!;
        expect(branch.session.log).toHaveLength(start.index);
        for (const entry of live.session.log.slice(start.index)) {
          const next = act(S, branch, entry.action);
          if (!next.ok) throw new Error(`refused on the branch: ${next.rejection.code}`);
          branch = next.live;
        }
        expect(stateHash(branch.state)).toBe(stateHash(live.state));
        expect(branch.yearStarts.map((s) => [s.year, s.index])).toEqual(live.yearStarts.map((s) => [s.year, s.index]));
      }),
      RUNS,
    );
  });

  it('loses exactly the actions of the current phase when the phase is restarted', () => {
    fc.assert(
      fc.property(seeds, plays, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }), (seed, choices, where) => {
        const lives = playChoices(S, seed, choices, () => {});
        for (const i of where.map((w) => Math.floor(w * (lives.length - 1)))) {
          // The phase began where the game last stood in another phase or year.
          const same = (j: number) => lives[j]!.state.phase === lives[i]!.state.phase && lives[j]!.state.year === lives[i]!.state.year;
          let start = i;
          while (start > 0 && same(start - 1)) start--;
          const restarted = restartPhase(S, lives[i]!);
          expect(restarted.session.log).toEqual(lives[i]!.session.log.slice(0, start));
          expect(stateHash(restarted.state)).toBe(hashAt(lives, start));
        }
      }),
      RUNS,
    );
  });
});
