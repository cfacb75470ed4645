/** Keys written twice in one object: JSON.parse lets the later one win silently, so they are found on the parsed nodes. */
import { isMap, isScalar, isSeq, type Document } from 'yaml';

export interface DuplicateKey {
  /** Where the repeated key starts. */
  offset: number;
  /** Where the same key stands first in that object. */
  first: number;
}

/** Every repeated key in the document, in file order; aliases are not followed, as they repeat a value on purpose. */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // Nesting was measured before parsing, but a stack keeps this safe without relying on that.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const { key, value } of node.items) {
        if (isScalar(key) && key.range) {
          const name = String(key.value);
          const first = seen.get(name);
          if (first === undefined) seen.set(name, key.range[0]);
          else found.push({ offset: key.range[0], first });
        }
        stack.push(key, value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The clause that points from a repeated key back to its first place. */
export function firstOnLine(line: number, lang: 'de' | 'en'): string {
  return lang === 'de' ? `; der erste steht in Zeile ${line}` : `; the first is on line ${line}`;
}
