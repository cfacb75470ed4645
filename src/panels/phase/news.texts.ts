/** Texts of the news panel, in German and English. */
import type { Language, LocalText } from '../../scenario/schema';

export const NEWS = {
  scheduled: { de: 'angekündigt', en: 'scheduled' },
  drawn: { de: 'gezogen', en: 'drawn from the deck' },
  injected: { de: 'von der Spielleitung eingebracht', en: 'added by the facilitator' },
  quiet: { de: 'Ein ruhiges Jahr: keine besonderen Nachrichten.', en: 'A quiet year: no special news.' },
  noEffect: { de: 'Nur eine Nachricht – sie ändert am Modell nichts.', en: 'News only – it changes nothing in the model.' },
  actsThisYear: { de: 'Wirkt in der Simulation dieses Jahres.', en: 'Takes effect in this year’s simulation.' },
} satisfies Record<string, LocalText>;

export function newsHeading(year: number, lang: Language): string {
  return lang === 'de' ? `Nachrichten ${year}` : `News of ${year}`;
}

export function affects(districts: string, lang: Language): string {
  return lang === 'de' ? `Betrifft ${districts}.` : `Affects ${districts}.`;
}
