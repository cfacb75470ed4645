/** Interface texts in German and English; scenario texts carry their own translations. */
import type { Language, LocalText } from '../scenario/schema';

const TEXTS = {
  tagline: { de: 'Ein Planspiel zur integrierten Quartiersentwicklung', en: 'A planning game for integrated neighbourhood development' },
  years: { de: 'Jahre', en: 'Years' },
  turns: { de: 'Runden', en: 'turns' },
  districts: { de: 'Teilgebiete', en: 'Districts' },
  flats: { de: 'Wohnungen', en: 'flats' },
  residents: { de: 'Einwohner', en: 'residents' },
  roles: { de: 'Rollen', en: 'Roles' },
  area: { de: 'Gebietsabgrenzung', en: 'Area definition' },
  language: { de: 'English', en: 'Deutsch' },
  languageLabel: { de: 'Switch to English', en: 'Auf Deutsch umschalten' },
  problems: { de: 'Das Szenario enthält Fehler', en: 'The scenario has errors' },
  comingSoon: {
    de: 'Das Spielbrett folgt. Bis dahin: npm run play -- scenarios/gruenau.yaml --plan history',
    en: 'The game board is coming. Until then: npm run play -- scenarios/gruenau.yaml --plan history',
  },
} satisfies Record<string, LocalText>;

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey, lang: Language): string {
  return TEXTS[key][lang];
}

/** A scenario text in the chosen language. */
export function local(text: LocalText, lang: Language): string {
  return text[lang];
}
