import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText, type Block } from '../../src/panels/modelCard/markdown';
import { MODEL_DOCS, PARAMETERS_MARKER, renderModelDoc } from '../../src/scenario/modelDoc';
import { PARAMETER_NOTES } from '../../src/scenario/parameterNotes';
import { parameterPaths, parameterRows, parameterValue } from '../../src/scenario/parameterTable';
import { LANGUAGES } from '../../src/scenario/schema';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
const headings = (blocks: Block[], level: number) => blocks.filter((b) => b.kind === 'heading' && b.level === level);

describe('the model description', () => {
  it.each(LANGUAGES)('has a current parameter table in %s', (lang) => {
    const doc = read(MODEL_DOCS[lang]);
    expect(doc, `the parameter table of ${MODEL_DOCS[lang]} is out of date: run \`npm run schema\``).toBe(renderModelDoc(doc, lang));
  });

  it('has a note on every parameter and on none that is gone', () => {
    expect(Object.keys(PARAMETER_NOTES).sort()).toEqual(parameterPaths().sort());
  });

  it('gives every parameter a meaning and a unit in both languages, and every value a default', () => {
    for (const lang of LANGUAGES) {
      for (const row of parameterRows(lang)) {
        expect(row.meaning, `${row.path} (${lang})`).not.toBe('');
        if (!row.group) expect(parameterValue(row.fallback, lang), `${row.path} (${lang})`).not.toBe('');
        if (!row.group) expect(row.unit, `${row.path} (${lang})`).not.toBe('');
      }
    }
    expect(parameterValue(1 / 18, 'de')).toBe('0,0556');
    expect(parameterValue({ none: 1, inform: 1.05 }, 'en')).toBe('none 1 · inform 1.05');
  });

  it('says the same in German and English: the same sections, lists, slots for the card and names of the limits', () => {
    const [de, en] = [read(MODEL_DOCS.de), read(MODEL_DOCS.en)].map(parseMarkdown);
    const shape = (blocks: Block[]) => blocks.map((b) => (b.kind === 'list' ? `list:${b.items.length}` : b.kind === 'slot' ? `slot:${b.name}` : b.kind === 'heading' ? `h${b.level}` : b.kind));
    expect(shape(de!)).toEqual(shape(en!));
    expect(headings(en!, 2)).toHaveLength(8);
    for (const slot of [PARAMETERS_MARKER, 'calibration']) expect(shape(en!)).toContain(`slot:${slot}`);
    const limits = ['headroom', 'repeatEffect', 'maxRunning', 'leadTime', 'decay', 'departureFloor', 'arrivalCeiling', 'context.housingDemand', 'context.regionalUnemployment', '`from`', '`until`'];
    for (const doc of [read(MODEL_DOCS.de), read(MODEL_DOCS.en)]) for (const name of limits) expect(doc).toContain(name);
  });
});

describe('the Markdown the model card reads', () => {
  it('reads headings, paragraphs over several lines, lists with indented lines and tables', () => {
    const blocks = parseMarkdown('# Title\n\nOne line\nand the next.\n\n- first\n  item\n- second\n\n1. one\n2. two\n\n| a | b |\n| --- | --- |\n| `x` | **y** |\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'table']);
    expect(plainText((blocks[1] as Extract<Block, { kind: 'paragraph' }>).inlines)).toBe('One line and the next.');
    expect((blocks[2] as Extract<Block, { kind: 'list' }>).items.map(plainText)).toEqual(['first item', 'second']);
    expect((blocks[3] as Extract<Block, { kind: 'list' }>).ordered).toBe(true);
    const table = blocks[4] as Extract<Block, { kind: 'table' }>;
    expect(table.head.map(plainText)).toEqual(['a', 'b']);
    expect(table.rows[0]).toEqual([[{ kind: 'code', text: 'x' }], [{ kind: 'strong', children: [{ kind: 'text', text: 'y' }] }]]);
  });

  it('turns the card’s markers into slots, skips a generated part and other comments', () => {
    const blocks = parseMarkdown('before\n\n<!-- parameters:start -->\n| a |\n| --- |\n| old |\n<!-- parameters:end -->\n<!-- a note -->\n<!-- model-card:calibration -->\nafter\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'before' }] },
      { kind: 'slot', name: 'parameters' },
      { kind: 'slot', name: 'calibration' },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'after' }] },
    ]);
  });

  it('keeps markup as text and a link as its words', () => {
    expect(parseInline('<img src=x onerror=alert(1)> see [`model.md`](model.md), *slowly*')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> see ' },
      { kind: 'code', text: 'model.md' },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'slowly' }] },
    ]);
  });
});
