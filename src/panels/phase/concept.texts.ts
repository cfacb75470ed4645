/** The nine components of the integrated action concept (difu 2002), in German and English. */
import { percent } from '../../scenario/numberFormat';
import type { Language, LocalText } from '../../scenario/schema';

export { COMPONENT_NAMES } from '../../app/conceptNames';

export const CONCEPT = {
  heading: { de: 'Integriertes Handlungskonzept', en: 'Integrated action concept' },
  details: { de: 'Bausteine und Mitarbeit', en: 'Components and work' },
  component: { de: 'Baustein', en: 'Component' },
  hours: { de: 'Arbeitsstunden', en: 'Staff hours' },
  work: { de: 'Arbeitsstunden einbringen', en: 'Put in staff hours' },
  counts: { de: 'zählt', en: 'counts' },
  open: { de: 'offen', en: 'open' },
  twoRoles: { de: 'braucht zwei Rollen', en: 'needs two roles' },
} satisfies Record<string, LocalText>;

export function coverageLine(valid: number, all: number, share: number, lang: Language): string {
  return lang === 'de' ? `${valid} von ${all} Bausteinen (${percent(share, lang)})` : `${valid} of ${all} components (${percent(share, lang)})`;
}

export function programmeNeeds(name: string, share: number, met: boolean, lang: Language): string {
  const mark = met ? '✓' : '✗';
  return lang === 'de' ? `${mark} ${name} verlangt ${percent(share, lang)}` : `${mark} ${name} needs ${percent(share, lang)}`;
}

export function hoursThisYear(hours: number, needed: number, lang: Language): string {
  return lang === 'de' ? `${hours} von ${needed} Std. in diesem Jahr` : `${hours} of ${needed} h this year`;
}

export function validThrough(year: number, lang: Language): string {
  return lang === 'de' ? `gilt bis ${year}` : `counts until ${year}`;
}
