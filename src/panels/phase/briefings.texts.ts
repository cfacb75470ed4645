/** Texts of the private briefings and the hand-over screen, in German and English. */
import { percent } from '../../scenario/numberFormat';
import type { Language, LocalText } from '../../scenario/schema';

export const BRIEFINGS = {
  heading: { de: 'Vertrauliche Briefings', en: 'Private briefings' },
  intro: {
    de: 'Jede Person liest ihr Briefing allein. Wählen Sie, wer als Nächstes an die Tastatur kommt; alle anderen schauen weg.',
    en: 'Each person reads their briefing alone. Choose who takes the keyboard next; everybody else looks away.',
  },
  handOver: { de: 'Übergabe an', en: 'Hand over to' },
  computerSeats: { de: 'Computer-Rollen', en: 'Computer roles' },
  computerSeat: { de: 'Ihre Briefings bleiben verborgen.', en: 'Their briefings stay hidden.' },
  noHumans: { de: 'Alle Rollen spielt der Computer; ihre Briefings bleiben verborgen.', en: 'The computer plays every role; their briefings stay hidden.' },
  read: { de: '✓ gelesen', en: '✓ read' },
  back: { de: 'Zurück zur Auswahl', en: 'Back to the list' },
  hide: { de: 'Verbergen und weitergeben', en: 'Hide and hand over' },
  objectives: { de: 'Ihre Ziele', en: 'Your objectives' },
  resources: { de: 'Ihre Mittel pro Jahr', en: 'Your resources each year' },
  leftNow: { de: 'noch übrig in dieser Runde', en: 'left this round' },
  high: { de: 'möglichst hoch', en: 'as high as possible' },
  low: { de: 'möglichst niedrig', en: 'as low as possible' },
  veryImportant: { de: 'sehr wichtig', en: 'very important' },
  important: { de: 'wichtig', en: 'important' },
  alsoImportant: { de: 'auch wichtig', en: 'also matters' },
  residents: {
    de: 'Sie sprechen für die Bewohner: Was gegen Ihren Widerspruch beschlossen wird, kostet dort Vertrauen.',
    en: 'You speak for the residents: what is passed against your opposition costs trust where it is placed.',
  },
} satisfies Record<string, LocalText>;

export function handOverTo(role: string, lang: Language): string {
  return lang === 'de' ? `Übergabe an ${role}` : `Hand over to ${role}`;
}

export function onlyRoleLooks(role: string, lang: Language): string {
  return lang === 'de' ? `Nur ${role} schaut jetzt hin.` : `Only ${role} should look now.`;
}

export function revealHint(lang: Language): string {
  return lang === 'de' ? 'Enter drücken oder hier klicken, um das Briefing zu zeigen.' : 'Press Enter or click here to reveal the briefing.';
}

export function briefingHeading(role: string, lang: Language): string {
  return lang === 'de' ? `Briefing: ${role}` : `Briefing: ${role}`;
}

export function profileSentence(share: number, lang: Language): string {
  return lang === 'de'
    ? `In Ihre Wertung zählt Anerkennung für eigene Projekte zu ${percent(share, lang)}, die Entwicklung des Quartiers zu ${percent(1 - share, lang)}.`
    : `Your score counts credit for your own projects at ${percent(share, lang)} and how the neighbourhood develops at ${percent(1 - share, lang)}.`;
}

