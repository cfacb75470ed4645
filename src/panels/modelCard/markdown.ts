/**
 * The little Markdown the model description uses (headings, paragraphs, lists, tables, bold, italics, code, links),
 * read into plain blocks that the model card turns into DOM nodes as text: nothing is ever parsed as HTML.
 */

export type Inline = { kind: 'text' | 'code'; text: string } | { kind: 'strong' | 'em'; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] }
  /** A place the card fills itself: `<!-- model-card:NAME -->`, or a generated part between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
  | { kind: 'slot'; name: string };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\([^)]*\)|\*([^*\s][^*]*?)\*/g;

/** Bold, italics and code; a link keeps only its text (the card is no browser for the docs folder). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    const [, strong, code, link, em] = m;
    if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (link !== undefined) out.push(...parseInline(link));
    else out.push({ kind: 'em', children: parseInline(em!) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** The plain text of some inlines, e.g. for a heading in the card's contents. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => ('children' in i ? plainText(i.children) : i.text)).join('');
}

const COMMENT = /^<!--\s*(.*?)\s*-->$/;
const LIST_ITEM = /^(?:([-*])|(\d+)\.)\s+(.*)$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** The blocks of a Markdown text, in order. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const comment = COMMENT.exec(trimmed);
    if (trimmed === '' || comment) {
      flush();
      const name = comment?.[1];
      if (name?.startsWith('model-card:')) blocks.push({ kind: 'slot', name: name.slice('model-card:'.length) });
      else if (name?.endsWith(':start')) {
        const slot = name.slice(0, -':start'.length);
        blocks.push({ kind: 'slot', name: slot });
        while (i + 1 < lines.length && COMMENT.exec(lines[i + 1]!.trim())?.[1] !== `${slot}:end`) i++;
        i++;
      }
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, inlines: parseInline(heading[2]!) });
      continue;
    }
    if (trimmed.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
      i--;
      const [head, , ...body] = rows;
      blocks.push({ kind: 'table', head: (head ?? []).map(parseInline), rows: body.map((r) => r.map(parseInline)) });
      continue;
    }
    const item = LIST_ITEM.exec(trimmed);
    if (item && paragraph.length === 0) {
      const ordered = item[2] !== undefined;
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[3]!);
      continue;
    }
    // An indented line carries on the list item above it; any other line, the paragraph.
    if (list && /^\s+/.test(line)) list.items[list.items.length - 1] += ` ${trimmed}`;
    else if (list) {
      flush();
      paragraph.push(trimmed);
    } else paragraph.push(trimmed);
  }
  flush();
  return blocks;
}
