/** Names of the model's indicators, in German and English: one list for the board, the panels and the debrief. */
import type { IndicatorId, LocalText } from '../scenario/schema';

export const INDICATOR_NAMES: Record<IndicatorId, LocalText> = {
  population: { de: 'Einwohner', en: 'Population' },
  households: { de: 'Haushalte', en: 'Households' },
  flats: { de: 'Wohnungen', en: 'Flats' },
  vacancy: { de: 'Leerstand', en: 'Vacancy' },
  renovatedShare: { de: 'Sanierte Wohnungen', en: 'Renovated flats' },
  condition: { de: 'Zustand unsanierter Häuser', en: 'Condition of unrenovated blocks' },
  vandalism: { de: 'Vandalismus', en: 'Vandalism' },
  image: { de: 'Image', en: 'Image' },
  cohesion: { de: 'Nachbarschaftlicher Zusammenhalt', en: 'Neighbourly ties' },
  trust: { de: 'Vertrauen der Bewohner', en: "Residents' trust" },
  unemployment: { de: 'Arbeitslosigkeit', en: 'Unemployment' },
  services: { de: 'Soziale Angebote', en: 'Social services' },
  seniorShare: { de: 'Anteil ab 65 Jahren', en: 'Share aged 65+' },
  lowIncomeShare: { de: 'Anteil armer Haushalte', en: 'Low-income households' },
};
