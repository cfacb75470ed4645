/** Every reason the rules give, provoked in play, with the sentence a person reads in English and German. */
import { describe, expect, it } from 'vitest';
import { applyAction, newGame } from '../../src/rules/game';
import { REJECTION_CODES, rejectionMessage } from '../../src/rules/rejectionMessages';
import type { Action, GameState, Rejection, RejectionCode } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
import { gameAt, gruenau, implemented, play, pledge, refusal, small, toPhase, variant } from './helpers';

interface Case {
  scenario: Scenario;
  /** Plays into the situation and returns the reason given. */
  provoke: () => Rejection;
  params?: Rejection['params'];
  en: string;
  de: string;
}

const S = small();
const G = gruenau();
const tableRenovation: Action = { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 };
const tableYouthClub: Action = { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 };

/** The small game in negotiation with the housing company's renovation on the table as p1. */
const negotiatingRenovation = () => toPhase(S, play(S, gameAt(S, 'proposals'), tableRenovation), 'negotiation');

/** The verdict on a proposal once the year's table is implemented. */
function verdictOf(scenario: Scenario, state: GameState, id: string): Rejection {
  const p = implemented(scenario, state).decided[id];
  if (!p?.because) throw new Error(`${id} has no reason: ${p?.verdict}`);
  return p.because;
}

