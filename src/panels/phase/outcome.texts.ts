/** Texts of the decision, implementation and simulation panels, in German and English. */
import type { DecisionRule } from '../../rules/types';
import type { Language, LocalText } from '../../scenario/schema';

export const OUTCOME = {
  passesSoFar: { de: 'Stand jetzt: kommt durch und ist finanziert.', en: 'As it stands: passes and is funded.' },
  soFar: { de: 'Stand jetzt:', en: 'As it stands:' },
  countedNow: {
    de: 'Gezählt, wie Zusagen, Punkte und Fördermittel jetzt stehen; das Geld wird in dieser Reihenfolge verteilt.',
    en: 'Counted as pledges, dots and programme money stand now; money is settled in this order.',
  },
  someShort: {
    de: 'Einigen Karten fehlt Geld: Sie scheitern, wie immer die Abstimmung ausgeht.',
    en: 'Some cards lack money: they fail however the vote goes.',
  },
  passed: { de: 'Beschlossen und finanziert', en: 'Passed and funded' },
  rejected: { de: 'Abgelehnt', en: 'Rejected' },
  unfunded: { de: 'Nicht finanziert', en: 'Not funded' },
  open: { de: 'Offen', en: 'Open' },
  paid: { de: 'Wer was gezahlt hat', en: 'Who paid what' },
  programmeMoney: { de: 'Fördermittel', en: 'Programme money' },
  nothingDecided: { de: 'In dieser Runde lag nichts auf dem Tisch.', en: 'Nothing was on the table this round.' },
  yearRuns: { de: 'Das Jahr läuft', en: 'The year runs' },
  watchBoard: {
    de: 'Haushalte ziehen ein und aus, Häuser altern, Maßnahmen und Ereignisse wirken. Schauen Sie auf den Plan.',
    en: 'Households move in and out, blocks age, measures and events take effect. Watch the map.',
  },
  starting: { de: 'Neu beschlossen', en: 'Newly decided' },
  none: { de: 'keine', en: 'none' },
} satisfies Record<string, LocalText>;

export const RULE_EXPLAINED: Record<DecisionRule, LocalText> = {
  consent: {
    de: 'Konsens: Die Karte braucht ihre Federführung und alle Pflichtpartner – wer von ihnen widerspricht, legt ein Veto ein.',
    en: 'Consent: a card needs its lead and every required partner – any of them opposing is a veto.',
  },
  majority: {
    de: 'Qualifizierte Mehrheit: Genug Rollen müssen dafür sein und dürfen nicht widersprechen.',
    en: 'Qualified majority: enough roles must back it and not oppose it.',
  },
  dots: {
    de: 'Punktabfrage: Jede Rolle klebt ihre Punkte; was mindestens einen Punkt hat, kommt durch, das Geld wird nach Punkten verteilt.',
    en: 'Dot voting: every role places its dots; what has at least one passes, and money is settled in the order of dots.',
  },
};

export function rank(n: number, lang: Language): string {
  return lang === 'de' ? `Platz ${n}` : `Rank ${n}`;
}

export function bonus(factor: string, lang: Language): string {
  return lang === 'de' ? `Mehrzielbonus: Wirkung × ${factor}` : `Multi-goal bonus: effect × ${factor}`;
}

/** The heading over the events drawn at the start of a round: they are news of its first year (later years draw their own). */
export function eventsOf(year: number, lang: Language): string {
  return lang === 'de' ? `Ereignisse ${year}` : `Events of ${year}`;
}

export function yearRunsHeading(years: string, lang: Language): string {
  if (years.includes('–')) return lang === 'de' ? `Simulation: Die Jahre ${years} laufen` : `Simulation: the years ${years} run`;
  return lang === 'de' ? `Simulation: Das Jahr ${years} läuft` : `Simulation: the year ${years} runs`;
}

export function implementationHeading(year: string, lang: Language): string {
  return lang === 'de' ? `Umsetzung ${year}: was beschlossen und bezahlt wurde` : `Implementation ${year}: what passed and who paid`;
}

export function standingHeading(passing: number, all: number, lang: Language): string {
  return lang === 'de' ? `Stand jetzt: ${passing} von ${all} würden umgesetzt` : `As it stands: ${passing} of ${all} would be carried out`;
}

/** The programme money left once the cards that pass now had their share, per programme. */
export function programmesLeftLine(programmes: readonly { name: string; left: string; budget: string }[], lang: Language): string {
  const parts = programmes.map((g) => (lang === 'de' ? `${g.name} ${g.left} von ${g.budget}` : `${g.name} ${g.left} of ${g.budget}`));
  return lang === 'de' ? `Fördermittel, die danach noch frei sind: ${parts.join(' · ')}` : `Programme money still free after these: ${parts.join(' · ')}`;
}

export function dotsCount(n: number, lang: Language): string {
  return lang === 'de' ? `${n} ${n === 1 ? 'Punkt' : 'Punkte'}` : `${n} ${n === 1 ? 'dot' : 'dots'}`;
}
