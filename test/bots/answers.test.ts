/** Computer roles as partners: they keep a reserve for what others ask, and answer every request in the same step. */
import { describe, expect, it } from 'vitest';
import { beginGame } from '../../src/bots/autoplay';
import { STANCE_TRAITS } from '../../src/bots/stances';
import { defaultSeats } from '../../src/rules/game';
import type { Action, LogEntry, Reason, Seat, Stance } from '../../src/rules/types';
import { driven, gruenau } from './helpers';

const human: Seat = { controller: 'human', stance: 'pragmatic' };

/** A Grünau game with the city administration played by a person and the other roles by the computer. */
function withPerson(stance?: Stance) {
  const scenario = gruenau();
  const game = driven(scenario, beginGame(scenario, 1, { ...defaultSeats(scenario, 'bot', stance), city: human }));
  /** The person's action and the log entries it brought, bots' answers included. */
  const go = (action: Action): LogEntry[] => {
    const from = game.live.session.log.length;
    game.go(action);
    return game.live.session.log.slice(from + 1);
  };
  return { scenario, go, to: game.to, get live() { return game.live; } };
}

const codeOf = (e: LogEntry) => (e.reason && 'code' in e.reason ? e.reason.code : undefined);
const answersBy = (log: LogEntry[], role: string, proposal: string) => log.filter((e) => 'role' in e.action && e.action.role === role && 'proposal' in e.action && e.action.proposal === proposal);

