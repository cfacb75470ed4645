/** Parses YAML as the library's parseDocument does, but measures the nesting in between: composing a deep file overflows the stack. */
import { Composer, Parser, YAMLParseError, type Document, type LineCounter } from 'yaml';
import { jsonTooDeep, yamlTooDeep } from './nesting';

/** The first document of the text, or the offset where it nests too deeply; a second document is an error, as in parseDocument. */
export function parseYamlDocument(text: string, lineCounter: LineCounter): { ok: true; doc: Document.Parsed } | { ok: false; tooDeep: number } {
  // Counting brackets as if the text were JSON is quick: where that finds too many, parsing just the text up to there confirms it.
  const suspect = jsonTooDeep(text);
  const early = suspect === undefined ? undefined : yamlTooDeep([...new Parser().parse(text.slice(0, suspect + 1))]);
  if (early !== undefined) return { ok: false, tooDeep: early };
  // The parser keeps its own stack, so reading tokens is safe at any depth; only composing them recurses.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = yamlTooDeep(tokens);
  if (tooDeep !== undefined) return { ok: false, tooDeep };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer().compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, true) always ends with a document, even for empty text.
  return { ok: true, doc: doc! };
}
