/**
 * Fits the 1920 × 1080 layout to the projector at hand. Topbar, panel and overlays are zoomed by the screen's height
 * (a 1280 × 800 or 1024 × 768 projector shows them as the 1080p one would, only with fewer pixels), and the board
 * column is as wide as keeps the board at its full height, so board and panel share the width.
 */
import { BOARD, MIN_BOARD_WIDTH } from '../board/plan';

/** The layout's design: 1920 × 1080 with a 104 px topbar; below 1440 design pixels of width the panel would be too narrow. */
const DESIGN = { height: 1080, narrowest: 1440, topbar: 104 };
/** The board's share of the width at 1920 × 1080 (1080 of 1920); narrower screens keep it, wider ones give the rest to the panel. */
const BOARD_SHARE = BOARD.width / 1920;

export interface ScreenFit {
  /** The CSS zoom of topbar, panel and overlays: 1 at 1080 lines and more, less on smaller screens. */
  zoom: number;
  /** Width of the board column in CSS pixels. */
  boardWidth: number;
}

export function screenFit(width: number, height: number): ScreenFit {
  const zoom = Math.min(1, height / DESIGN.height, width / DESIGN.narrowest);
  // The board fills its region's height at this scale; its plan is 800 to 1080 board pixels wide.
  const scale = (height - DESIGN.topbar * zoom) / BOARD.height;
  const boardWidth = Math.min(BOARD.width * scale, Math.max(width * BOARD_SHARE, MIN_BOARD_WIDTH * scale));
  return { zoom, boardWidth: Math.ceil(boardWidth) };
}

/** Keeps the CSS variables that style.css lays the screen out by (--ui-zoom, --board-width) fitted to the window. */
export function fitToScreen(root: HTMLElement): void {
  const apply = () => {
    const { zoom, boardWidth } = screenFit(window.innerWidth, window.innerHeight);
    root.style.setProperty('--ui-zoom', String(zoom));
    root.style.setProperty('--board-width', `${boardWidth}px`);
  };
  apply();
  window.addEventListener('resize', apply);
}
