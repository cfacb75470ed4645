/** Texts of the marks on the course's time axis and their details, in German and English. */
import type { Language, LocalText } from '../../scenario/schema';

export const ANNOTATIONS = {
  heading: { de: 'Was in welcher Runde geschah', en: 'What happened in which round' },
  decisionKey: { de: 'Entscheidung mit Personen', en: "People's decision" },
  eventKey: { de: 'Ereignis', en: 'Event' },
  seatKey: { de: 'Platzwechsel', en: 'Seat change' },
  pick: { de: 'Zeichen wählen: Einzelheiten und Wirkung erscheinen hier.', en: 'Pick a mark: its details and effect appear here.' },
  close: { de: 'Einzelheiten schließen', en: 'Close the details' },
  lead: { de: 'Federführung', en: 'Lead' },
  tabledBy: { de: 'Eingebracht von', en: 'Tabled by' },
  paidBy: { de: 'Bezahlt von', en: 'Paid by' },
  pledgedBy: { de: 'Zusagen von', en: 'Pledges from' },
  people: { de: 'Personen dabei', en: 'People involved' },
  outcome: { de: 'Ergebnis', en: 'Outcome' },
  size: { de: 'Größe', en: 'Size' },
  newsOnly: { de: 'Eine Nachricht ohne Wirkung auf das Modell.', en: 'News without an effect on the model.' },
  noEffect: {
    de: 'Keine direkt zugeordnete Wirkung auf die Kennzahlen; sie wirkt, wenn überhaupt, über die Abläufe des Modells (etwa Zu- und Wegzüge).',
    en: "No effect booked directly on the indicators; any effect works through the model's flows (such as moving in and out).",
  },
  failedNoEffect: { de: 'Gescheitert: die Maßnahme wurde nicht umgesetzt und wirkte nicht.', en: 'Failed: the measure was not carried out and had no effect.' },
  unexplained: { de: 'Die Wirkung lässt sich für diese Runde nicht nachrechnen.', en: 'The effect cannot be worked out for this round.' },
} satisfies Record<string, LocalText>;

/** The accessible name of a mark: kind, years and what it is. */
export function markLabel(kind: 'decision' | 'event' | 'seat', years: string, what: string, lang: Language): string {
  const name = { decision: ANNOTATIONS.decisionKey, event: ANNOTATIONS.eventKey, seat: ANNOTATIONS.seatKey }[kind][lang];
  return `${name} ${years}: ${what}`;
}

/** The heading of an effect: the cause's own part of the changes over the years summed, in the area it was read in. */
export function effectHeading(years: string, area: string, lang: Language): string {
  return lang === 'de' ? `Wirkung ${years} in ${area} (laut Modell, bis die Karte dort erneut beschlossen wurde):` : `Effect ${years} on ${area} (as the model books it, until the card passed there again):`;
}

/** The heading of an event's effect. */
export function eventEffectHeading(years: string, lang: Language): string {
  return lang === 'de' ? `Wirkung ${years} im ganzen Quartier (laut Modell, bis das Ereignis erneut eintrat):` : `Effect ${years} on the whole neighbourhood (as the model books it, until the event happened again):`;
}

/** When earlier or simultaneous passes of the card (times of the event) are booked under the same cause. */
export function sharedEffect(kind: 'decision' | 'event', others: number, lang: Language): string {
  if (kind === 'event') return lang === 'de' ? `Darin auch die Wirkung des Ereignisses aus ${others} früheren Malen.` : `This includes the effect of the event's ${others} earlier time${others === 1 ? '' : 's'}.`;
  if (lang === 'de') return `Darin auch die Wirkung von ${others === 1 ? 'einem weiteren Beschluss' : `${others} weiteren Beschlüssen`} derselben Karte dort (in dieser oder früheren Runden).`;
  return `This includes the effect of ${others} more passed proposal${others === 1 ? '' : 's'} of the same card there (this round or earlier).`;
}

/** The line of the group's game when the computer held most roles: how many. */
export function gameLineName(computer: number, roles: number, lang: Language): string {
  if (computer * 2 <= roles) return lang === 'de' ? 'Ihr Spiel' : 'Your game';
  return lang === 'de' ? `Ihr Spiel (${computer} von ${roles} Rollen vom Computer)` : `Your game (computer played ${computer} of ${roles} roles)`;
}
