/** Where things sit on the board, in board pixels: districts from the scenario's map, block grids, rows of badges. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A district's place on the board in percent, as the scenario gives it. */
export interface MapPlace {
  id: string;
  map?: { x: number; y: number; width: number; height: number };
}

export function inset(r: Rect, by: number): Rect {
  return { x: r.x + by, y: r.y + by, width: Math.max(0, r.width - 2 * by), height: Math.max(0, r.height - 2 * by) };
}

/** Districts in a grid, in the scenario's order: the fallback when the scenario has no map. */
function grid(places: readonly MapPlace[], area: Rect): Map<string, Rect> {
  const n = places.length;
  const cols = Math.max(1, Math.ceil(Math.sqrt((n * area.width) / area.height)));
  const rows = Math.max(1, Math.ceil(n / cols));
  const w = area.width / cols;
  const h = area.height / rows;
  return new Map(places.map((p, i) => [p.id, { x: area.x + (i % cols) * w, y: area.y + Math.floor(i / cols) * h, width: w, height: h }]));
}

/**
 * Each district's rectangle in `area`. The scenario's map (percent of the board) is stretched so its
 * bounding box fills the area; when any district has no map, all are laid out in a grid instead.
 */
export function districtRects(places: readonly MapPlace[], area: Rect, gap = 6): Map<string, Rect> {
  if (places.length === 0) return new Map();
  const maps = places.map((p) => p.map);
  if (maps.some((m) => !m)) return new Map([...grid(places, area)].map(([id, r]) => [id, inset(r, gap / 2)]));
  const ms = maps as NonNullable<MapPlace['map']>[];
  const left = Math.min(...ms.map((m) => m.x));
  const top = Math.min(...ms.map((m) => m.y));
  const right = Math.max(...ms.map((m) => m.x + m.width));
  const bottom = Math.max(...ms.map((m) => m.y + m.height));
  const sx = area.width / Math.max(1, right - left);
  const sy = area.height / Math.max(1, bottom - top);
  return new Map(
    places.map((p, i) => {
      const m = ms[i]!;
      const r = { x: area.x + (m.x - left) * sx, y: area.y + (m.y - top) * sy, width: m.width * sx, height: m.height * sy };
      return [p.id, inset(r, gap / 2)];
    }),
  );
}

export interface BlockShape {
  /** Largest block, in board pixels: few blocks do not become huge. */
  maxWidth: number;
  maxHeight: number;
  gap: number;
}

export const BLOCK_SHAPE: BlockShape = { maxWidth: 44, maxHeight: 22, gap: 5 };

/** Blocks longer than this (width to height) read as lines, not buildings; the grid avoids them. */
const MAX_ASPECT = 2.8;

/**
 * Positions for `slots` blocks in `area`: the column count that gives the largest blocks, each block
 * no taller than wide (a slab, as the estates were built) and not a sliver, rows filled from the top left.
 */
export function blockGrid(area: Rect, slots: number, shape: BlockShape = BLOCK_SHAPE): Rect[] {
  if (slots <= 0 || area.width <= 0 || area.height <= 0) return [];
  let best = { cols: 1, w: 0, h: 0 };
  for (let cols = 1; cols <= slots; cols++) {
    const rows = Math.ceil(slots / cols);
    const cellW = (area.width + shape.gap) / cols - shape.gap;
    const cellH = (area.height + shape.gap) / rows - shape.gap;
    const w = Math.min(cellW, shape.maxWidth);
    const h = Math.min(cellH, shape.maxHeight, w);
    const score = (bw: number, bh: number) => bw * bh * Math.min(1, MAX_ASPECT / (bw / bh));
    if (w > 0 && h > 0 && (best.w === 0 || score(w, h) > score(best.w, best.h))) best = { cols, w, h };
  }
  const { cols, w, h } = best;
  if (w <= 0 || h <= 0) return [];
  return Array.from({ length: slots }, (_, i) => ({
    x: area.x + (i % cols) * (w + shape.gap),
    y: area.y + Math.floor(i / cols) * (h + shape.gap),
    width: w,
    height: h,
  }));
}

