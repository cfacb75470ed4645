/** Cards still running: passed in an earlier year and not yet past the last year of their effects. */
import type { Measure } from '../scenario/schema';
import type { YearRecord } from './types';

/** The last years of the instances of a card running in a place in `year` (district undefined: a neighbourhood-wide card). */
export function runningUntil(history: readonly YearRecord[], year: number, m: Measure, district: string | undefined): number[] {
  const until: number[] = [];
  for (const y of history) {
    const last = y.year + m.leadTime + m.duration - 1;
    if (last < year) continue;
    for (const p of y.proposals) if (p.verdict === 'passed' && p.measure === m.id && p.district === district) until.push(last);
  }
  return until;
}

/** Whether a card may start in a place this year, given its limit on instances running at the same time. */
export function roomToRun(history: readonly YearRecord[], year: number, m: Measure, district: string | undefined): boolean {
  return runningUntil(history, year, m, district).length < m.maxRunning;
}
