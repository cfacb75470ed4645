/** Every text the board shows, in German and English. */
import type { IndicatorId, Language, LocalText } from '../scenario/schema';

export const INDICATOR_NAMES: Record<IndicatorId, LocalText> = {
  population: { de: 'Einwohner', en: 'Population' },
  households: { de: 'Haushalte', en: 'Households' },
  flats: { de: 'Wohnungen', en: 'Flats' },
  vacancy: { de: 'Leerstand', en: 'Vacancy' },
  renovatedShare: { de: 'Sanierte Wohnungen', en: 'Renovated flats' },
  condition: { de: 'Bauzustand', en: 'Building condition' },
  vandalism: { de: 'Vandalismus', en: 'Vandalism' },
  image: { de: 'Image', en: 'Image' },
  cohesion: { de: 'Zusammenhalt', en: 'Cohesion' },
  trust: { de: 'Vertrauen', en: "Residents' trust" },
  unemployment: { de: 'Arbeitslosigkeit', en: 'Unemployment' },
  services: { de: 'Soziale Angebote', en: 'Social services' },
  seniorShare: { de: 'Ältere Bewohner', en: 'Older residents' },
  lowIncomeShare: { de: 'Geringe Einkommen', en: 'Low-income households' },
};

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
} satisfies Record<string, LocalText>;

export type BoardTextKey = keyof typeof TEXTS;

/** A board text in the chosen language, with `{n}` filled in. */
export function boardText(key: BoardTextKey, lang: Language, n?: number | string): string {
  const text: string = TEXTS[key][lang];
  return n === undefined ? text : text.replace('{n}', String(n));
}
