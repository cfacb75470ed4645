/** A long list of problems cut to a handful a trainer can read, the rest counted by kind: one mistake must not print thousands of lines. */
import { number } from './numberFormat';
import type { Problem } from './problems';
import type { Language } from './schema';

/** The most problems listed for one file; more are summarised. */
export const MAX_LISTED = 20;

const MORE_OF_KIND: Record<Language, (n: number, lastLine: number) => string> = {
  en: (n, last) => `… and ${number(n, 'en')} more of the same kind, up to line ${last}`,
  de: (n, last) => `… und ${number(n, 'de')} weitere derselben Art, bis Zeile ${last}`,
};

const MORE: Record<Language, (n: number, lastLine: number) => string> = {
  en: (n, last) => `… and ${number(n, 'en')} more problems, up to line ${last}`,
  de: (n, last) => `… und ${number(n, 'de')} weitere Probleme, bis Zeile ${last}`,
};

/**
 * At most MAX_LISTED problems, in the order given: each kind (code) its first, then more of each in turn; after the last
 * one listed of a kind, a line at its first unlisted problem says how many more there are. Short lists come back unchanged.
 */
export function groupProblems(problems: readonly Problem[], max = MAX_LISTED): Problem[] {
  if (problems.length <= max) return [...problems];
  const byKind = new Map<string, number[]>();
  problems.forEach((p, i) => {
    const indexes = byKind.get(p.code);
    if (indexes) indexes.push(i);
    else byKind.set(p.code, [i]);
  });
  // Round by round, every kind gets its next problem listed until the list is full.
  const listed = new Set<number>();
  for (let round = 0; listed.size < max; round++) {
    for (const indexes of byKind.values()) if (round < indexes.length && listed.size < max) listed.add(indexes[round]!);
  }
  const summaries = new Map<number, Problem>();
  const unlisted: number[] = [];
  for (const indexes of byKind.values()) {
    const hidden = indexes.filter((i) => !listed.has(i));
    const shown = indexes.filter((i) => listed.has(i));
    if (hidden.length === 0) continue;
    if (shown.length === 0) unlisted.push(...hidden);
    else summaries.set(shown.at(-1)!, summary(problems, hidden, MORE_OF_KIND));
  }
  const out: Problem[] = [];
  problems.forEach((p, i) => {
    if (!listed.has(i)) return;
    out.push(p);
    const more = summaries.get(i);
    if (more) out.push(more);
  });
  if (unlisted.length > 0) out.push(summary(problems, unlisted.sort((a, b) => a - b), MORE));
  return out;
}

/** A line standing for the problems at `hidden`: placed at the first of them, in its language and severity. */
function summary(problems: readonly Problem[], hidden: number[], say: Record<Language, (n: number, lastLine: number) => string>): Problem {
  const first = problems[hidden[0]!]!;
  const lastLine = hidden.reduce((last, i) => Math.max(last, problems[i]!.line), first.line);
  return { ...first, path: '', message: say[first.lang](hidden.length, lastLine) };
}
