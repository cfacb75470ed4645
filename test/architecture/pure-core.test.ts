import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = ['src/scenario', 'src/sim', 'src/rules', 'src/bots'];

/** Every TypeScript source file below the core folders that exist. */
function coreFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  for (const dir of CORE) {
    try {
      walk(dir);
    } catch {
      // A core folder that does not exist yet has nothing to check.
    }
  }
  return files;
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]phaser['"]/, 'imports Phaser'],
  [/from\s+['"]zustand[^'"]*['"]/, 'imports zustand'],
  [/from\s+['"](node:)?(fs|path|child_process|os|process)['"]/, 'imports a Node module'],
  [/from\s+['"][./]*\/(app|board|panels|cli)\//, 'imports from a UI or CLI layer'],
  [/\bMath\.random\s*\(/, 'calls Math.random'],
  [/\bDate\.now\s*\(/, 'calls Date.now'],
  [/\bnew\s+Date\s*\(/, 'reads the clock with new Date'],
  [/\bperformance\.now\s*\(/, 'calls performance.now'],
  [/\b(window|document|localStorage|navigator)\s*[.[]/, 'touches a DOM global'],
  [/\b(setTimeout|setInterval|requestAnimationFrame)\s*\(/, 'uses a timer'],
  [/\bMath\.(exp|expm1|log|log1p|log2|log10|pow|cos|sin|tan|acos|asin|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\s*\(/, 'uses engine-rounded maths (use src/sim/detMath)'],
  [/[\w)\]]\s*\*\*\s*[\w(]/, 'uses engine-rounded maths (use src/sim/detMath)'],
];

/** Source without comments, so a comment that names a forbidden call does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** The rule violations in one source text. */
export function violations(text: string): string[] {
  const body = code(text);
  return FORBIDDEN.filter(([pattern]) => pattern.test(body)).map(([, why]) => why);
}

describe('the pure core', () => {
  it('has source files to check', () => {
    expect(coreFiles().length).toBeGreaterThan(10);
  });

  it('never imports Phaser, zustand, Node or UI modules, reads the clock, draws Math.random or touches the DOM', () => {
    const found = coreFiles()
      .map((file) => ({ file: relative('.', file), why: violations(readFileSync(file, 'utf8')) }))
      .filter((v) => v.why.length > 0);
    expect(found).toEqual([]);
  });

  it('would catch each forbidden use', () => {
    expect(violations("import Phaser from 'phaser';")).toContain('imports Phaser');
    expect(violations("import { createStore } from 'zustand/vanilla';")).toContain('imports zustand');
    expect(violations("import { readFileSync } from 'node:fs';")).toContain('imports a Node module');
    expect(violations("import { store } from '../app/store';")).toContain('imports from a UI or CLI layer');
    expect(violations('const x = Math.random();')).toContain('calls Math.random');
    expect(violations('const t = Date.now();')).toContain('calls Date.now');
    expect(violations('document.title = "x";')).toContain('touches a DOM global');
    expect(violations('setTimeout(() => 0, 10);')).toContain('uses a timer');
    expect(violations('const y = Math.exp(x);')).toContain('uses engine-rounded maths (use src/sim/detMath)');
    expect(violations('const y = x ** 2;')).toContain('uses engine-rounded maths (use src/sim/detMath)');
    expect(violations('// Math.random() is not used here')).toEqual([]);
  });
});