const CASES: Record<RejectionCode, Case> = {
  gameOver: {
    scenario: S,
    provoke: () => {
      const oneYear = variant(S, (s) => ({ time: { ...s.time, turns: 1 } }));
      return refusal(oneYear, toPhase(oneYear, newGame(oneYear, 1), 'debrief'), { type: 'next' });
    },
    en: 'The game is over; only the debrief remains.',
    de: 'Das Spiel ist zu Ende; es bleibt die Auswertung.',
  },
  paused: {
    scenario: S,
    provoke: () => refusal(S, play(S, gameAt(S, 'proposals'), { type: 'pause' }), tableRenovation),
    en: 'The game is paused.',
    de: 'Das Spiel ist angehalten.',
  },
  notPaused: {
    scenario: S,
    provoke: () => refusal(S, newGame(S, 1), { type: 'resume' }),
    en: 'The game is not paused.',
    de: 'Das Spiel ist nicht angehalten.',
  },
  wrongPhase: {
    scenario: S,
    provoke: () => refusal(S, newGame(S, 1), tableRenovation),
    params: { action: 'table', phase: 'news' },
    en: 'This cannot be done in the news phase.',
    de: 'Das geht in der Phase „Nachrichten“ nicht.',
  },
  unknownRole: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableRenovation, role: 'mayor' }),
    params: { role: 'mayor' },
    en: 'There is no role "mayor" in this game.',
    de: 'Eine Rolle „mayor“ gibt es in diesem Spiel nicht.',
  },
  unknownMeasure: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableRenovation, measure: 'tramLine' }),
    params: { measure: 'tramLine' },
    en: 'There is no project card "tramLine".',
    de: 'Eine Projektkarte „tramLine“ gibt es nicht.',
  },
  unknownDistrict: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableRenovation, district: 'wk9' }),
    params: { district: 'wk9' },
    en: 'There is no district "wk9".',
    de: 'Ein Teilgebiet „wk9“ gibt es nicht.',
  },
  unknownProposal: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('city', 'p9', { money: 1000 })),
    params: { proposal: 'p9' },
    en: 'There is no proposal p9 on the table.',
    de: 'Einen Vorschlag p9 gibt es nicht.',
  },
  unknownEvent: {
    scenario: S,
    provoke: () => refusal(S, newGame(S, 1), { type: 'injectEvent', event: 'meteor' }),
    params: { event: 'meteor' },
    en: 'There is no event "meteor" in the deck.',
    de: 'Ein Ereignis „meteor“ gibt es im Stapel nicht.',
  },
  cardNotYetAvailable: {
    scenario: G,
    provoke: () => refusal(G, gameAt(G, 'proposals'), { type: 'table', role: 'cooperatives', measure: 'townhouses', district: 'wk7', scale: 1 }),
    params: { measure: 'townhouses', year: 2005 },
    en: 'Town houses on cleared sites can only be played from 2005 on.',
    de: 'Stadthäuser auf Abrissflächen kann erst ab 2005 gespielt werden.',
  },
  districtRequired: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { type: 'table', role: 'housingCompany', measure: 'renovate', scale: 1 }),
    params: { measure: 'renovate' },
    en: 'Renovation must be placed in a district.',
    de: 'Sanierung muss in einem Teilgebiet liegen.',
  },
  districtNotAllowed: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableYouthClub, district: 'wk1' }),
    params: { measure: 'youthClub', district: 'wk1' },
    en: 'Youth club cannot be placed in Complex 1.',
    de: 'Jugendclub ist in Wohnkomplex 1 nicht möglich.',
  },
  scaleOutOfRange: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableRenovation, scale: 6 }),
    params: { measure: 'renovate', min: 1, max: 5, scale: 6 },
    en: 'Renovation comes in sizes from 1 to 5, not 6.',
    de: 'Sanierung gibt es in den Größen 1 bis 5, nicht 6.',
  },
  alreadyTabled: {
    scenario: S,
    provoke: () => refusal(S, play(S, gameAt(S, 'proposals'), tableRenovation), { ...tableRenovation, role: 'city', scale: 2 }),
    params: { measure: 'renovate', district: 'wk1' },
    en: 'Renovation is already on the table for Complex 1 this round.',
    de: 'Sanierung liegt in dieser Runde schon auf dem Tisch (Wohnkomplex 1).',
  },
  alreadyRunning: {
    scenario: S,
    provoke: () => {
      const cost = S.measures.find((m) => m.id === 'renovate')!.cost;
      const own = S.roles.find((r) => r.id === 'housingCompany')!.resources.money;
      const funded = play(S, negotiatingRenovation(), pledge('housingCompany', 'p1', { money: own }), pledge('city', 'p1', { money: cost - own }));
      const nextYear = toPhase(S, funded, 'proposals');
      if (nextYear.history[0]!.proposals[0]!.verdict !== 'passed') throw new Error('the renovation did not pass');
      return refusal(S, nextYear, tableRenovation);
    },
    params: { measure: 'renovate', district: 'wk1', year: S.time.startYear + 2, max: 1 },
    en: 'Renovation is already running in Complex 1 until 2002; one may run there at a time.',
    de: 'Sanierung läuft in Wohnkomplex 1 schon bis 2002; dort darf nur eine zugleich laufen.',
  },
  tablingLimit: {
    scenario: S,
    provoke: () => {
      const oneCard = variant(S, (s) => ({ decision: { ...s.decision, cardsPerRole: 1 } }));
      return refusal(oneCard, play(oneCard, gameAt(oneCard, 'proposals'), tableRenovation), { ...tableRenovation, district: 'wk2' });
    },
    params: { role: 'housingCompany', max: 1 },
    en: 'Housing company has already tabled a card this round: each role may table only one a round.',
    de: 'Wohnungsunternehmen hat in dieser Runde schon eine Karte eingebracht: jede Rolle darf nur eine je Runde einbringen.',
  },
  partnerNotOnCard: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableYouthClub, partners: ['housingCompany'] }),
    params: { role: 'housingCompany', measure: 'youthClub' },
    en: 'Housing company is not a partner named on the card Youth club.',
    de: 'Wohnungsunternehmen ist auf der Karte Jugendclub nicht als Partner vorgesehen.',
  },
  financingInvalid: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { ...tableRenovation, financing: { housingCompany: 0.5, city: 0.3 } }),
    params: { total: 80 },
    en: 'The financing shares must add up to 100%, not 80%.',
    de: 'Die Finanzierungsanteile müssen 100\u00a0% ergeben, nicht 80\u00a0%.',
  },
  notYourProposal: {
    scenario: S,
    provoke: () => refusal(S, play(S, gameAt(S, 'proposals'), tableRenovation), { type: 'amend', role: 'city', proposal: 'p1', scale: 2 }),
    params: { proposal: 'p1', role: 'housingCompany' },
    en: 'Only Housing company, who tabled p1, can amend it.',
    de: 'Nur Wohnungsunternehmen hat p1 eingebracht und kann ihn ändern.',
  },
  proposalClosed: {
    scenario: S,
    // In play the table is cleared at the news before roles can act again, so a decided proposal
    // is only met in a state put together by hand: the rules must still refuse to touch it.
    provoke: () => {
      const { state } = implemented(S, negotiatingRenovation());
      return refusal(S, { ...state, phase: 'negotiation' }, { type: 'support', role: 'city', proposal: 'p1' });
    },
    params: { proposal: 'p1' },
    en: 'p1 has already been decided.',
    de: 'Über p1 ist schon entschieden.',
  },
  emptyPledge: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('city', 'p1', { money: 0 })),
    en: 'A pledge needs money, staff time or volunteer hours.',
    de: 'Eine Zusage braucht Geld, Arbeitszeit oder Ehrenamtsstunden.',
  },
  negativeAmount: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('city', 'p1', { money: 1000, staffTime: -5 })),
    en: 'Amounts must be positive numbers.',
    de: 'Beträge müssen positive Zahlen sein.',
  },
  notEnoughMoney: {
    scenario: S,
    provoke: () => {
      // The city pledges all its money but 12,000 € to its youth club, then 50,000 € more.
      const money = S.roles.find((r) => r.id === 'city')!.resources.money;
      const table = toPhase(S, play(S, gameAt(S, 'proposals'), tableYouthClub), 'negotiation');
      return refusal(S, play(S, table, pledge('city', 'p1', { money: money - 12_000 })), pledge('city', 'p1', { money: 50_000 }));
    },
    params: { role: 'city', wanted: 50_000, left: 12_000 },
    en: 'City administration cannot pledge 50,000\u00a0€: 12,000\u00a0€ left this round.',
    de: 'Stadtverwaltung kann keine 50.000\u00a0€ zusagen: in dieser Runde sind noch 12.000\u00a0€ übrig.',
  },
  notEnoughStaff: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('housingCompany', 'p1', { staffTime: 10 })),
    params: { role: 'housingCompany', wanted: 10, left: 0 },
    en: 'Housing company cannot give 10 staff hours: 0 left this round.',
    de: 'Wohnungsunternehmen kann keine 10 Arbeitsstunden geben: in dieser Runde sind noch 0 übrig.',
  },
  notEnoughVolunteers: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('city', 'p1', { volunteerHours: 20 })),
    params: { role: 'city', wanted: 20, left: 0 },
    en: 'City administration cannot give 20 volunteer hours: 0 left this round.',
    de: 'Stadtverwaltung kann keine 20 Ehrenamtsstunden geben: in dieser Runde sind noch 0 übrig.',
  },
  conditionOnItself: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), pledge('city', 'p1', { money: 1000 }, 'p1')),
    params: { proposal: 'p1' },
    en: 'A pledge to p1 cannot depend on p1 itself.',
    de: 'Eine Zusage für p1 kann nicht von p1 selbst abhängen.',
  },
  noPledge: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), { type: 'withdraw', role: 'city', proposal: 'p1' }),
    params: { proposal: 'p1', role: 'city' },
    en: 'City administration has no pledge on p1 to withdraw.',
    de: 'Stadtverwaltung hat für p1 nichts zugesagt.',
  },
  alreadyVoted: {
    scenario: S,
    provoke: () => refusal(S, negotiatingRenovation(), { type: 'support', role: 'housingCompany', proposal: 'p1' }),
    params: { proposal: 'p1', role: 'housingCompany' },
    en: 'Housing company has already said so on p1.',
    de: 'Wohnungsunternehmen hat sich zu p1 schon so geäußert.',
  },
  withdrawFirst: {
    scenario: S,
    provoke: () => refusal(S, play(S, negotiatingRenovation(), pledge('city', 'p1', { money: 1000 })), { type: 'oppose', role: 'city', proposal: 'p1' }),
    params: { proposal: 'p1', role: 'city' },
    en: 'City administration has pledged to p1; withdraw the pledge before opposing it.',
    de: 'Stadtverwaltung hat für p1 zugesagt; erst die Zusage zurückziehen, dann dagegen stimmen.',
  },
  dotsNotInUse: {
    scenario: S,
    provoke: () => refusal(S, toPhase(S, negotiatingRenovation(), 'decision'), { type: 'dots', role: 'city', proposal: 'p1', count: 1 }),
    params: { rule: 'consent' },
    en: 'Dots are not used: the decision rule is consent.',
    de: 'Punkte werden nicht vergeben: die Entscheidungsregel ist Konsens.',
  },
  notEnoughDots: {
    scenario: G,
    provoke: () => {
      const table = play(G, gameAt(G, 'proposals'), { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 });
      return refusal(G, toPhase(G, table, 'decision'), { type: 'dots', role: 'youth', proposal: 'p1', count: 9 });
    },
    params: { role: 'youth', wanted: 9, left: 8 },
    en: 'Youth services cannot place 9 dots: 8 left.',
    de: 'Jugendhilfe kann keine 9 Punkte kleben: noch 8 übrig.',
  },
  ruleNotOffered: {
    scenario: S,
    provoke: () => refusal(S, newGame(S, 1), { type: 'rule', rule: 'dots' }),
    params: { rule: 'dots', options: 'consent, majority' },
    en: 'This scenario offers only these decision rules: consent, qualified majority.',
    de: 'Dieses Szenario bietet nur diese Entscheidungsregeln: Konsens, qualifizierte Mehrheit.',
  },
  eventAlreadyThisYear: {
    scenario: S,
    provoke: () => refusal(S, play(S, newGame(S, 1), { type: 'injectEvent', event: 'fire' }), { type: 'injectEvent', event: 'fire' }),
    params: { event: 'fire' },
    en: "Cellar fire is already in this year's news.",
    de: 'Brand im Keller steht schon in den Nachrichten dieses Jahres.',
  },
  conceptStaffRequired: {
    scenario: S,
    provoke: () => refusal(S, gameAt(S, 'proposals'), { type: 'concept', role: 'city', component: 'problems', staffTime: 0 }),
    en: 'Work on the action concept needs a positive number of staff hours.',
    de: 'Arbeit am Handlungskonzept braucht eine positive Zahl an Arbeitsstunden.',
  },
  consentMissing: {
    scenario: S,
    // The city tables the housing company's card; the housing company never backs it.
    provoke: () => verdictOf(S, play(S, gameAt(S, 'proposals'), { ...tableRenovation, role: 'city' }), 'p1'),
    params: { roles: 'housingCompany' },
    en: 'Not agreed by Housing company, whose consent the card needs.',
    de: 'Ohne Zustimmung von Wohnungsunternehmen, die die Karte braucht.',
  },
  vetoed: {
    scenario: S,
    provoke: () => verdictOf(S, play(S, gameAt(S, 'proposals'), { ...tableRenovation, role: 'city' }, { type: 'oppose', role: 'housingCompany', proposal: 'p1' }), 'p1'),
    params: { roles: 'housingCompany' },
    en: 'Vetoed by Housing company.',
    de: 'Veto von Wohnungsunternehmen.',
  },
  majorityMissing: {
    scenario: S,
    provoke: () => verdictOf(S, play(S, newGame(S, 1), { type: 'rule', rule: 'majority' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, tableRenovation), 'p1'),
    params: { share: 50, needed: 60 },
    en: 'Only 50% of the roles backed it; 60% were needed.',
    de: 'Nur 50\u00a0% der Rollen waren dafür; 60\u00a0% waren nötig.',
  },
  noDots: {
    scenario: G,
    provoke: () => verdictOf(G, play(G, gameAt(G, 'proposals'), { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 }), 'p1'),
    en: 'Nobody gave it a dot.',
    de: 'Niemand hat einen Punkt vergeben.',
  },
  beyondCapacity: {
    scenario: S,
    provoke: () => {
      const onePlace = variant(S, (s) => ({ decision: { ...s.decision, rule: 'majority', majority: 0.5, maxPassed: 1 } }));
      const supportBoth = [{ type: 'support', role: 'city', proposal: 'p1' }, { type: 'support', role: 'housingCompany', proposal: 'p2' }] as const;
      const tabled = play(onePlace, gameAt(onePlace, 'proposals'), tableRenovation, tableYouthClub, ...supportBoth);
      // Equal support: the card tabled first takes the one place.
      return verdictOf(onePlace, tabled, 'p2');
    },
    params: { max: 1 },
    en: 'Only one card can start this year; others ranked higher.',
    de: 'In diesem Jahr kann nur eine Karte starten; andere lagen vorn.',
  },
  fundingShort: {
    scenario: S,
    // Consult participation: 500 staff hours × 1.2.
    provoke: () => verdictOf(S, play(S, gameAt(S, 'proposals'), tableYouthClub), 'p1'),
    params: { money: 150_000, staffTime: 600 },
    en: 'Not fully funded: 150,000\u00a0€, 600 staff hours missing.',
    de: 'Nicht ausfinanziert: es fehlen 150.000\u00a0€, 600 Arbeitsstunden.',
  },
  conditionFailed: {
    scenario: S,
    // The renovation would be paid in full, but the housing company's share holds only if the city's youth club passes, and the club is not funded.
    provoke: () => {
      const table = toPhase(S, play(S, gameAt(S, 'proposals'), tableYouthClub, tableRenovation), 'negotiation');
      return verdictOf(S, play(S, table, pledge('city', 'p2', { money: 500_000 }), pledge('housingCompany', 'p2', { money: 2_000_000 }, 'p1')), 'p2');
    },
    params: { money: 2_000_000 },
    en: 'A package deal fell through, so it was not fully funded: 2,000,000\u00a0€ missing.',
    de: 'Ein Paket platzte, daher nicht ausfinanziert: es fehlen 2.000.000\u00a0€.',
  },
};

