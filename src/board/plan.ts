/**
 * The board's plan in board pixels: 976 high (the #board region at 1920 × 1080) and 1080 wide there; on narrower
 * screens (16:10, 4:3) as narrow as 800, so the board keeps its height and the panel keeps room. Bands for headline,
 * map, strip and legend.
 */
import type { Rect } from './layout';

export const BOARD = { width: 1080, height: 976 };
/** The narrowest plan: the 4:3 screen's share of the width (see src/app/screenFit.ts). */
export const MIN_BOARD_WIDTH = 800;
export const HEADLINE = { x: 24, y: 10, size: 58 };

/** Where the bands sit for one width of the board. */
export interface Plan {
  width: number;
  height: number;
  map: Rect;
  /** Measures on the whole neighbourhood, one row under the map; the key to the trend marks at its right end. */
  strip: Rect;
  /** The legend's top left, line height and number of lines: three on the full-width board, five on a narrower one. */
  legend: { x: number; y: number; line: number; lines: number; wide: boolean };
  /** The indicator picker (DOM) stands over the colour scale as its title. */
  picker: { x: number; y: number };
}

const LEGEND_LINE = 36;

/** The plan for a board `width` wide (clamped to 800–1080): the legend takes two more lines below 1080, and the map gives them up. */
export function boardPlan(width: number): Plan {
  const w = Math.round(Math.min(BOARD.width, Math.max(MIN_BOARD_WIDTH, width)));
  // Beside the colour scale (three lines) the key needs the whole 1080; narrower, part of it goes under the scale.
  const wide = w >= BOARD.width;
  const lines = wide ? 3 : 5;
  const legendY = BOARD.height - 2 - LEGEND_LINE * lines;
  const strip: Rect = { x: 24, y: legendY - 44, width: w - 48, height: 34 };
  const mapTop = 88;
  return {
    width: w,
    height: BOARD.height,
    map: { x: 12, y: mapTop, width: w - 24, height: strip.y - 8 - mapTop },
    strip,
    legend: { x: 24, y: legendY, line: LEGEND_LINE, lines, wide },
    picker: { x: 24, y: legendY - 8 },
  };
}

/** Clean sans-serif, as the DOM panels use. */
export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
export const BACKGROUND = 0xe8e4da;

/**
 * Badges: one line is `height` high; a name too long for its district wraps onto up to districtLines lines (the
 * strip under the map has one), and never is cut off: what does not fit joins the "+n" badge.
 */
export const BADGE = { font: 20, height: 30, padX: 9, padY: 4, lineSpacing: -2, lineHeight: 22, gap: 6, radius: 6, districtLines: 2, stripLines: 1 };
/** The trend mark in a district's top right corner: a square `size` wide, and `gap` between it and the name or value. */
export const MARK = { size: 36, gap: 8, ring: 3 };
/**
 * Names shrink to minOneLineSize to share a line with the value (valueWidth reserved), to minNameSize on a
 * line of their own, and only in very narrow districts wrap and go down to smallestNameSize.
 */
export const DISTRICT = { pad: 10, nameSize: 32, minOneLineSize: 26, minNameSize: 20, smallestNameSize: 16, valueSize: 24, valueWidth: 86, lineGap: 2, border: 3 };
