import { describe, expect, it } from 'vitest';
import { hyphenPoints, wrapLabel } from '../../src/board/wrap';

/** Ten units a character: widths as a monospaced font would give them. */
const measure = (s: string) => s.length * 10;
const hyphenated = (word: string) => {
  const points = [...hyphenPoints(word)].sort((a, b) => a - b);
  return points.reduceRight((w, i) => `${w.slice(0, i)}-${w.slice(i)}`, word);
};

describe('board labels broken into lines', () => {
  it('keeps a label that fits on one line as it is', () => {
    expect(wrapLabel('Jugendtreff', 200, measure)).toEqual(['Jugendtreff']);
  });

  it('breaks between words first', () => {
    expect(wrapLabel('Offener Jugendtreff', 120, measure)).toEqual(['Offener', 'Jugendtreff']);
  });

  it('breaks a word at its own hyphen, keeping the hyphen', () => {
    expect(wrapLabel('Neustadt-Neuschönefeld', 140, measure)).toEqual(['Neustadt-', 'Neuschönefeld']);
  });

  it('hyphenates a word too long for a line between syllables, never cutting it with an ellipsis', () => {
    const lines = wrapLabel('Wohnungszusammenlegung für Familien', 170, measure)!;
    expect(lines.join('').replace(/-/g, '').replace(/ /g, '')).toBe('WohnungszusammenlegungfürFamilien');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(170);
    expect(lines.some((l) => l.includes('…'))).toBe(false);
    expect(lines[0]).toMatch(/-$/);
  });

  it('says when the label needs more lines than allowed', () => {
    expect(wrapLabel('Aufzüge und barrierearme Wohnungen', 100, measure, 2)).toBeUndefined();
    expect(wrapLabel('Aufzüge und barrierearme Wohnungen', 130, measure, 3)).toHaveLength(3);
  });

  it('finds syllable breaks German and English readers accept', () => {
    expect(hyphenated('Teilsanierung')).toBe('Teil-sa-nie-rung');
    expect(hyphenated('Komplexsanierung')).toBe('Kom-plex-sa-nie-rung');
    expect(hyphenated('Jugendtreff')).toBe('Jugend-treff');
    expect(hyphenated('Sicherheitspartnerschaft')).toBe('Sicher-heits-part-ner-schaft');
    expect(hyphenated('Gründerzeithäuser')).toBe('Grün-der-zeit-häu-ser');
    // Never fewer than three letters on a side.
    for (const i of hyphenPoints('Abrissflächen')) expect(Math.min(i, 'Abrissflächen'.length - i)).toBeGreaterThanOrEqual(3);
  });
});
