/** The board draws each district in its map rectangle (percent of the board): rectangles must fit and not cover each other. */
import type { Finding } from '../findings';
import type { Scenario } from '../schema';

type Rect = { x: number; y: number; width: number; height: number };
// Shared borders written with rounded figures are no overlap.
const EPSILON = 0.01;

export function boardFindings(s: Scenario): Finding[] {
  const placed = s.districts.flatMap((d, i) => (d.map ? [{ id: d.id, i, map: d.map }] : []));
  if (placed.length === 0) return [];
  const missing = s.districts.filter((d) => !d.map).map((d) => d.id);
  return [
    ...placed.flatMap(({ id, i, map }): Finding[] => {
      const right = map.x + map.width;
      const bottom = map.y + map.height;
      if (right <= 100 + EPSILON && bottom <= 100 + EPSILON) return [];
      return [{ path: ['districts', i, 'map'], at: 'value', detail: { code: 'mapOutside', district: id, right, bottom } }];
    }),
    ...placed.flatMap((a, k) =>
      placed
        .slice(0, k)
        .filter((b) => overlaps(a.map, b.map))
        .map((b): Finding => ({ path: ['districts', a.i, 'map'], at: 'value', detail: { code: 'mapOverlap', district: a.id, other: b.id } })),
    ),
    ...(missing.length > 0 ? [{ path: ['districts'], at: 'key', detail: { code: 'mapPartial', missing } } satisfies Finding] : []),
  ];
}

function overlaps(a: Rect, b: Rect): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > EPSILON && down > EPSILON;
}
