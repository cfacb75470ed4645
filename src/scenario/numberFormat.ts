/**
 * Numbers as people read them, in German or English: one locale per language, on Intl. Money keeps its unit after a
 * no-break space; percent is written as Intl writes it ("12 %" in German with U+00A0, "12%" in English). It sits in
 * the lowest layer, so the scenario's parameter table, refusals and the computer roles' reasons share it with the
 * panels and the board.
 */
import type { Language } from './schema';

/** The locale each language writes numbers in. */
export const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Between a number and its unit: keeps "12 %" or "300 €" on one line (the space Intl puts before German percent). */
export const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Number formats are costly to make and a debrief shows hundreds of numbers, so each is made once. */
const formats = new Map<string, Intl.NumberFormat>();

function formatOf(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

/** Values that round to zero at `digits` decimals are shown as 0, without a sign, never as −0. */
const roundsToZero = (n: number, digits: number) => Number(n.toFixed(digits)) === 0;

/** A true minus sign, as typesetting wants it. */
const trueMinus = (text: string) => text.replace('-', MINUS);

/** A number with the language's grouping and decimal sign: `digits` decimals, or between `minDigits` and `digits`. */
export function number(n: number, lang: Language, digits = 0, minDigits = digits): string {
  return trueMinus(formatOf(lang, { minimumFractionDigits: minDigits, maximumFractionDigits: digits }).format(roundsToZero(n, digits) ? 0 : n));
}

/** A number to so many significant digits, for figures of any size: 1/18 reads 0.0556 or 0,0556. */
export function significant(n: number, lang: Language, digits = 3): string {
  return trueMinus(formatOf(lang, { maximumSignificantDigits: digits }).format(n));
}

/** Like `number`, with a plus sign for gains; a change that rounds to zero shows no sign. */
export function signed(n: number, lang: Language, digits = 0): string {
  const text = number(n, lang, digits);
  return n > 0 && !roundsToZero(n, digits) ? `+${text}` : text;
}

/** A share (0.12) as a percentage: "12 %" in German, "12%" in English. */
export function percent(share: number, lang: Language, digits = 0, minDigits = digits): string {
  return trueMinus(formatOf(lang, { style: 'percent', minimumFractionDigits: minDigits, maximumFractionDigits: digits }).format(roundsToZero(share * 100, digits) ? 0 : share));
}

/** Whole euros: "1.234.567 €", "1,234,567 €". */
export function euro(n: number, lang: Language): string {
  return `${number(Math.round(n), lang)}${NBSP}€`;
}

/** Euros in short form for tight spots: "1,5 Mio. €", "1.5m €". */
export function euroShort(n: number, lang: Language): string {
  const text = trueMinus(formatOf(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n));
  // Older ICU data (Chromium before 148) writes "700K"; every engine here should show the same "700k".
  return `${lang === 'en' ? text.replace(/(\d)K$/, '$1k') : text}${NBSP}€`;
}
