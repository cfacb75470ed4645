/** Texts of the situation and review panels, in German and English. */
import type { Language, LocalText } from '../../scenario/schema';

export const CHANGES = {
  better: { de: 'besser', en: 'better' },
  worse: { de: 'schlechter', en: 'worse' },
  unchanged: { de: 'unverändert', en: 'unchanged' },
  areas: { de: 'Gebiet wählen', en: 'Choose an area' },
  noCauses: { de: 'Keine Veränderung, die sich einer Ursache zuordnen lässt.', en: 'No change that can be traced to a cause.' },
  firstYear: {
    de: 'Stand zu Spielbeginn – Veränderungen und ihre Ursachen zeigt die Lage ab dem zweiten Jahr.',
    en: 'The state at the start of the game – changes and their causes appear from the second year on.',
  },
  pickHint: { de: 'Kennzahl antippen: Ursachen unten, Farben auf dem Plan.', en: 'Pick an indicator: causes below, colours on the map.' },
  mainly: { de: 'vor allem', en: 'mainly' },
} satisfies Record<string, LocalText>;

export function situationHeading(year: number, lang: Language): string {
  return lang === 'de' ? `Lage zu Beginn von ${year}` : `The situation at the start of ${year}`;
}

export function reviewHeading(year: number, lang: Language): string {
  return lang === 'de' ? `Rückblick ${year}: was sich verändert hat – und warum` : `Review of ${year}: what changed and why`;
}

export function changeSubheading(year: number, area: string, lang: Language): string {
  return lang === 'de' ? `${area}: Veränderung im Jahr ${year}` : `${area}: change during ${year}`;
}

export function whyHeading(indicator: string, area: string, lang: Language): string {
  return lang === 'de' ? `Warum? ${indicator} – ${area}` : `Why? ${indicator} – ${area}`;
}

export function otherCauses(count: number, lang: Language): string {
  return lang === 'de' ? `${count} weitere Ursachen zusammen` : `${count} other causes together`;
}