describe('a computer role asked for money by a person', () => {
  it('answers in the same step with a reason, pledges when negotiation opens, and the card ends funded', () => {
    const game = withPerson();
    game.to('proposals');
    // The case: a card asking youth services for 90,000 €.
    const step = game.go({ type: 'table', role: 'city', measure: 'safetyPartnership', district: 'wk8', scale: 1, financing: { city: 0.4, youth: 0.6 } });
    const id = game.live.state.proposals.at(-1)!.id;
    const answer = answersBy(step, 'youth', id);
    expect(answer).toHaveLength(1);
    expect(answer[0]!.action.type).toBe('support');
    expect(answer[0]!.reason).toMatchObject({ code: 'promise', params: { money: 90_000, role: 'city' } });

    const opened = game.go({ type: 'next' });
    expect(game.live.state.phase).toBe('negotiation');
    const pledged = answersBy(opened, 'youth', id).find((e) => e.action.type === 'pledge');
    expect(pledged?.action).toMatchObject({ type: 'pledge', money: 90_000 });
    expect(codeOf(pledged!)).toBe('askedShare');

    game.go({ type: 'pledge', role: 'city', proposal: id, money: 60_000 });
    game.to('decision');
    game.go({ type: 'dots', role: 'city', proposal: id, count: 4 });
    game.to('implementation');
    const card = game.live.state.proposals.find((p) => p.id === id)!;
    expect(card.verdict).toBe('passed');
    expect(card.paid?.youth?.money).toBe(90_000);
  });

  it('makes a counter-offer with the sum it can give when it cannot give all', () => {
    const game = withPerson();
    game.to('proposals');
    const step = game.go({ type: 'table', role: 'city', measure: 'localEconomy', district: 'wk8', scale: 1, financing: { city: 0.2, jobs: 0.8 }, partners: ['jobs'] });
    const id = game.live.state.proposals.at(-1)!.id;
    const [answer] = answersBy(step, 'jobs', id);
    const reason = answer!.reason as Reason;
    expect(reason.code).toBe('counterPromise');
    expect(Number(reason.params.money)).toBeLessThan(Number(reason.params.askedMoney));
    const opened = game.go({ type: 'next' });
    const pledged = answersBy(opened, 'jobs', id).find((e) => e.action.type === 'pledge')!;
    expect(codeOf(pledged)).toBe('counterOffer');
    expect(pledged.action).toMatchObject({ money: reason.params.money });
  });

  it('says no with its reason when the card does too little for it, and answers an amendment in negotiation at once', () => {
    const game = withPerson();
    game.to('proposals');
    const step = game.go({ type: 'table', role: 'city', measure: 'planningWorkshop', district: 'wk7', scale: 1, financing: { city: 0.1, cooperatives: 0.9 }, partners: ['cooperatives'] });
    const id = game.live.state.proposals.at(-1)!.id;
    const [no] = answersBy(step, 'cooperatives', id);
    expect(no!.action.type).toBe('oppose');
    expect(no!.reason).toMatchObject({ code: 'declineAsk', params: { askedMoney: 36_000 } });

    game.to('negotiation');
    const card = game.live.state.proposals.find((p) => p.id === id)!;
    expect(card.oppose).toContain('cooperatives');
    // Asked again, now of the youth services, who answer in the same step.
    const amended = game.go({ type: 'amend', role: 'city', proposal: id, financing: { city: 0.5, youth: 0.5 } });
    expect(answersBy(amended, 'youth', id).length).toBe(1);
  });

  it('answers a package deal a person offers on its card', () => {
    const game = withPerson();
    game.to('proposals');
    game.go({ type: 'table', role: 'city', measure: 'imageCampaign', scale: 1, financing: { city: 1 } });
    const mine = game.live.state.proposals.at(-1)!.id;
    game.to('negotiation');
    // Youth services (sectoral) make no package deals; the housing company (pragmatic) backs the card the deal names.
    const youthCard = game.live.state.proposals.find((p) => p.tabledBy === 'youth')!.id;
    const declined = game.go({ type: 'pledge', role: 'city', proposal: youthCard, money: 1_000, condition: mine });
    expect(answersBy(declined, 'youth', mine).map(codeOf)).toEqual(['declineDeal']);
    const lwbCard = game.live.state.proposals.find((p) => p.tabledBy === 'lwb')!.id;
    const backed = game.go({ type: 'pledge', role: 'city', proposal: lwbCard, money: 1_000, condition: mine });
    expect(answersBy(backed, 'lwb', mine).map(codeOf)).toEqual(['backDeal']);
    // Asked for money on that card now, the housing company takes the deal up with a pledge.
    const asked = game.go({ type: 'amend', role: 'city', proposal: mine, financing: { city: 0.5, lwb: 0.5 } });
    const taken = answersBy(asked, 'lwb', mine);
    expect(taken.map((e) => e.action.type)).toEqual(['pledge']);
    expect(codeOf(taken[0]!)).toBe('answer');
  });
});

describe('a computer role keeps a reserve for what others ask', () => {
  it('a cooperative role pays no more than its budget less its reserve into its own cards, and has money left when negotiation opens', () => {
    const game = withPerson('cooperative');
    const { reserve } = STANCE_TRAITS.cooperative;
    for (let year = 0; year < 4; year++) {
      game.to('negotiation');
      const { state, session } = game.live;
      const open = new Set(state.proposals.map((p) => p.id));
      const own: Record<string, number> = {};
      for (const e of session.log) {
        if (e.action.type !== 'pledge' || !open.has(e.action.proposal) || codeOf(e) !== 'ownShare') continue;
        own[e.action.role] = (own[e.action.role] ?? 0) + (e.action.money ?? 0);
      }
      // The whole reserve in the first year, at least half of it later, however little others asked the year before.
      const kept = year === 0 ? reserve : reserve / 2;
      for (const role of game.scenario.roles.filter((r) => r.id !== 'city' && r.resources.money > 0)) {
        expect(own[role.id] ?? 0, `${role.id} in ${state.year}`).toBeLessThanOrEqual(role.resources.money * (1 - kept) + 100);
        expect(state.budgets[role.id]!.money, `${role.id} in ${state.year}`).toBeGreaterThan(0);
      }
      game.to('review');
      game.go({ type: 'next' });
    }
  });
});