describe('every reason the rules give', () => {
  it('has a case here for every rejection code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...REJECTION_CODES].sort());
  });

  describe.each(REJECTION_CODES.map((code) => ({ code })))('$code', ({ code }) => {
    const c = CASES[code];

    it('is given in play with its details', () => {
      expect(c, `no case for ${code}`).toBeDefined();
      const rejection = c.provoke();
      expect(rejection.code).toBe(code);
      expect(rejection.params ?? {}).toEqual(c.params ?? {});
    });

    it('reads as a sentence with names, in English and German', () => {
      const rejection = c.provoke();
      expect(rejectionMessage(rejection, 'en', c.scenario)).toBe(c.en);
      expect(rejectionMessage(rejection, 'de', c.scenario)).toBe(c.de);
    });
  });
});

describe('refusals', () => {
  it('leave the game as it was', () => {
    const before = negotiatingRenovation();
    const snapshot = JSON.stringify(before);
    expect(applyAction(S, before, pledge('city', 'p1', { money: 10_000_000 })).ok).toBe(false);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('still let the facilitator change seats after the game is over', () => {
    const oneYear = variant(S, (s) => ({ time: { ...s.time, turns: 1 } }));
    const over = toPhase(oneYear, newGame(oneYear, 1), 'debrief');
    expect(refusal(oneYear, over, { type: 'support', role: 'city', proposal: 'p1' }).code).toBe('gameOver');
    expect(play(oneYear, over, { type: 'seat', role: 'city', controller: 'human' }).seats.city!.controller).toBe('human');
  });

  it('without a scenario name phases and rules in the chosen language and keep the ids', () => {
    expect(rejectionMessage({ code: 'wrongPhase', params: { action: 'pledge', phase: 'decision' } }, 'de')).toBe('Das geht in der Phase „Entscheidung“ nicht.');
    expect(rejectionMessage({ code: 'dotsNotInUse', params: { rule: 'majority' } }, 'en')).toBe('Dots are not used: the decision rule is qualified majority.');
    expect(rejectionMessage({ code: 'unknownRole', params: { role: 'youth' } }, 'en')).toBe('There is no role "youth" in this game.');
  });
});
