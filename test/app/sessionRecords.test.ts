/** The stored log: chunks rewritten from where the log changed, and logs compared by their shared entries. */
import { describe, expect, it } from 'vitest';
import { CHUNK, changedChunks, chunksNeeded, logOfChunks, sharedPrefix, sharedPrefixByValue } from '../../src/app/sessions/sessionRecords';
import type { LogEntry } from '../../src/rules/types';

const entries = (n: number, from = 0): LogEntry[] => Array.from({ length: n }, (_, i) => ({ action: { type: 'injectEvent', event: `e${from + i}` } }));

describe('log chunks', () => {
  it('rewrite only the chunks from the one where the log changed, and read back as the same log', () => {
    const log = entries(CHUNK * 2 + 30);
    const chunks = changedChunks(log, CHUNK + 5);
    expect(chunks.map(([index]) => index)).toEqual([1, 2]);
    expect(chunks[1]![1]).toHaveLength(30);
    expect(logOfChunks(changedChunks(log, 0).map(([, c]) => c), log.length)).toEqual(log);
    expect(changedChunks(log, log.length)).toEqual([[2, log.slice(CHUNK * 2)]]);
    expect(chunksNeeded(0)).toBe(0);
    expect(chunksNeeded(CHUNK)).toBe(1);
    expect(chunksNeeded(CHUNK + 1)).toBe(2);
  });

  it('read back only as far as the record counts, whatever stale chunks lie beyond', () => {
    const log = entries(CHUNK + 10);
    expect(logOfChunks([log.slice(0, CHUNK), [...log.slice(CHUNK), ...entries(50, 900)]], log.length)).toEqual(log);
  });
});

describe('logs compared', () => {
  it('share the entries they hold as the same objects (an undo keeps the prefix, a new move is a new entry)', () => {
    const log = entries(5);
    const undone = log.slice(0, 3);
    const redone = [...undone, ...entries(2, 3)];
    expect(sharedPrefix(redone, log)).toBe(3);
    expect(sharedPrefix([...log, ...entries(1, 5)], log)).toBe(5);
    expect(sharedPrefix([], log)).toBe(0);
  });

  it('copied from another tab or the database, by value', () => {
    const log = entries(4);
    const copy = JSON.parse(JSON.stringify(log)) as LogEntry[];
    expect(sharedPrefix(copy, log)).toBe(0);
    expect(sharedPrefixByValue(copy, log)).toBe(4);
    expect(sharedPrefixByValue([...copy.slice(0, 2), ...entries(1, 7)], log)).toBe(2);
  });
});
