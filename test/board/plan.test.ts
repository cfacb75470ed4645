import { describe, expect, it } from 'vitest';
import { sharedLead, shortNames } from '../../src/board/districtNames';
import { BOARD, boardPlan, MIN_BOARD_WIDTH } from '../../src/board/plan';

describe("the board's plan for a width", () => {
  it('is the 1920×1080 plan at full width: legend on three lines, the map 726 high', () => {
    const plan = boardPlan(BOARD.width);
    expect(plan).toMatchObject({ width: 1080, height: 976, map: { x: 12, y: 88, width: 1056, height: 726 }, strip: { y: 822, width: 1032 } });
    expect(plan.legend).toEqual({ x: 24, y: 866, line: 36, lines: 3, wide: true });
    expect(plan.picker).toEqual({ x: 24, y: 858 });
  });

  it('narrower, gives the legend two more lines from the map and keeps every band inside the board', () => {
    for (const width of [MIN_BOARD_WIDTH, 900, 1079]) {
      const plan = boardPlan(width);
      expect(plan.legend.wide).toBe(false);
      expect(plan.map.height).toBe(726 - 72);
      expect(plan.legend.lines).toBe(5);
      expect(plan.map.x + plan.map.width).toBeLessThanOrEqual(plan.width);
      expect(plan.strip.y).toBeGreaterThanOrEqual(plan.map.y + plan.map.height);
      expect(plan.legend.y).toBeGreaterThan(plan.strip.y + plan.strip.height);
      expect(plan.legend.y + 5 * plan.legend.line).toBeLessThanOrEqual(plan.height);
    }
  });

  it('keeps the width between 800 and 1080 board pixels', () => {
    expect(boardPlan(500).width).toBe(MIN_BOARD_WIDTH);
    expect(boardPlan(2000).width).toBe(BOARD.width);
    expect(boardPlan(954.4).width).toBe(954);
  });
});

describe('short names of districts for narrow tiles', () => {
  it('leave out the words all names start with', () => {
    expect(sharedLead(['Complex 1', 'Complex 5.2', 'Complex 8'])).toBe('Complex ');
    expect(shortNames(['WK 1', 'WK 5.2'])).toEqual(['1', '5.2']);
  });

  it('keep names that share no first word, or where one name would be left empty', () => {
    expect(shortNames(['Volkmarsdorf', 'Reudnitz (north)'])).toEqual(['Volkmarsdorf', 'Reudnitz (north)']);
    expect(shortNames(['Grünau', 'Grünau Nord'])).toEqual(['Grünau', 'Grünau Nord']);
    expect(shortNames(['Old town', 'Old town east'])).toEqual(['town', 'town east']);
    expect(shortNames(['Centre'])).toEqual(['Centre']);
  });
});
