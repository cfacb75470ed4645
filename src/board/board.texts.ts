/** Every text the board shows, in German and English. */
import type { Language, LocalText } from '../scenario/schema';

export { INDICATOR_NAMES } from '../app/indicatorNames';

const TEXTS = {
  colourShows: { de: 'Farbe zeigt', en: 'Colour shows' },
  mapLabel: { de: 'Karte des Quartiers', en: 'Map of the neighbourhood' },
  renovated: { de: 'saniert', en: 'renovated' },
  unrenovated: { de: 'unsaniert', en: 'unrenovated' },
  perBlock: { de: '1 Block ≈ {n} Wohnungen', en: '1 block ≈ {n} flats' },
  running: { de: 'Maßnahme läuft', en: 'measure running' },
  proposed: { de: 'Vorschlag', en: 'proposal' },
  movingOut: { de: 'ziehen weg', en: 'moving out' },
  movingIn: { de: 'ziehen zu', en: 'moving in' },
  perDot: { de: 'je {n} Haushalte', en: '{n} households each' },
  wholeNeighbourhood: { de: 'Ganzes Quartier', en: 'Whole neighbourhood' },
  paused: { de: 'Pause', en: 'paused' },
  changeSince: { de: 'Veränderung seit {n}', en: 'change since {n}' },
  worse: { de: 'schlechter', en: 'worse' },
  better: { de: 'besser', en: 'better' },
  less: { de: 'weniger', en: 'less' },
  more: { de: 'mehr', en: 'more' },
  trendIn: { de: 'im Jahr {n}', en: 'in {n}' },
  trendSince: { de: 'seit {n}', en: 'since {n}' },
  trendUp: { de: 'gestiegen', en: 'up' },
  trendDown: { de: 'gesunken', en: 'down' },
  trendFlat: { de: 'gleich', en: 'steady' },
} satisfies Record<string, LocalText>;

export type BoardTextKey = keyof typeof TEXTS;

/** A board text in the chosen language, with `{n}` filled in. */
export function boardText(key: BoardTextKey, lang: Language, n?: number | string): string {
  const text: string = TEXTS[key][lang];
  return n === undefined ? text : text.replace('{n}', String(n));
}
