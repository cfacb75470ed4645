import { describe, expect, it } from 'vitest';
import { dotAlpha, dotCounts, dotPaths, flowsFromReview, seededRandom } from '../../src/board/flows';
import type { Explanation } from '../../src/sim/explain';

const review: Explanation = {
  neighbourhood: {},
  districts: {
    a: { households: { 'flow:outMigration': -606.5, 'flow:inMigration': 423.9, 'flow:deaths': -45 } },
    b: { households: { 'flow:outMigration': -79.4 } },
    c: {},
  },
};

describe('households moving between years', () => {
  it('are read from the causes of the change in households', () => {
    expect(flowsFromReview(review, ['a', 'b', 'c', 'd'])).toEqual([
      { id: 'a', out: 606.5, in: 423.9 },
      { id: 'b', out: 79.4, in: 0 },
      { id: 'c', out: 0, in: 0 },
      { id: 'd', out: 0, in: 0 },
    ]);
    expect(flowsFromReview(undefined, ['a'])).toEqual([{ id: 'a', out: 0, in: 0 }]);
  });

  it('become dots in proportion, 25 households each while they fit under the cap', () => {
    const counts = dotCounts(flowsFromReview(review, ['a', 'b']));
    expect(counts.perDot).toBe(25);
    expect(counts.districts).toEqual([
      { id: 'a', out: 24, in: 17 },
      { id: 'b', out: 3, in: 0 },
    ]);
  });

  it('take a rounder, larger unit per dot when the year moves many households, never more than the cap', () => {
    const big = [{ id: 'x', out: 9000, in: 7000 }];
    const counts = dotCounts(big, { maxDots: 240 });
    expect(counts.perDot).toBe(100);
    expect(counts.districts[0]!.out + counts.districts[0]!.in).toBeLessThanOrEqual(240);
  });

  it('leave through the nearest edge and arrive from it, starting inside the district', () => {
    const area = { x: 10, y: 300, width: 50, height: 100 };
    const bounds = { x: 0, y: 80, width: 1080, height: 730 };
    const paths = dotPaths(area, bounds, 5, 3, seededRandom(1));
    expect(paths.filter((p) => p.direction === 'out')).toHaveLength(5);
    expect(paths.filter((p) => p.direction === 'in')).toHaveLength(3);
    for (const p of paths) {
      const inDistrict = p.direction === 'out' ? p.from : p.to;
      const atEdge = p.direction === 'out' ? p.to : p.from;
      expect(inDistrict.x).toBeGreaterThanOrEqual(10);
      expect(inDistrict.x).toBeLessThanOrEqual(60);
      expect(atEdge.x).toBe(0);
      expect(p.delay).toBeGreaterThanOrEqual(0);
      expect(p.delay).toBeLessThan(1);
    }
  });

  it('draw the same dots for the same year', () => {
    const area = { x: 0, y: 0, width: 10, height: 10 };
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    expect(dotPaths(area, bounds, 4, 4, seededRandom(1998))).toEqual(dotPaths(area, bounds, 4, 4, seededRandom(1998)));
  });

  it('fade where they leave or reach the district', () => {
    expect(dotAlpha('out', 0)).toBe(1);
    expect(dotAlpha('out', 1)).toBe(0);
    expect(dotAlpha('in', 0)).toBe(0);
    expect(dotAlpha('in', 0.5)).toBe(1);
    expect(dotAlpha('in', 1)).toBe(0);
  });
});
