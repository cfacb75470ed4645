/**
 * Labels broken into lines that fit a width: between words, after a hyphen the word already has, and inside a word
 * too long for a line at a syllable boundary with a hyphen ("Wohnungs-" / "zusammenlegung"). Nothing is cut off
 * with an ellipsis: a label that needs more lines than allowed is reported as not fitting, and the caller lays it out
 * otherwise (a shorter whole-word phrase, or the "+n" badge).
 */

/** The width a text takes, in the units of the width it must fit. */
export type Measure = (text: string) => number;

const VOWEL = /[aeiouyäöüéèáàâêëîïôûAEIOUYÄÖÜÉ]/;
const LETTER = /\p{L}/u;
/** Consonant groups a break never splits ("Zu-cker", "Ta-sche"). */
const KEEP = ['sch', 'ch', 'ck', 'ph', 'qu', 'sh'];
/** Consonant groups that may begin the next syllable together ("Kom-plex", "Jugend-treff"). */
const ONSETS = ['pl', 'pr', 'bl', 'br', 'kl', 'kr', 'gl', 'gr', 'fl', 'fr', 'dr', 'tr', 'schl', 'schr', 'schw'];
/** The fewest letters on either side of a break. */
const MIN_PART = 3;

/** Whether a break before index i falls inside an occurrence of `group`. */
function splits(lower: string, group: string, i: number): boolean {
  for (let j = Math.max(0, i - group.length + 1); j < i; j++) if (lower.startsWith(group, j)) return true;
  return false;
}

const isVowel = (c: string | undefined) => c !== undefined && VOWEL.test(c);
const isConsonant = (c: string | undefined) => c !== undefined && LETTER.test(c) && !VOWEL.test(c);

/**
 * Where a word may be broken with a hyphen, best first: between consonants (before the longest group that may begin
 * a syllable: "Teil-sanierung", "Kom-plex", "Jugend-treff"), then before a single consonant between vowels
 * ("Sa-nie-rung"); never inside a group that stays together, never leaving fewer than three letters or no vowel on a
 * side. A rough rule for German and English, enough for board labels.
 */
export function hyphenPoints(word: string): number[] {
  const lower = word.toLowerCase();
  const clusters: number[] = [];
  const singles: number[] = [];
  let i = 0;
  while (i < word.length) {
    if (!isConsonant(word[i])) {
      i += 1;
      continue;
    }
    // A run of consonants from i to end, between a vowel before and a vowel after.
    let end = i;
    while (end < word.length && isConsonant(word[end])) end += 1;
    if (i > 0 && isVowel(word[i - 1]) && end < word.length && isVowel(word[end])) {
      const run = lower.slice(i, end);
      // The longest tail of the run that may begin a syllable: one letter, a group kept together, or an onset.
      let at = end - 1;
      for (let k = i; k < end - 1; k++) {
        const tail = lower.slice(k, end);
        if (ONSETS.includes(tail) || KEEP.includes(tail)) {
          at = k;
          break;
        }
      }
      if (KEEP.some((g) => splits(lower, g, at))) at = -1;
      const ok = at >= MIN_PART && word.length - at >= MIN_PART && VOWEL.test(word.slice(0, at)) && VOWEL.test(word.slice(at));
      if (ok) (run.length > 1 && at > i ? clusters : singles).push(at);
    }
    i = end;
  }
  return [...clusters, ...singles];
}

/** Whether a break stands before a single consonant between vowels (the less sure kind). */
function isSingle(word: string, i: number): boolean {
  return isVowel(word[i - 1]);
}

/** Pieces of a word that may end a line: after each hyphen it has, the hyphen kept. */
function hyphenParts(word: string): string[] {
  return word.split(/(?<=-)/);
}

/**
 * Splits a word that is wider than `width` into a first piece that fits (ending in a hyphen) and the rest, trying
 * the word's own hyphens first, then syllable boundaries; undefined when no piece fits.
 */
function splitWord(word: string, width: number, measure: Measure, prefix: string, syllables: boolean): [string, string] | undefined {
  const parts = hyphenParts(word);
  for (let n = parts.length - 1; n > 0; n--) {
    const head = parts.slice(0, n).join('');
    if (measure(prefix + head) <= width) return [head, parts.slice(n).join('')];
  }
  if (!syllables) return undefined;
  // The last break that fits, between consonants if any fits, else before a single consonant.
  let best: number | undefined;
  const points = hyphenPoints(word);
  const fits = (i: number) => measure(`${prefix}${word.slice(0, i)}-`) <= width;
  for (const i of points) {
    if (best !== undefined && isSingle(word, best) !== isSingle(word, i)) break;
    if (fits(i) && (best === undefined || i > best)) best = i;
  }
  if (best === undefined) for (const i of points) if (fits(i) && (best === undefined || i > best)) best = i;
  return best === undefined ? undefined : [`${word.slice(0, best)}-`, word.slice(best)];
}

/**
 * The label in lines no wider than `width`, at most `maxLines`; undefined when it does not fit so. Words stay whole
 * where they fit on a line; a longer word is broken at a hyphen or (unless `syllables` is false) a syllable boundary.
 */
export function wrapLabel(text: string, width: number, measure: Measure, maxLines = Infinity, syllables = true): string[] | undefined {
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    // The word does not fit after what the line holds: perhaps its first piece does, else it starts a new line.
    if (line) {
      const split = splitWord(word, width, measure, `${line} `, syllables);
      if (split) {
        lines.push(`${line} ${split[0]}`);
        word = split[1];
      } else lines.push(line);
      line = '';
    }
    while (measure(word) > width) {
      const split = splitWord(word, width, measure, '', syllables);
      if (!split) return undefined;
      lines.push(split[0]);
      word = split[1];
    }
    line = word;
    if (lines.length >= maxLines) return undefined;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}
