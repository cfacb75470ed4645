import { describe, expect, it } from 'vitest';
import { leadingPhrases } from '../../src/board/markers';

describe('a badge too wide for its district', () => {
  it('is shortened to the phrase before a small word, longest first', () => {
    expect(leadingPhrases('Wohnumfeld und Höfe')).toEqual(['Wohnumfeld']);
    expect(leadingPhrases('Merging flats for families')).toEqual(['Merging flats']);
    expect(leadingPhrases('Concierge in the tower block')).toEqual(['Concierge']);
  });

  it('is never cut inside a phrase or to a word that says too little', () => {
    expect(leadingPhrases('Offener Jugendtreff')).toEqual([]);
    expect(leadingPhrases('Grün auf Abrissflächen')).toEqual([]);
  });
});
