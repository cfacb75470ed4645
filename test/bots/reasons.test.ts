/** Every reason a computer role gives: a code with its details in the log, provoked in play, worded in English and German when shown. */
import { describe, expect, it } from 'vitest';
import { beginGame } from '../../src/bots/autoplay';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { reasons } from '../../src/bots/reasons';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import { REASON_CODES, STANCES, type LogEntry, type Proposal, type Reason, type ReasonCode } from '../../src/rules/types';
import { botGame, driven, gruenau } from './helpers';

const NBSP = '\u00a0';
const club = { measure: 'youthClub', district: 'wk8' };
const renovation = { measure: 'renovation', district: 'wk3' } as Proposal;
const asked = { ...renovation, tabledBy: 'lwb' } as Proposal;
const vacancyDown = { id: 'vacancy' as const, delta: -0.02 };
const money = (n: number, staffTime = 0, volunteerHours = 0) => ({ money: n, staffTime, volunteerHours });

/** Each code as the bots make it, and the sentences a person reads. */
const CASES: Record<ReasonCode, { reason: Reason; en: string; de: string }> = {
  table: {
    reason: reasons.table(club, vacancyDown, 0.5, ['city', 'residents'], { id: 'youthProgramme', money: 125_000 }),
    en: `Open youth club in Complex 8, for lower vacancy: we pay 50% and ask City administration and Residents to join; E&C – youth development programme adds 125,000${NBSP}€.`,
    de: `Offener Jugendtreff in WK 8, für weniger Leerstand: wir tragen 50${NBSP}% und bitten Stadtverwaltung und Bewohnerschaft dazu; E&C – Entwicklung und Chancen junger Menschen gibt 125.000${NBSP}€ dazu.`,
  },
  ownShare: {
    reason: reasons.ownShare({ measure: 'neighbourhoodManagement' }, money(1_234_567, 1_500)),
    en: `Our share of Neighbourhood management: 1,234,567${NBSP}€ and 1,500 staff hours.`,
    de: `Unser Anteil an Quartiersmanagement: 1.234.567${NBSP}€ und 1.500 Arbeitsstunden.`,
  },
  askedShare: {
    reason: reasons.askedShare(asked, { id: 'condition', delta: 0.1 }, money(41_300)),
    en: `Full renovation in Complex 3, for buildings in better repair: we give what Municipal housing company asked of us, 41,300${NBSP}€.`,
    de: `Komplexsanierung in WK 3, für Häuser in besserem Zustand: wir geben den von Kommunale Wohnungsgesellschaft erbetenen Anteil, 41.300${NBSP}€.`,
  },
  residentsShare: {
    reason: reasons.residentsShare(club, money(0, 0, 200)),
    en: 'Residents help shape Open youth club in Complex 8; we bring 200 volunteer hours.',
    de: 'Bei Offener Jugendtreff in WK 8 gestalten Bewohner mit; wir bringen 200 Ehrenamtsstunden ein.',
  },
  promise: {
    reason: reasons.promise({ ...club, tabledBy: 'city' } as Proposal, vacancyDown, money(90_000)),
    en: `Open youth club in Complex 8, for lower vacancy: we will give what City administration asked of us, 90,000${NBSP}€, once pledges are taken.`,
    de: `Offener Jugendtreff in WK 8, für weniger Leerstand: wir geben den von Stadtverwaltung erbetenen Anteil, 90.000${NBSP}€, sobald Zusagen möglich sind.`,
  },
  counterPromise: {
    reason: reasons.counterPromise(asked, money(160_000), money(150_000)),
    en: `Full renovation in Complex 3: Municipal housing company asked us for 160,000${NBSP}€; we can give 150,000${NBSP}€ once pledges are taken.`,
    de: `Komplexsanierung in WK 3: Kommunale Wohnungsgesellschaft hat uns um 160.000${NBSP}€ gebeten; wir können 150.000${NBSP}€ geben, sobald Zusagen möglich sind.`,
  },
  counterOffer: {
    reason: reasons.counterOffer(asked, money(45_000, 20), money(10_000), 'budget'),
    en: `Full renovation in Complex 3: Municipal housing company asked us for 45,000${NBSP}€ and 20 staff hours; we give 10,000${NBSP}€, all our budget allows.`,
    de: `Komplexsanierung in WK 3: Kommunale Wohnungsgesellschaft hat uns um 45.000${NBSP}€ und 20 Arbeitsstunden gebeten; wir geben 10.000${NBSP}€, mehr lässt unser Haushalt nicht zu.`,
  },
  declineBudget: {
    reason: reasons.declineBudget(asked, money(60_000)),
    en: `We cannot give the 60,000${NBSP}€ Municipal housing company asked of us for Full renovation in Complex 3: our budget is committed.`,
    de: `Wir können die von Kommunale Wohnungsgesellschaft erbetenen 60.000${NBSP}€ für Komplexsanierung in WK 3 nicht geben: unser Haushalt ist gebunden.`,
  },
  declineAsk: {
    reason: reasons.declineAsk(asked, money(36_000, 56, 43)),
    en: `We will not give the 36,000${NBSP}€ and 56 staff hours and 43 volunteer hours Municipal housing company asked of us for Full renovation in Complex 3: it does too little for our goals.`,
    de: `Wir geben die von Kommunale Wohnungsgesellschaft erbetenen 36.000${NBSP}€ und 56 Arbeitsstunden und 43 Ehrenamtsstunden für Komplexsanierung in WK 3 nicht: es bringt zu wenig für unsere Ziele.`,
  },
  declineDeal: {
    reason: reasons.declineDeal(club, renovation, 'city'),
    en: 'Package deal declined: we do not tie Open youth club in Complex 8 to the pledge of City administration for Full renovation in Complex 3.',
    de: 'Paket abgelehnt: Wir knüpfen Offener Jugendtreff in WK 8 nicht an die Zusage von Stadtverwaltung für Komplexsanierung in WK 3.',
  },
  backDeal: {
    reason: reasons.backDeal(club, renovation, 'city'),
    en: 'Package deal: the pledge of City administration to Full renovation in Complex 3 holds if Open youth club in Complex 8 passes, so we back Open youth club in Complex 8.',
    de: 'Paket: Die Zusage von Stadtverwaltung für Komplexsanierung in WK 3 gilt, wenn Offener Jugendtreff in WK 8 durchkommt – also unterstützen wir Offener Jugendtreff in WK 8.',
  },
  offer: {
    reason: reasons.offer(asked, club, money(20_000)),
    en: `Package deal: we give 20,000${NBSP}€ to Full renovation in Complex 3 on condition of support from Municipal housing company for Open youth club in Complex 8.`,
    de: `Paket: Wir geben 20.000${NBSP}€ für Komplexsanierung in WK 3 – gegen die Unterstützung von Kommunale Wohnungsgesellschaft für Offener Jugendtreff in WK 8.`,
  },
  answer: {
    reason: reasons.answer(club, renovation, 'youth', money(62_500)),
    en: `Package deal: the pledge of Youth services to Full renovation in Complex 3 holds if Open youth club in Complex 8 passes, so we give 62,500${NBSP}€.`,
    de: `Paket: Die Zusage von Jugendhilfe für Komplexsanierung in WK 3 gilt, wenn Offener Jugendtreff in WK 8 durchkommt – also geben wir 62.500${NBSP}€.`,
  },
  topUp: {
    reason: reasons.topUp(club, money(999.6)),
    en: `Open youth club in Complex 8 is still short; we cover the rest: 1,000${NBSP}€.`,
    de: `Für Offener Jugendtreff in WK 8 fehlt noch etwas; wir decken den Rest: 1.000${NBSP}€.`,
  },
  fillGap: {
    reason: reasons.fillGap(club, undefined, money(512, 40)),
    en: `Open youth club in Complex 8, to show what we do, is not fully funded yet; we close the gap with 512${NBSP}€ and 40 staff hours.`,
    de: `Offener Jugendtreff in WK 8, um zu zeigen, was wir leisten, ist noch nicht ausfinanziert; wir schließen die Lücke mit 512${NBSP}€ und 40 Arbeitsstunden.`,
  },
  withdraw: {
    reason: reasons.withdraw(renovation),
    en: 'Full renovation in Complex 3 cannot be funded without more partners; we take our pledge back.',
    de: 'Komplexsanierung in WK 3 ist ohne weitere Partner nicht zu finanzieren; wir ziehen unsere Zusage zurück.',
  },
  concept: {
    reason: reasons.concept('cityFunction', 120, 'sozialeStadt', 0.3),
    en: `We write "the area's function in the city" for the action concept (120 staff hours): Soziale Stadt (Socially Integrative City) pays only from 30% coverage.`,
    de: `Wir erarbeiten den Baustein „Funktion des Gebiets in der Stadt“ des Handlungskonzepts (120 Arbeitsstunden): Soziale Stadt fördert erst ab 30${NBSP}% Abdeckung.`,
  },
  support: {
    reason: reasons.support({ measure: 'imageCampaign' }, { id: 'image', delta: 0.03 }),
    en: 'We back Image campaign, for a better image.',
    de: 'Wir unterstützen Imagekampagne, für ein besseres Image.',
  },
  supportResidents: {
    reason: reasons.supportResidents(club),
    en: 'We back Open youth club in Complex 8: residents have a say in it.',
    de: 'Wir unterstützen Offener Jugendtreff in WK 8: da reden die Bewohner mit.',
  },
  opposeDemolition: {
    reason: reasons.opposeDemolition({ measure: 'demolition', district: 'wk7' }),
    en: 'We oppose Demolition of a block in Complex 7: tearing down homes drives out neighbours who want to stay.',
    de: 'Wir sind gegen Rückbau eines Blocks in WK 7: Abriss vertreibt Nachbarn, die bleiben wollen.',
  },
  opposeRival: {
    reason: reasons.opposeRival(renovation, club, 'sozialeStadt'),
    en: 'We oppose Full renovation in Complex 3: it competes with Open youth club in Complex 8 for Soziale Stadt (Socially Integrative City) money.',
    de: 'Wir sind gegen Komplexsanierung in WK 3: es konkurriert mit Offener Jugendtreff in WK 8 um Mittel aus Soziale Stadt.',
  },
  dots: {
    reason: reasons.dots(renovation, 1, vacancyDown, false),
    en: '1 dot for Full renovation in Complex 3, for lower vacancy.',
    de: '1 Punkt für Komplexsanierung in WK 3, für weniger Leerstand.',
  },
  ownDots: {
    reason: reasons.dots(club, 3, { id: 'vandalism', delta: -0.01 }, true),
    en: '3 dots for our own Open youth club in Complex 8, against vandalism.',
    de: '3 Punkte für unseren Vorschlag Offener Jugendtreff in WK 8, gegen Vandalismus.',
  },
};

