import { describe, expect, it } from 'vitest';
import { PAPER, TONES, contrast, inkOn, judging, luminance, mix, neutral } from '../../src/board/colourScale';

describe('the colour scales of the board', () => {
  it('judges from orange (worse) through light (unchanged) to blue (better), and clamps outside 0–1', () => {
    expect(judging(0)).toBe(0xb35806);
    expect(judging(1)).toBe(0x2166ac);
    expect(judging(-3)).toBe(judging(0));
    expect(judging(7)).toBe(judging(1));
    // Not a number is no change: the light middle.
    expect(judging(Number.NaN)).toBe(judging(0.5));
    const [r, , b] = [(judging(0.1) >> 16) & 255, 0, judging(0.1) & 255];
    expect(r).toBeGreaterThan(b);
    expect(judging(0.9) & 255).toBeGreaterThan((judging(0.9) >> 16) & 255);
  });

  it('is lightest where nothing changed and darker towards both ends, so the ends also differ in greyscale', () => {
    const middle = luminance(judging(0.5));
    for (let i = 0; i <= 20; i++) if (i !== 10) expect(luminance(judging(i / 20))).toBeLessThan(middle);
    for (let i = 1; i <= 10; i++) expect(luminance(judging(i / 20))).toBeGreaterThan(luminance(judging((i - 1) / 20)));
    for (let i = 11; i <= 20; i++) expect(luminance(judging(i / 20))).toBeLessThan(luminance(judging((i - 1) / 20)));
  });

  it('has one neutral hue that darkens from less to more, neither orange nor blue', () => {
    const steps = Array.from({ length: 21 }, (_, i) => luminance(neutral(i / 20)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeLessThan(steps[i - 1]!);
  });

  it('mixes colours channel by channel', () => {
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x102030, 0x405060, 0)).toBe(0x102030);
    expect(mix(0x102030, 0x405060, 1)).toBe(0x405060);
  });

  it('writes paper on the dark ends and black in the light middle', () => {
    expect(inkOn(judging(0))).toBe(PAPER);
    expect(inkOn(judging(1))).toBe(PAPER);
    expect(inkOn(judging(0.5))).toBe(0x000000);
  });

  it('keeps labels at a contrast of at least 4.5 : 1 anywhere on both scales', () => {
    for (let i = 0; i <= 50; i++) {
      for (const bg of [judging(i / 50), neutral(i / 50)]) expect(contrast(bg, inkOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the white arrows of trend marks legible on their tones', () => {
    for (const tone of Object.values(TONES)) expect(contrast(tone, PAPER)).toBeGreaterThanOrEqual(4.5);
  });
});
