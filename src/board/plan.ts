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
  /** Measures on the whole neighbourhood, one row under the map. */
  strip: Rect;
  /** The legend's top left and line height; `wide` puts it on three lines, else it needs five. */
  legend: { x: number; y: number; line: number; wide: boolean };
  /** The indicator picker (DOM) stands over the colour scale as its title. */
  picker: { x: number; y: number };
}

const LEGEND_LINE = 36;

/** The plan for a board `width` wide (clamped to 800–1080): the legend takes two more lines below 1080, and the map gives them up. */
export function boardPlan(width: number): Plan {
  const w = Math.round(Math.min(BOARD.width, Math.max(MIN_BOARD_WIDTH, width)));
  // The legend's three columns need the whole 1080; narrower, its key moves under the colour scale.
  const wide = w >= BOARD.width;
  const legendY = BOARD.height - 2 - LEGEND_LINE * (wide ? 3 : 5);
  const strip: Rect = { x: 24, y: legendY - 44, width: w - 48, height: 34 };
  const mapTop = 88;
  return {
    width: w,
    height: BOARD.height,
    map: { x: 12, y: mapTop, width: w - 24, height: strip.y - 8 - mapTop },
    strip,
    legend: { x: 24, y: legendY, line: LEGEND_LINE, wide },
    picker: { x: 24, y: legendY - 8 },
  };
}

/** Clean sans-serif, as the DOM panels use. */
export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
export const BACKGROUND = 0xe8e4da;

/** Badge names are shortened to whole words within districtChars on districts, stripChars in the roomier strip. */
export const BADGE = { font: 20, height: 30, padX: 9, gap: 6, radius: 6, districtChars: 20, stripChars: 30 };
/**
 * Names shrink to minOneLineSize to share a line with the value (valueWidth reserved), to minNameSize on a
 * line of their own, and only in very narrow districts wrap and go down to smallestNameSize.
 */
export const DISTRICT = { pad: 10, nameSize: 32, minOneLineSize: 26, minNameSize: 20, smallestNameSize: 16, valueSize: 24, valueWidth: 86, lineGap: 2, border: 3 };