/** A game in which people play the city administration and the residents, and the bots answer them as they go. */
function withPeople(seats = defaultSeats(gruenau())) {
  const scenario = gruenau();
  const game = driven(scenario, beginGame(scenario, 1, { ...seats, city: { controller: 'human', stance: 'pragmatic' }, residents: { controller: 'human', stance: 'sceptical' } }));
  const last = () => game.live.state.proposals.at(-1)!.id;
  const of = (role: string) => game.live.state.proposals.find((p) => p.tabledBy === role)!.id;
  return { go: game.go, to: game.to, last, of, get live() { return game.live; } };
}

/**
 * Requests by people, answered by the bots: a promise, a counter-offer, a no for want of money or of worth, and
 * package deals declined, backed and taken up.
 */
function requests(): LiveSession {
  const game = withPeople();
  game.to('proposals');
  game.go({ type: 'table', role: 'city', measure: 'safetyPartnership', district: 'wk8', scale: 1, financing: { city: 0.4, youth: 0.6 } });
  // Youth services have promised what they had free: a second request finds their budget committed.
  game.go({ type: 'table', role: 'city', measure: 'safetyPartnership', district: 'wk7', scale: 1, financing: { city: 0.1, youth: 0.9 } });
  game.go({ type: 'table', role: 'residents', measure: 'localEconomy', district: 'wk8', scale: 1, financing: { residents: 0.2, jobs: 0.8 }, partners: ['jobs'] });
  const economy = game.last();
  game.go({ type: 'table', role: 'residents', measure: 'planningWorkshop', district: 'wk7', scale: 1, financing: { residents: 0.1, cooperatives: 0.9 }, partners: ['city', 'cooperatives'] });
  const workshop = game.last();
  game.to('negotiation');
  game.go({ type: 'pledge', role: 'residents', proposal: game.of('youth'), money: 100, condition: economy });
  game.go({ type: 'pledge', role: 'residents', proposal: game.of('lwb'), money: 100, condition: workshop });
  game.go({ type: 'amend', role: 'residents', proposal: workshop, financing: { residents: 0.5, lwb: 0.5 } });
  game.to('decision');
  return game.live;
}

