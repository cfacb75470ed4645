/** The journal says what the database may not hold yet; a reload uses it only where it goes beyond the database's record. */
import { describe, expect, it } from 'vitest';
import { newerJournal, withJournal, type Journal } from '../../src/app/sessions/journal';
import type { Progress } from '../../src/app/sessions/sessionRecords';
import type { LogEntry } from '../../src/rules/types';

const entry = (n: number): LogEntry => ({ action: { type: 'dots', role: 'city', proposal: `p${n}`, count: n } });
const progress = (owner: string, seq: number, length: number): Progress => ({ id: 's', owner, seq, length, year: 1997, phase: 'news', humans: 1, computers: 5, savedAt: 0 });
const journal = (owner: string, seq: number, base: number, from: number, entries: LogEntry[], head = false): Journal => ({
  id: 's',
  owner,
  seq,
  base,
  from,
  entries,
  ...(head && { head: {} as Journal['head'] }),
});

describe('the journal after a reload', () => {
  it('adds the tail the database had not written yet', () => {
    const stored = [entry(1), entry(2), entry(3)];
    const note = journal('a', 8, 7, 2, [entry(9), entry(10)]);
    expect(newerJournal([note], progress('a', 7, 3), 3)).toBe(note);
    expect(withJournal(stored, note)).toEqual([entry(1), entry(2), entry(9), entry(10)]);
  });

  it('also after a later write of the same page reached the database first', () => {
    const note = journal('a', 9, 7, 2, [entry(9)]);
    expect(newerJournal([note], progress('a', 8, 4), 4)).toBe(note);
  });

  it('is passed over once the database holds that write or a later one', () => {
    expect(newerJournal([journal('a', 8, 7, 2, [])], progress('a', 8, 3), 3)).toBeUndefined();
    expect(newerJournal([journal('a', 8, 7, 2, [])], progress('b', 9, 3), 3)).toBeUndefined();
  });

  it('of a page that lost the session to another is passed over, though its count is higher', () => {
    // Page a's note builds on write 7; page b took the session over with write 8: a's later moves were refused there.
    expect(newerJournal([journal('a', 9, 7, 3, [entry(4)])], progress('b', 8, 3), 3)).toBeUndefined();
  });

  it('that does not fit the database’s log (it reaches back beyond it) is passed over', () => {
    expect(newerJournal([journal('a', 8, 7, 5, [])], progress('a', 7, 3), 3)).toBeUndefined();
  });

  it('without a database record restores only with the session’s head and its whole log', () => {
    const whole = journal('a', 3, 0, 0, [entry(1)], true);
    expect(newerJournal([journal('a', 4, 0, 0, [entry(1)]), whole], undefined, 0)).toBe(whole);
    expect(newerJournal([journal('a', 4, 0, 1, [entry(1)], true)], undefined, 0)).toBeUndefined();
  });

  it('picks the newest of several notes that apply', () => {
    const older = journal('a', 8, 7, 2, [entry(5)]);
    const newer = journal('a', 9, 7, 2, [entry(5), entry(6)]);
    expect(newerJournal([older, newer], progress('a', 7, 3), 3)).toBe(newer);
  });
});
