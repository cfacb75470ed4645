/** Texts of a project card on the pin-board and its state at the table, in German and English. */
import { percent } from '../../scenario/numberFormat';
import type { Language, LocalText } from '../../scenario/schema';

export const CARD = {
  behind: { de: 'Wer steht dahinter', en: 'Who is behind it' },
  lead: { de: 'Wer setzt um', en: 'Who implements it' },
  partners: { de: 'Partner', en: 'Partners' },
  goal: { de: 'Ziel', en: 'Goal' },
  addressees: { de: 'Zielgruppe', en: 'Target group' },
  effect: { de: 'Beabsichtigte Wirkung', en: 'Intended effect' },
  size: { de: 'Umfang', en: 'Size' },
  cost: { de: 'Kosten', en: 'Cost' },
  financing: { de: 'Finanzierung', en: 'Financing' },
  programmes: { de: 'Förderung', en: 'Funding' },
  participation: { de: 'Beteiligung', en: 'Participation' },
  concept: { de: 'Handlungskonzept', en: 'Action concept' },
  noProgramme: { de: 'kein Förderprogramm passt zu dieser Karte', en: 'no funding programme fits this card' },
  capital: { de: 'investiv', en: 'capital' },
  nonCapital: { de: 'nicht-investiv', en: 'non-capital' },
  pledges: { de: 'Zusagen', en: 'Pledges' },
  noPledges: { de: 'noch keine', en: 'none yet' },
  supporters: { de: 'Dafür', en: 'In favour' },
  opponents: { de: 'Dagegen', en: 'Against' },
  answers: { de: 'Antworten der Computer-Rollen', en: "The computer roles' answers" },
  covered: { de: 'Alles gedeckt.', en: 'Everything is covered.' },
  coveredWithProgramme: { de: 'Alles gedeckt – mit den erwarteten Fördermitteln.', en: 'Everything is covered – with the expected programme money.' },
  met: { de: 'erfüllt', en: 'met' },
  notMet: { de: 'noch nicht erfüllt', en: 'not met yet' },
} satisfies Record<string, LocalText>;

export function programmeTerms(name: string, rate: number, concept: number, partners: number, lang: Language): string {
  const needs: string[] = [];
  if (concept > 0) needs.push(lang === 'de' ? `Handlungskonzept ab ${percent(concept, lang)}` : `action concept from ${percent(concept, lang)}`);
  if (partners > 0) needs.push(lang === 'de' ? `mind. ${partners} Geldgeber` : `at least ${partners} paying role${partners > 1 ? 's' : ''}`);
  const pays = lang === 'de' ? `${name} zahlt ${percent(rate, lang)}` : `${name} pays ${percent(rate, lang)}`;
  return needs.length === 0 ? pays : `${pays} (${lang === 'de' ? 'braucht' : 'needs'} ${needs.join(', ')})`;
}

export function expectedProgramme(money: string, name: string, lang: Language): string {
  return lang === 'de' ? `erwartet: ${money} von ${name}` : `expected: ${money} from ${name}`;
}

export function asked(amount: string, lang: Language): string {
  return lang === 'de' ? `erbeten: ${amount}` : `asked: ${amount}`;
}

export function stillMissing(amount: string, lang: Language): string {
  return lang === 'de' ? `Es fehlen noch ${amount}.` : `Still missing: ${amount}.`;
}

/** Where and what it costs, under a proposal's title: "WK 7 · 5,000,000 €". */
export function placeAndCost(district: string, cost: string): string {
  return `${district} · ${cost}`;
}

/** How big a card is: "2 × block". */
export function sizeOf(scale: number, unit: string): string {
  return `${scale} × ${unit}`;
}

export const CARD_MORE = {
  dots: { de: 'Punkte', en: 'Dots' },
  funded: { de: 'Geld gedeckt', en: 'Money covered' },
} satisfies Record<string, LocalText>;

export function moneyLine(pledged: string, programme: string | undefined, need: string, lang: Language): string {
  if (lang === 'de') return programme ? `zugesagt ${pledged} + Förderung ${programme} von ${need}` : `zugesagt ${pledged} von ${need}`;
  return programme ? `pledged ${pledged} + programme ${programme} of ${need}` : `pledged ${pledged} of ${need}`;
}

export function onlyIfShort(id: string, lang: Language): string {
  return lang === 'de' ? `(nur wenn ${id} kommt)` : `(only if ${id} passes)`;
}

export const CARD_TOGGLE = {
  details: { de: 'Details', en: 'Details' },
  leads: { de: 'Federführung', en: 'lead' },
  /** The forecast on a closed card in the decision, beside ✓ or ✗. */
  passes: { de: 'kommt durch', en: 'passes' },
  fails: { de: 'scheitert', en: 'fails' },
} satisfies Record<string, LocalText>;

export function backingCount(support: number, oppose: number, lang: Language): string {
  return lang === 'de' ? `Dafür ${support} · Dagegen ${oppose}` : `For ${support} · Against ${oppose}`;
}

export function coveredShort(lang: Language): string {
  return lang === 'de' ? '✓ gedeckt' : '✓ covered';
}

/** Hours in the short form of a closed card. */
export const HOURS_SHORT = {
  staff: { de: 'Arbeitsstd.', en: 'staff h' },
  volunteer: { de: 'Ehrenamtsstd.', en: 'volunteer h' },
} satisfies Record<string, LocalText>;

export function missingShort(amount: string, lang: Language): string {
  return lang === 'de' ? `⚠ es fehlen ${amount}` : `⚠ missing ${amount}`;
}

export function moneyLeft(amount: string, lang: Language): string {
  return lang === 'de' ? `noch ${amount} frei` : `${amount} left this round`;
}
