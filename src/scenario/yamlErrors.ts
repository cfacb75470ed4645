/** The yaml library's errors as we report them: one per line, echoes dropped, and our own reasons where we know better. */
import { isCollection, isScalar, visit, type Document } from 'yaml';
import { duplicateKeys } from './duplicateKeys';
import type { YamlReason } from './yamlMessages';

export interface YamlError {
  offset: number;
  reason?: YamlReason;
  text: string;
  /** For a repeated key: the line of its first place. */
  firstLine?: number;
}

/** The errors worth a message, in file order; `lineOf` gives the 1-based line of an offset. */
export function yamlErrors(doc: Document.Parsed, lineOf: (offset: number) => number): YamlError[] {
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  // After a document written as one "{ … }" or "[ … ]" (JSON), every later token is an error: the first says it all.
  const contents = doc.contents;
  const end = isCollection(contents) && contents.flow ? contents.range[1] : Infinity;
  const firsts = new Map(duplicateKeys(doc).map((d) => [d.offset, lineOf(d.first)]));
  const found: YamlError[] = [];
  const lines = new Set<number>();
  for (const { pos, code, message } of errors) {
    // After text beyond the end of the data nothing more is news; one broken line often trips several rules, the first says it best.
    if (found.at(-1)?.reason === 'TEXT_AFTER_END') break;
    const line = lineOf(pos[0]);
    if (lines.has(line)) continue;
    lines.add(line);
    const afterEnd = code === 'UNEXPECTED_TOKEN' && pos[0] >= end;
    const firstLine = code === 'DUPLICATE_KEY' ? firsts.get(pos[0]) : undefined;
    found.push({ offset: pos[0], reason: afterEnd ? 'TEXT_AFTER_END' : code, text: message, ...(firstLine !== undefined && { firstLine }) });
  }
  return found;
}

/** Merge keys (<<: *name) are a YAML 1.1 extension: refused with a sentence, rather than read as a key no scenario knows. */
export function mergeKeys(doc: Document): YamlError[] {
  const found: YamlError[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN' && key.range) found.push({ offset: key.range[0], reason: 'MERGE_KEY', text: 'merge key' });
    },
  });
  return found;
}