/**
 * A year in which sceptical bots ask the city for shares it never pays: the facilitator hands the city and the
 * residents to people once the computer roles have tabled (as computer roles alone, two cards each), and a bot tops
 * its card up.
 */
function unpaidShares(): LiveSession {
  const scenario = gruenau();
  const game = driven(scenario, beginGame(scenario, 1, defaultSeats(scenario, 'bot', 'sceptical')));
  game.to('proposals');
  game.go({ type: 'seat', role: 'city', controller: 'human' });
  game.go({ type: 'seat', role: 'residents', controller: 'human' });
  game.to('decision');
  return game.live;
}

/** The reasons of the test games: every stance at seed 1, and games with people asking the bots. */
function givenInPlay(): LogEntry[] {
  const games = [...STANCES, 'mixed' as const].map((stance) => botGame(stance, 1).live);
  return [...games, requests(), unpaidShares()].flatMap((live) => live.session.log);
}

describe('every reason a computer role gives', () => {
  const scenario = gruenau();
  const logged = givenInPlay();

  it('has a case here for every reason code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...REASON_CODES].sort());
  });

  describe.each(REASON_CODES.map((code) => ({ code })))('$code', ({ code }) => {
    it('is given in play, as a code in the log', () => {
      expect(logged.some((e) => e.reason && 'code' in e.reason && e.reason.code === code)).toBe(true);
    });

    it('reads as a sentence with names, in English and German', () => {
      const c = CASES[code];
      expect(c.reason.code).toBe(code);
      expect(reasonMessage(c.reason, 'en', scenario)).toBe(c.en);
      expect(reasonMessage(c.reason, 'de', scenario)).toBe(c.de);
    });
  });

  it('is stored with ids and numbers only, so the log reads in either language', () => {
    for (const { reason } of logged) {
      if (!reason) continue;
      expect('code' in reason).toBe(true);
      for (const value of Object.values((reason as Reason).params)) expect(['string', 'number']).toContain(typeof value);
    }
  });

  it('saved as sentences by an older session, is shown as it was saved', () => {
    const sentence = { de: 'Die Jugend braucht einen Ort.', en: 'Young people need a place.' };
    expect(reasonMessage(sentence, 'de', scenario)).toBe(sentence.de);
    expect(reasonMessage(sentence, 'en', scenario)).toBe(sentence.en);
  });
});
