import { describe, expect, it } from 'vitest';
import { PAPER, contrast, inkOn, luminance, mix, viridis } from '../../src/board/colourScale';

describe('the colour scale of the board', () => {
  it('runs from viridis dark violet to yellow and clamps outside 0–1', () => {
    expect(viridis(0)).toBe(0x440154);
    expect(viridis(1)).toBe(0xfde725);
    expect(viridis(-3)).toBe(viridis(0));
    expect(viridis(7)).toBe(viridis(1));
    expect(viridis(Number.NaN)).toBe(viridis(0));
  });

  it('gets lighter all the way, so it also reads in greyscale and with colour-vision deficiencies', () => {
    const steps = Array.from({ length: 21 }, (_, i) => luminance(viridis(i / 20)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
  });

  it('mixes colours channel by channel', () => {
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x102030, 0x405060, 0)).toBe(0x102030);
    expect(mix(0x102030, 0x405060, 1)).toBe(0x405060);
  });

  it('writes paper on the dark end and ink on the light end of the scale', () => {
    expect(inkOn(viridis(0))).toBe(PAPER);
    expect(inkOn(viridis(1))).toBe(0x000000);
  });

  it('keeps labels at a contrast of at least 4.5 : 1 anywhere on the scale', () => {
    for (let i = 0; i <= 50; i++) {
      const bg = viridis(i / 50);
      expect(contrast(bg, inkOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
