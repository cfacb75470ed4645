/** Markers on the districts: measures in force (solid badges) and proposals on the table this year (dashed). */
import type { Language, Scenario } from '../scenario/schema';
import type { GameState, Phase } from '../rules/types';

export interface Marker {
  /** The measure's name in the chosen language. */
  name: string;
  /** How many times it runs (or is proposed) in this place. */
  count: number;
  kind: 'running' | 'proposed';
}

export interface Markers {
  /** By district id. */
  districts: Record<string, Marker[]>;
  /** Measures acting on the whole neighbourhood. */
  neighbourhood: Marker[];
}

/** Phases in which this year's proposals lie on the table; afterwards they are measures or gone. */
const TABLE_PHASES: readonly Phase[] = ['proposals', 'negotiation', 'decision', 'implementation'];
const SMALL_WORDS = new Set(['und', 'für', 'auf', 'um', 'im', 'in', 'als', 'am', 'an', 'der', 'die', 'das', 'des', 'eines', 'einer', 'mit', 'vom', 'von', 'zum', 'zur', 'and', 'for', 'of', 'a', 'an', 'the', 'on', 'with', 'to', 'at']);
/** A word cut shorter than this says too little ("Grün" for "Grün auf Abrissflächen"); the name is cut mid-word instead. */
const MIN_WORDS_LENGTH = 7;

/** A name within `max` characters: whole words where they say enough, without a dangling small word, else cut with "…". */
export function shortName(name: string, max = 20): string {
  if (name.length <= max) return name;
  const kept: string[] = [];
  for (const w of name.split(/\s+/)) {
    if ([...kept, w].join(' ').length > max) break;
    kept.push(w);
  }
  while (kept.length > 0 && (SMALL_WORDS.has(kept[kept.length - 1]!.toLowerCase()) || kept[kept.length - 1]!.endsWith('-'))) kept.pop();
  const words = kept.join(' ');
  return words.length >= MIN_WORDS_LENGTH ? words : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** The name's leading phrases that say enough, longest first: the words before a small word ("Wohnumfeld" of "Wohnumfeld und Höfe"). */
export function leadingPhrases(name: string): string[] {
  const words = name.split(/\s+/);
  const phrases: string[] = [];
  for (let i = words.length - 1; i > 0; i--) {
    const phrase = words.slice(0, i).join(' ');
    if (SMALL_WORDS.has(words[i]!.toLowerCase()) && !SMALL_WORDS.has(words[i - 1]!.toLowerCase()) && phrase.length >= MIN_WORDS_LENGTH) phrases.push(phrase);
  }
  return phrases;
}

/** Groups equal measures of one place into one marker with a count, in the order they first appear. */
function grouped(entries: { place: string | null; measure: string; kind: Marker['kind'] }[], scenario: Scenario, lang: Language): Markers {
  const out: Markers = { districts: Object.fromEntries(scenario.districts.map((d) => [d.id, []])), neighbourhood: [] };
  const counts = new Map<string, { place: string | null; measure: string; kind: Marker['kind']; n: number }>();
  for (const e of entries) {
    const key = `${e.place ?? ''}|${e.kind}|${e.measure}`;
    const seen = counts.get(key);
    if (seen) seen.n += 1;
    else counts.set(key, { ...e, n: 1 });
  }
  for (const { place, measure, kind, n } of counts.values()) {
    const name = scenario.measures.find((m) => m.id === measure)?.name[lang] ?? measure;
    const marker: Marker = { name, count: n, kind };
    if (place === null) out.neighbourhood.push(marker);
    else out.districts[place]?.push(marker);
  }
  return out;
}

/** The markers for the board: this year's open or passed proposals first (what the table talks about), then measures in force. */
export function markersOf(scenario: Scenario, state: GameState, lang: Language): Markers {
  const wide = (measure: string) => scenario.measures.find((m) => m.id === measure)?.appliesTo === 'neighbourhood';
  const entries: { place: string | null; measure: string; kind: Marker['kind'] }[] = [];
  if (TABLE_PHASES.includes(state.phase)) {
    for (const p of state.proposals) {
      if (p.verdict !== 'open' && p.verdict !== 'passed') continue;
      entries.push({ place: wide(p.measure) || !p.district ? null : p.district, measure: p.measure, kind: 'proposed' });
    }
  }
  for (const iv of state.model.interventions) {
    if (iv.kind !== 'measure') continue;
    if (wide(iv.id)) entries.push({ place: null, measure: iv.id, kind: 'running' });
    else for (const d of iv.districts) entries.push({ place: d, measure: iv.id, kind: 'running' });
  }
  return grouped(entries, scenario, lang);
}
