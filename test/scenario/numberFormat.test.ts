/** Numbers as people read them: one locale per language, one rule for the space before German percent, all on Intl. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { euro, euroShort, LOCALES, NBSP, number, percent, significant, signed } from '../../src/scenario/numberFormat';

const MINUS = '\u2212';

describe('numbers as the room reads them', () => {
  it('group digits and write a true minus sign, in each language', () => {
    expect(number(1234567.8, 'de')).toBe('1.234.568');
    expect(number(1234567.8, 'en', 1)).toBe('1,234,567.8');
    expect(number(-2043, 'de')).toBe(`${MINUS}2.043`);
    expect(signed(-2043, 'de')).toBe(`${MINUS}2.043`);
    expect(signed(348, 'en')).toBe('+348');
  });

  it('show no sign on a value that rounds to zero', () => {
    expect(signed(0.004, 'en', 1)).toBe('0.0');
    expect(signed(-0.004, 'de', 1)).toBe('0,0');
    expect(number(-0.4, 'en')).toBe('0');
    expect(percent(-0.0001, 'de')).toBe(`0${NBSP}%`);
  });

  it('show decimals between a least and a most number', () => {
    expect(number(100.02, 'de', 2, 0)).toBe('100,02');
    expect(number(80, 'en', 2, 0)).toBe('80');
    expect(number(12.5, 'en', 2)).toBe('12.50');
  });

  it('write percent as Intl does: a no-break space (U+00A0) before it in German, none in English', () => {
    expect(percent(0.12, 'de')).toBe(`12${NBSP}%`);
    expect(percent(0.12, 'en')).toBe('12%');
    expect(percent(0.1294, 'de', 1)).toBe(`12,9${NBSP}%`);
    expect(percent(1.0002, 'en', 2, 0)).toBe('100.02%');
    expect(percent(-0.05, 'en')).toBe(`${MINUS}5%`);
    for (const lang of ['de', 'en'] as const) {
      expect(percent(0.12, lang)).toBe(new Intl.NumberFormat(LOCALES[lang], { style: 'percent' }).format(0.12));
    }
    expect(NBSP).toBe('\u00a0');
  });

  it('give euros in whole numbers, and in short form for tight spots', () => {
    expect(euro(1234567.4, 'de')).toBe(`1.234.567${NBSP}€`);
    expect(euro(1234567.4, 'en')).toBe(`1,234,567${NBSP}€`);
    expect(euroShort(3_000_000, 'de')).toBe(`3${NBSP}Mio.${NBSP}€`);
    expect(euroShort(1_500_000, 'en')).toBe(`1.5m${NBSP}€`);
  });

  it('give figures of any size to three significant digits', () => {
    expect(significant(1 / 18, 'de')).toBe('0,0556');
    expect(significant(-1 / 18, 'en')).toBe(`${MINUS}0.0556`);
    expect(significant(12345, 'en')).toBe('12,300');
  });
});

/** Every TypeScript source file below src. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('number formatting in the sources', () => {
  it('lives in one module: no other file names a locale, makes a number format or formats numbers by locale', () => {
    const others = sources().filter((file) => !file.endsWith(join('scenario', 'numberFormat.ts')));
    const found = others.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const why: string[] = [];
      if (/'(de-DE|en-GB)'/.test(text)) why.push('names a locale');
      if (/Intl\.NumberFormat|toLocaleString\(/.test(text)) why.push('formats numbers itself');
      if (/\\u202f|\u202f/.test(text)) why.push('writes a narrow no-break space');
      // A placeholder, a space and a percent sign: a percentage made by hand, with whatever space came to mind.
      if (/\}(\s|\\u00a0|\$\{NBSP\})%/.test(text)) why.push('makes a percentage by hand');
      return why.map((w) => `${file}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});
