import { describe, expect, it } from 'vitest';
import { FLATS_PER_BLOCK, blockChanges, blockCounts, blockSlots } from '../../src/board/blocks';

describe('blocks of flats', () => {
  it('stand for about 200 flats each, renovated and unrenovated in proportion', () => {
    expect(FLATS_PER_BLOCK).toBe(200);
    expect(blockCounts({ renovated: 1200, unrenovated: 8000 })).toEqual({ renovated: 6, unrenovated: 40 });
    expect(blockCounts({ renovated: 0, unrenovated: 0 })).toEqual({ renovated: 0, unrenovated: 0 });
  });

  it('keep at least one block while any flats stand', () => {
    expect(blockCounts({ renovated: 30, unrenovated: 20 })).toEqual({ renovated: 0, unrenovated: 1 });
  });

  it('fill the slots renovated first, then unrenovated, then empty', () => {
    expect(blockSlots({ renovated: 400, unrenovated: 600 }, 7)).toEqual(['renovated', 'renovated', 'unrenovated', 'unrenovated', 'unrenovated', null, null]);
  });

  it('grow the slots when new building exceeds the capacity', () => {
    expect(blockSlots({ renovated: 800, unrenovated: 0 }, 2)).toHaveLength(4);
  });

  it('vanish from the end when flats are demolished, and turn solid where they are renovated', () => {
    const before = blockSlots({ renovated: 400, unrenovated: 1000 }, 7);
    const after = blockSlots({ renovated: 600, unrenovated: 400 }, 7);
    expect(blockChanges(before, after)).toEqual({ removed: [5, 6], added: [], renovated: [2] });
  });

  it('appear in empty slots when flats are built', () => {
    const before = blockSlots({ renovated: 200, unrenovated: 200 }, 4);
    const after = blockSlots({ renovated: 600, unrenovated: 200 }, 4);
    expect(blockChanges(before, after)).toEqual({ removed: [], added: [2, 3], renovated: [1] });
  });
});
