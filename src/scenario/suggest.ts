/** "Did you mean …?": the closest known name to a misspelt one, if it is close enough to be a likely typo. */
import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `word`, or undefined when none is plausibly what was meant. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(typed, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // A swap of two letters costs 2; longer words tolerate more slips, but never a rewrite of the whole word.
  const tolerance = Math.max(2, Math.floor(typed.length / 3));
  return bestDistance <= tolerance && bestDistance < typed.length ? best : undefined;
}
