/** The board's plan in board pixels (1080 × 976, the #board region at 1920 × 1080): bands for headline, map, strip and legend. */
import type { Rect } from './layout';

export const BOARD = { width: 1080, height: 976 };
export const HEADLINE = { x: 24, y: 10, size: 58 };
export const MAP: Rect = { x: 12, y: 88, width: 1056, height: 726 };
/** Measures on the whole neighbourhood, one row under the map. */
export const STRIP: Rect = { x: 24, y: 822, width: 1032, height: 34 };
export const LEGEND = { x: 24, y: 866, line: 36 };
/** The indicator picker (DOM) stands over the colour scale as its title, in board pixels. */
export const PICKER = { x: LEGEND.x, y: LEGEND.y - 8 };

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
