/** Households moving in and out between years, as dots: how many, and the path each one takes. */
import type { Explanation } from '../sim/explain';
import { nearestEdge, type Point, type Rect } from './layout';

export interface DistrictFlow {
  id: string;
  /** Households that left the neighbourhood's district this year (positive). */
  out: number;
  /** Households that moved in. */
  in: number;
}

/** The year's out- and in-migration per district, from the causes of the change in households. */
export function flowsFromReview(review: Explanation | undefined, ids: readonly string[]): DistrictFlow[] {
  return ids.map((id) => {
    const households = review?.districts[id]?.households ?? {};
    return { id, out: Math.max(0, -(households['flow:outMigration'] ?? 0)), in: Math.max(0, households['flow:inMigration'] ?? 0) };
  });
}

/** Households per dot, in steps people can count with; the smallest that keeps the dots under the cap. */
const STEPS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

export interface DotCounts {
  perDot: number;
  districts: { id: string; out: number; in: number }[];
}

/** Dots for each district's flows: proportional to the households, at most `maxDots` in all. */
export function dotCounts(flows: readonly DistrictFlow[], options: { minPerDot?: number; maxDots?: number } = {}): DotCounts {
  const minPerDot = options.minPerDot ?? 25;
  const maxDots = options.maxDots ?? 240;
  const count = (perDot: number) => flows.map((f) => ({ id: f.id, out: Math.round(f.out / perDot), in: Math.round(f.in / perDot) }));
  const total = (ds: DotCounts['districts']) => ds.reduce((s, d) => s + d.out + d.in, 0);
  const steps = STEPS.filter((s) => s >= minPerDot);
  for (const perDot of steps) {
    const districts = count(perDot);
    if (total(districts) <= maxDots) return { perDot, districts };
  }
  const perDot = steps[steps.length - 1] ?? minPerDot;
  return { perDot, districts: count(perDot) };
}

/** A small seeded generator (mulberry32): the same year draws the same dots, so screenshots repeat. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DotPath {
  from: Point;
  to: Point;
  /** Start delay as a share of the stagger window, 0 to 1. */
  delay: number;
  direction: 'out' | 'in';
}

/**
 * Paths for one district's dots: out of a random point in the district to the nearest edge of the board,
 * or in from that edge; spread along the edge so they read as a stream, not a line.
 */
export function dotPaths(area: Rect, bounds: Rect, out: number, into: number, random: () => number, spread = 80): DotPath[] {
  const inside = (): Point => ({ x: area.x + random() * area.width, y: area.y + random() * area.height });
  const edge = (p: Point): Point => {
    const e = nearestEdge(p, bounds);
    const along = (random() - 0.5) * spread;
    const vertical = e.x === bounds.x || e.x === bounds.x + bounds.width;
    return vertical
      ? { x: e.x, y: Math.min(bounds.y + bounds.height, Math.max(bounds.y, e.y + along)) }
      : { x: Math.min(bounds.x + bounds.width, Math.max(bounds.x, e.x + along)), y: e.y };
  };
  const paths: DotPath[] = [];
  for (let i = 0; i < out; i++) {
    const p = inside();
    paths.push({ from: p, to: edge(p), delay: random(), direction: 'out' });
  }
  for (let i = 0; i < into; i++) {
    const p = inside();
    paths.push({ from: edge(p), to: p, delay: random(), direction: 'in' });
  }
  return paths;
}

/** A dot's opacity along its way: leaving dots fade as they reach the edge, arriving ones appear at the edge and sink into the district. */
export function dotAlpha(direction: DotPath['direction'], progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  if (direction === 'out') return p < 0.6 ? 1 : (1 - p) / 0.4;
  if (p < 0.15) return p / 0.15;
  return p > 0.85 ? (1 - p) / 0.15 : 1;
}
