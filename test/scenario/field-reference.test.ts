import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/scenario/fieldReference';
import { GUIDE_FILE, TUTORIAL_FILE, renderGuide, spliceGenerated } from '../../src/scenario/scenarioGuide';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');

describe('the scenario guide', () => {
  const guide = read(GUIDE_FILE);
  const rendered = renderGuide(guide, read(TUTORIAL_FILE));

  it('has a current field reference and tutorial copy', () => {
    expect(guide, `the generated parts of ${GUIDE_FILE} are out of date: run \`npm run schema\``).toBe(rendered.text);
  });

  it('has a table for every section of the file', () => {
    for (const section of SECTIONS) expect(rendered.text).toContain(`\n### ${section}\n`);
  });

  it('shows an example for every field, from the tutorial or the default', () => {
    expect(rendered.unexampled).toEqual([]);
  });

  it('keeps the hand-written text around the markers', () => {
    const doc = 'before\n<!-- x:start -->\nold\n<!-- x:end -->\nafter\n';
    expect(spliceGenerated(doc, 'x', 'new')).toBe('before\n<!-- x:start -->\nnew\n<!-- x:end -->\nafter\n');
    expect(() => spliceGenerated('no markers', 'x', 'new')).toThrow(/markers/);
  });
});
