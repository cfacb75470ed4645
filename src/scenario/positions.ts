/** Where in the file a data path was written: line and column from the YAML node ranges. */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Path } from './rawData';

export interface Position {
  line: number;
  column: number;
}

/** What a problem points at: the offending value, the key itself, or the object that lacks a key. */
export type Target = 'value' | 'key' | 'parent';

export type Locate = (path: Path, target: Target) => Position;

/** A locator for one parsed document; a path that leads nowhere falls back to the deepest place that exists. */
export function locator(doc: Document, lineCounter: LineCounter): Locate {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, target) => {
    const steps = target === 'parent' ? path.slice(0, -1) : path;
    let node = resolve(doc, doc.contents);
    let offset = node?.range?.[0] ?? 0;
    let keyOffset: number | undefined;
    for (const segment of steps) {
      const step = descend(node, segment);
      if (!step) return at(offset);
      keyOffset = step.key?.range?.[0];
      node = resolve(doc, step.value);
      offset = node?.range?.[0] ?? keyOffset ?? offset;
    }
    return at(target === 'key' ? (keyOffset ?? offset) : offset);
  };
}

function resolve(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(doc);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function descend(node: Node | undefined, segment: string | number): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return pair && { key: pair.key as Node, value: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) return { value: node.items[segment] };
  return undefined;
}

/** 1-based line and column of a character offset, for parsers that report offsets. */
export function lineColumn(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
