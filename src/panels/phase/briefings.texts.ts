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
  leftNow: { de: 'noch übrig in diesem Jahr', en: 'left this year' },
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
