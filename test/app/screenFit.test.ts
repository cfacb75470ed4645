import { describe, expect, it } from 'vitest';
import { screenFit } from '../../src/app/screenFit';

describe('fitting the layout to the projector', () => {
  it('leaves 1920×1080 as it was designed: no zoom, a 1080 px board column', () => {
    expect(screenFit(1920, 1080)).toEqual({ zoom: 1, boardWidth: 1080 });
  });

  it('zooms by the height on 16:10 and 4:3 projectors, and the board keeps its 56 % of the width', () => {
    const wide = screenFit(1280, 800);
    expect(wide.zoom).toBeCloseTo(800 / 1080);
    expect(wide.boardWidth).toBe(720);
    const square = screenFit(1024, 768);
    expect(square.zoom).toBeCloseTo(768 / 1080);
    expect(square.boardWidth).toBe(576);
  });

  it('gives the board a column no narrower than its narrowest plan at full height (5:4)', () => {
    const { zoom, boardWidth } = screenFit(1280, 1024);
    const scale = (1024 - 104 * zoom) / 976;
    expect(boardWidth).toBe(Math.ceil(800 * scale));
  });

  it('never zooms above 1: a larger screen gives the board and the panel more room', () => {
    expect(screenFit(2560, 1440).zoom).toBe(1);
    expect(screenFit(1920, 1200)).toEqual({ zoom: 1, boardWidth: 1080 });
  });
});
