/** Blocks of flats as the board draws them: one block for about FLATS_PER_BLOCK flats, renovated ones first. */

export const FLATS_PER_BLOCK = 200;

export type Block = 'renovated' | 'unrenovated';
/** What each slot of a district's block grid shows; null is an empty slot (demolished or never built). */
export type Slots = (Block | null)[];

export interface Flats {
  renovated: number;
  unrenovated: number;
}

/** Blocks for a district's flats: proportional to the flats, and at least one while any flats stand. */
export function blockCounts(flats: Flats): { renovated: number; unrenovated: number } {
  const all = Math.max(0, flats.renovated) + Math.max(0, flats.unrenovated);
  const total = all > 0 ? Math.max(1, Math.round(all / FLATS_PER_BLOCK)) : 0;
  const renovated = Math.min(total, Math.round(Math.max(0, flats.renovated) / FLATS_PER_BLOCK));
  return { renovated, unrenovated: total - renovated };
}

/**
 * The district's slots: renovated blocks first, then unrenovated ones, then empty slots. Demolition takes
 * unrenovated flats first, so demolished blocks vanish from the end and the rest stay where they were.
 */
export function blockSlots(flats: Flats, capacity: number): Slots {
  const { renovated, unrenovated } = blockCounts(flats);
  const size = Math.max(capacity, renovated + unrenovated);
  return Array.from({ length: size }, (_, i) => (i < renovated ? 'renovated' : i < renovated + unrenovated ? 'unrenovated' : null));
}

export interface BlockChanges {
  /** Slots whose block was demolished. */
  removed: number[];
  /** Slots where a block now stands that did not before. */
  added: number[];
  /** Slots whose block was renovated. */
  renovated: number[];
}

/** What changed between two years' slots of one district. */
export function blockChanges(before: Slots, after: Slots): BlockChanges {
  const out: BlockChanges = { removed: [], added: [], renovated: [] };
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i] ?? null;
    const b = after[i] ?? null;
    if (a && !b) out.removed.push(i);
    else if (!a && b) out.added.push(i);
    else if (a === 'unrenovated' && b === 'renovated') out.renovated.push(i);
  }
  return out;
}