/** What only this role knows this year (briefingFacts.ts), in German and English. */
export const ONLY_YOU = {
  heading: { de: 'Was nur Sie in dieser Runde wissen', en: 'What only you know this round' },
  budget: { de: 'Ihr Budget', en: 'Your budget' },
  events: { de: 'Die Ereignisse', en: 'The events' },
  asked: { de: 'Was andere von Ihnen wollen', en: 'What others ask of you' },
  noEvents: { de: 'In dieser Runde gibt es keine Ereignisse.', en: 'There are no events this round.' },
  untouched: { de: 'Keines der Ereignisse berührt Ihre Ziele unmittelbar.', en: "None of this round's events touches your objectives directly." },
  noAsksYet: {
    de: 'Noch fragt Sie keine Karte auf dem Tisch an; Anfragen kommen, sobald Karten eingebracht werden.',
    en: 'No card on the table asks anything of you yet; requests come once cards are tabled.',
  },
  firstRound: { de: 'Die erste Runde: Ihre Mittel sind ganz frei.', en: 'The first round: all your resources are free.' },
} satisfies Record<string, LocalText>;

/** What the role spent in the last round; `years` names the round ("1997" or "1997–1998"). */
export function spentLastRound(years: string, spent: string, share: string | undefined, lang: Language): string {
  if (lang === 'de') return `${years} haben Sie ${spent} ausgegeben${share ? ` (${share} Ihres Geldes)` : ''}.`;
  return `In ${years} you spent ${spent}${share ? ` (${share} of your money)` : ''}.`;
}

export function leftNow(left: string, pledged: string | undefined, lang: Language): string {
  if (lang === 'de') return `Jetzt frei: ${left}${pledged ? `; zugesagt auf offenen Karten: ${pledged}` : ''}.`;
  return `Free now: ${left}${pledged ? `; pledged on open cards: ${pledged}` : ''}.`;
}

/** An event's pushes on the role's objectives: "Plant closure: unemployment up – against you". */
export function eventMeaning(title: string, hits: readonly { name: string; up: boolean; good: boolean }[], lang: Language): string {
  const parts = hits.map((h) =>
    lang === 'de'
      ? `${h.name} ${h.up ? 'steigt' : 'sinkt'} – ${h.good ? 'gut für Sie' : 'gegen Ihre Ziele'}`
      : `${h.name} ${h.up ? 'goes up' : 'goes down'} – ${h.good ? 'good for you' : 'against your objectives'}`,
  );
  return `${title}: ${parts.join('; ')}.`;
}

export function askLine(by: string, card: string, id: string, ask: string, partner: boolean, pledged: string | undefined, lang: Language): string {
  if (lang === 'de') {
    const what = ask === '—' ? (partner ? 'bittet Sie als Partner um Mitwirkung' : 'nennt Sie im Finanzierungsplan') : `bittet Sie um ${ask}`;
    return `${by} ${what}: „${card}“ (${id})${pledged ? ` – Sie haben ${pledged} zugesagt` : ''}.`;
  }
  const what = ask === '—' ? (partner ? 'asks you to join as a partner' : 'names you in the financing split') : `asks you for ${ask}`;
  return `${by} ${what}: “${card}” (${id})${pledged ? ` – you pledged ${pledged}` : ''}.`;
}

export function askedTotal(cards: number, total: string, lang: Language): string {
  if (lang === 'de') return `${cards === 1 ? 'Eine Karte fragt' : `${cards} Karten fragen`} Sie an, zusammen um ${total}:`;
  return `${cards === 1 ? 'One card asks' : `${cards} cards ask`} you for ${total} in all:`;
}

export function askedLastYear(year: number, cards: number, passed: number, paid: string, lang: Language): string {
  if (cards === 0) return lang === 'de' ? `${year} hat Sie niemand um Geld oder Mitwirkung gebeten.` : `In ${year} nobody asked you to pay or join.`;
  if (lang === 'de') {
    return `${year} ${cards === 1 ? 'hat Sie eine Karte anderer' : `haben Sie ${cards} Karten anderer`} um Geld oder Mitwirkung gebeten; ${passed} davon ${passed === 1 ? 'wurde' : 'wurden'} umgesetzt, Sie haben ${paid} beigetragen.`;
  }
  return `In ${year} ${cards === 1 ? 'one card by others' : `${cards} cards by others`} asked you to pay or join; ${passed} passed, and you paid ${paid} into them.`;
}
