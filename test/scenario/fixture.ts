/** The small valid scenario and helpers to break it by text edits and to find where a snippet stands. */
import { readFileSync } from 'node:fs';
import { loadScenario, type LoadResult } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';

export const smallYaml = readFileSync(new URL('../fixtures/small.yaml', import.meta.url), 'utf8');
export const smallJson = readFileSync(new URL('../fixtures/small.json', import.meta.url), 'utf8');

/** The source with each `[from, to]` replaced; every `from` must occur exactly once, so an edit never silently misses. */
export function edited(source: string, ...edits: [from: string, to: string][]): string {
  return edits.reduce((text, [from, to]) => {
    const first = text.indexOf(from);
    if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`edit must match exactly once: ${from}`);
    return text.slice(0, first) + to + text.slice(first + from.length);
  }, source);
}

/** `LINE:COL` of `inner` inside the (unique) `snippet` in the source. */
export function where(source: string, snippet: string, inner = snippet): string {
  const start = source.indexOf(snippet);
  if (start < 0 || source.indexOf(snippet, start + 1) >= 0 || !snippet.includes(inner)) throw new Error(`not found once: ${snippet} / ${inner}`);
  const offset = start + snippet.indexOf(inner);
  const before = source.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** The formatted problems of a source, or [] if it loads. */
export function problemsOf(source: string, file = 'small.yaml', lang: 'de' | 'en' = 'en'): string[] {
  const result: LoadResult = loadScenario(source, file, { lang });
  return result.ok ? [] : result.problems.map(formatProblem);
}
