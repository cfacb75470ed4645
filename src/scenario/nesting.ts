/** How deeply a file nests its lists and objects, measured without recursion before anything recursive reads it. */
import type { CST } from 'yaml';

/**
 * The deepest nesting a scenario file may have. Real scenarios nest about 6 levels (a measure's effects' targets), so 64 is far
 * more than any needs; a deeper file is a mistake or an attack, and the parsers, the schema and the messages all recurse.
 */
export const MAX_NESTING = 64;

/** Offset of the first "[" or "{" that opens a level deeper than MAX_NESTING in JSON text, or undefined. */
export function jsonTooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      // Skip the string; brackets inside it are text.
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === '\\') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Offset of the first collection (block or flow) nested deeper than MAX_NESTING in the YAML parser's tokens, or undefined. */
export function yamlTooDeep(tokens: readonly CST.Token[]): number | undefined {
  // Items are pushed in reverse so that they are taken in file order: the first too deep collection is reported.
  const stack: [CST.Token, number][] = [...tokens].reverse().map((token) => [token, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    if (token.type === 'document' && token.value) stack.push([token.value, depth]);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_NESTING) return token.offset;
    for (const item of [...token.items].reverse()) {
      if (item.value) stack.push([item.value, depth + 1]);
      if (item.key) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}
