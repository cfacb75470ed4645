/** Scenario and session text reaches the screen as text: no source file parses markup into the page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

const MARKUP: [RegExp, string][] = [
  [/dangerouslySetInnerHTML['"]?\s*[:=]/, 'sets dangerouslySetInnerHTML'],
  [/\.(innerHTML|outerHTML)\s*=/, 'assigns innerHTML or outerHTML'],
  [/\binsertAdjacentHTML\s*\(/, 'calls insertAdjacentHTML'],
  [/\bcreateContextualFragment\s*\(/, 'parses markup with createContextualFragment'],
  [/\bdocument\.write\s*\(/, 'calls document.write'],
  [/\bnew\s+DOMParser\b/, 'parses markup with DOMParser'],
];

describe('text only', () => {
  it('no file in src puts markup into the page', () => {
    const found = sources('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return MARKUP.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${file} ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('would notice one', () => {
    expect(MARKUP.some(([pattern]) => pattern.test('node.innerHTML = text'))).toBe(true);
    expect(MARKUP.some(([pattern]) => pattern.test("el('div', { dangerouslySetInnerHTML: { __html: text } })"))).toBe(true);
  });
});
