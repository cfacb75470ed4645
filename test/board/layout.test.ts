import { describe, expect, it } from 'vitest';
import { blockGrid, dashedOutline, districtRects, flowBoxes, hatchLines, minBlockHeight, nearestEdge, type Rect } from '../../src/board/layout';

const area: Rect = { x: 10, y: 100, width: 1000, height: 800 };
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 1e-9 && r.y >= outer.y - 1e-9 && r.x + r.width <= outer.x + outer.width + 1e-9 && r.y + r.height <= outer.y + outer.height + 1e-9;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('where districts sit on the board', () => {
  it("stretches the scenario's map so its bounding box fills the area, keeping a gap between districts", () => {
    const rects = districtRects(
      [
        { id: 'a', map: { x: 10, y: 10, width: 40, height: 40 } },
        { id: 'b', map: { x: 50, y: 50, width: 40, height: 40 } },
      ],
      area,
      6,
    );
    expect(rects.get('a')).toEqual({ x: 13, y: 103, width: 494, height: 394 });
    expect(rects.get('b')).toEqual({ x: 513, y: 503, width: 494, height: 394 });
  });

  it('lays all districts out in a grid when one has no map', () => {
    const places = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const rects = [...districtRects([...places.slice(0, 4), { id: 'e', map: { x: 0, y: 0, width: 10, height: 10 } }], area).values()];
    expect(rects).toHaveLength(5);
    for (const r of rects) expect(inside(r, area)).toBe(true);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
  });

  it('has nothing to lay out for no districts', () => {
    expect(districtRects([], area).size).toBe(0);
  });
});

describe('blocks of flats in a district', () => {
  it('gives every slot a block inside the area, none overlapping', () => {
    for (const slots of [1, 6, 12, 46]) {
      const box: Rect = { x: 0, y: 0, width: 380, height: 110 };
      const blocks = blockGrid(box, slots);
      expect(blocks).toHaveLength(slots);
      for (const b of blocks) expect(inside(b, box)).toBe(true);
      for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) expect(overlap(blocks[i]!, blocks[j]!)).toBe(false);
    }
  });

  it('draws slabs no taller than wide, not slivers, and no bigger than the largest block', () => {
    for (const box of [{ x: 0, y: 0, width: 140, height: 25 }, { x: 0, y: 0, width: 90, height: 120 }, { x: 0, y: 0, width: 600, height: 400 }]) {
      for (const b of blockGrid(box, 6)) {
        expect(b.height).toBeLessThanOrEqual(b.width);
        expect(b.width / b.height).toBeLessThanOrEqual(2.8 + 1e-9);
        expect(b.width).toBeLessThanOrEqual(44);
        expect(b.height).toBeLessThanOrEqual(22);
      }
    }
  });

  it('has no blocks for no slots or no room', () => {
    expect(blockGrid({ x: 0, y: 0, width: 100, height: 100 }, 0)).toEqual([]);
    expect(blockGrid({ x: 0, y: 0, width: 0, height: 100 }, 5)).toEqual([]);
  });

  it('knows the height a grid needs at its smallest legible size', () => {
    expect(minBlockHeight(100, 0)).toBe(0);
    expect(minBlockHeight(100, 6)).toBe(9);
    expect(minBlockHeight(100, 7)).toBe(21);
  });

  it('hatches a block with diagonal lines that stay inside it', () => {
    const r: Rect = { x: 5, y: 7, width: 30, height: 16 };
    const lines = hatchLines(r, 5);
    expect(lines.length).toBeGreaterThan(5);
    for (const [a, b] of lines) {
      for (const p of [a, b]) {
        expect(p.x).toBeGreaterThanOrEqual(r.x - 1e-9);
        expect(p.x).toBeLessThanOrEqual(r.x + r.width + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(r.y - 1e-9);
        expect(p.y).toBeLessThanOrEqual(r.y + r.height + 1e-9);
      }
      expect(b.x - a.x).toBeCloseTo(b.y - a.y);
    }
  });

  it('dashes a proposal badge all the way round, on its outline', () => {
    const r: Rect = { x: 0, y: 0, width: 40, height: 20 };
    const dashes = dashedOutline(r, 7, 4);
    const drawn = dashes.reduce((s, [a, b]) => s + Math.hypot(b.x - a.x, b.y - a.y), 0);
    expect(drawn).toBeGreaterThan(120 * 0.55);
    expect(drawn).toBeLessThan(120);
    for (const [a] of dashes) expect(a.x === 0 || a.x === 40 || a.y === 0 || a.y === 20).toBe(true);
  });
});

describe('badges flowing in rows', () => {
  const one = (width: number) => ({ width, height: 30 });
  const more = { width: 40, height: 30 };

  it('places everything that fits, row by row, a row as tall as its tallest badge', () => {
    const flow = flowBoxes([one(100), { width: 100, height: 52 }, one(100)], 250, 200, 6, more);
    expect(flow.placed).toEqual([{ x: 0, y: 0 }, { x: 106, y: 0 }, { x: 0, y: 58 }]);
    expect(flow.hidden).toBe(0);
  });

  it('sums up what does not fit in a "+n" badge that itself fits', () => {
    const flow = flowBoxes([one(100), one(100), one(100), one(100)], 250, 30, 6, more);
    expect(flow.placed).toEqual([{ x: 0, y: 0 }, undefined, undefined, undefined]);
    expect(flow.hidden).toBe(3);
    expect(flow.moreAt).toEqual({ x: 106, y: 0 });
  });

  it('counts a badge too wide or too tall for the area in the "+n", and still shows the others', () => {
    const flow = flowBoxes([{ width: 100, height: 52 }, one(300), one(100)], 250, 30, 6, more);
    expect(flow.placed).toEqual([undefined, undefined, { x: 0, y: 0 }]);
    expect(flow.hidden).toBe(2);
    expect(flow.moreAt).toEqual({ x: 106, y: 0 });
  });

  it('shows only "+n" when not even one badge fits beside it, and nothing without room', () => {
    expect(flowBoxes([one(200)], 210, 30, 6, more)).toMatchObject({ placed: [{ x: 0, y: 0 }], hidden: 0 });
    expect(flowBoxes([one(200), one(200)], 210, 30, 6, more)).toMatchObject({ placed: [undefined, undefined], hidden: 2, moreAt: { x: 0, y: 0 } });
    expect(flowBoxes([one(50)], 200, 0, 6, more)).toMatchObject({ hidden: 1 });
  });
});

describe('the edge households cross', () => {
  const bounds: Rect = { x: 0, y: 100, width: 1000, height: 600 };
  it('is the nearest side of the board', () => {
    expect(nearestEdge({ x: 20, y: 400 }, bounds)).toEqual({ x: 0, y: 400 });
    expect(nearestEdge({ x: 980, y: 400 }, bounds)).toEqual({ x: 1000, y: 400 });
    expect(nearestEdge({ x: 500, y: 120 }, bounds)).toEqual({ x: 500, y: 100 });
    expect(nearestEdge({ x: 500, y: 690 }, bounds)).toEqual({ x: 500, y: 700 });
  });
});