/** Height a block grid needs at its smallest legible size: badges never squeeze the blocks below it. */
export function minBlockHeight(width: number, slots: number, block = { width: 14, height: 9, gap: 3 }): number {
  if (slots <= 0) return 0;
  const cols = Math.max(1, Math.floor((width + block.gap) / (block.width + block.gap)));
  return Math.ceil(slots / cols) * (block.height + block.gap) - block.gap;
}

export interface Size {
  width: number;
  height: number;
}

export interface Flow {
  /** Top-left corner of each item, in input order; undefined for items that did not fit. */
  placed: (Point | undefined)[];
  /** How many items did not fit; they are summed up in a "+n" item placed at `moreAt`. */
  hidden: number;
  moreAt?: Point;
}

/**
 * Flows items (badges of one or more lines) into rows of `width`, a row as tall as its tallest item, within `height`.
 * When some do not fit, the last ones give way to a "+n" item of size `more`, so the reader knows there is more.
 * An item wider than `width` or taller than `height` never fits.
 */
export function flowBoxes(sizes: readonly Size[], width: number, height: number, gap: number, more: Size): Flow {
  /** Top-left corners for items of these sizes, or undefined when they do not all fit. */
  const place = (items: readonly Size[]): Point[] | undefined => {
    const out: Point[] = [];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const item of items) {
      if (item.width > width) return undefined;
      if (x > 0 && x + item.width > width) {
        y += rowHeight + gap;
        x = 0;
        rowHeight = 0;
      }
      if (y + item.height > height) return undefined;
      out.push({ x, y });
      x += item.width + gap;
      rowHeight = Math.max(rowHeight, item.height);
    }
    return out;
  };
  const all = place(sizes);
  if (all) return { placed: all, hidden: 0 };
  // Not all fit: in order, each badge is placed that still fits with the "+n" after it, and any other is skipped, so a
  // long one does not hide the short ones after it.
  const kept: number[] = [];
  for (let i = 0; i < sizes.length; i++) if (place([...kept.map((k) => sizes[k]!), sizes[i]!, more])) kept.push(i);
  const points = place([...kept.map((k) => sizes[k]!), more]);
  if (points) {
    const moreAt = points.pop()!;
    const placed: (Point | undefined)[] = sizes.map(() => undefined);
    kept.forEach((k, n) => {
      placed[k] = points[n];
    });
    return { placed, hidden: sizes.length - kept.length, moreAt };
  }
  return { placed: [], hidden: sizes.length };
}

/** The point on the edge of `bounds` nearest to `p`: where a household leaving a district crosses the board's edge. */
export function nearestEdge(p: Point, bounds: Rect): Point {
  const d = [p.x - bounds.x, bounds.x + bounds.width - p.x, p.y - bounds.y, bounds.y + bounds.height - p.y];
  const m = Math.min(...d);
  if (m === d[0]) return { x: bounds.x, y: p.y };
  if (m === d[1]) return { x: bounds.x + bounds.width, y: p.y };
  if (m === d[2]) return { x: p.x, y: bounds.y };
  return { x: p.x, y: bounds.y + bounds.height };
}

/** Dash segments along a rectangle's outline: the tentative look of a proposal not yet decided. */
export function dashedOutline(r: Rect, dash: number, gap: number): [Point, Point][] {
  const corners: Point[] = [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ];
  const out: [Point, Point][] = [];
  for (let i = 0; i < 4; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % 4]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    for (let s = 0; s < length; s += dash + gap) {
      const e = Math.min(length, s + dash);
      out.push([{ x: a.x + ux * s, y: a.y + uy * s }, { x: a.x + ux * e, y: a.y + uy * e }]);
    }
  }
  return out;
}

/** Diagonal hatch lines clipped to a rectangle: unrenovated blocks are hatched, renovated ones solid. */
export function hatchLines(r: Rect, spacing: number): [Point, Point][] {
  const out: [Point, Point][] = [];
  // Lines x - y = c, from the top-left corner's diagonal outwards; each is clipped to the rectangle.
  for (let c = -r.height + spacing; c < r.width; c += spacing) {
    const x0 = Math.max(0, c);
    const y0 = x0 - c;
    const x1 = Math.min(r.width, c + r.height);
    const y1 = x1 - c;
    if (x1 - x0 > 0.5) out.push([{ x: r.x + x0, y: r.y + y0 }, { x: r.x + x1, y: r.y + y1 }]);
  }
  return out;
}
