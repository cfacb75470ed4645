/** Every reason a computer role gives: a code with its details in the log, provoked in play, worded in English and German when shown. */
import { describe, expect, it } from 'vitest';
import { actWithBots, beginGame } from '../../src/bots/autoplay';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { reasons } from '../../src/bots/reasons';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import { REASON_CODES, STANCES, type Action, type LogEntry, type Proposal, type Reason, type ReasonCode } from '../../src/rules/types';
import { botGame, gruenau } from './helpers';

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

/**
 * A package deal made by a person: the youth services (human) ask the city to co-finance their club only after the
 * bots' first look, and pledge to the city's card on condition that the club passes; the city answers in its second
 * look and closes the gaps left.
 */
function packageDeal(): LiveSession {
  const scenario = gruenau();
  const seats = { ...defaultSeats(scenario, 'bot', 'pragmatic'), youth: { controller: 'human' as const, stance: 'pragmatic' as const } };
  let live = beginGame(scenario, 1, seats);
  const go = (action: Action) => {
    const result = actWithBots(scenario, live, action);
    if (!result.ok) throw new Error(`${action.type}: ${result.rejection.code}`);
    live = result.live;
  };
  while (live.state.phase !== 'proposals') go({ type: 'next' });
  go({ type: 'table', role: 'youth', measure: 'youthClub', district: 'wk8', scale: 1, financing: { youth: 1 } });
  const own = live.state.proposals.find((p) => p.tabledBy === 'youth')!.id;
  go({ type: 'next' });
  const city = live.state.proposals.find((p) => p.tabledBy === 'city')!.id;
  go({ type: 'amend', role: 'youth', proposal: own, financing: { youth: 0.5, city: 0.5 } });
  go({ type: 'pledge', role: 'youth', proposal: city, money: 1000, condition: own });
  go({ type: 'next' });
  return live;
}

/** The reasons of the test games: every stance at seed 1, and the package deal. */
function givenInPlay(): LogEntry[] {
  const games = [...STANCES, 'mixed' as const].map((stance) => botGame(stance, 1).live);
  return [...games, packageDeal()].flatMap((live) => live.session.log);
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
