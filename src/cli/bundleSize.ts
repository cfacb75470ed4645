/** The weight of the built JavaScript as a browser downloads it: the scripts written into index.html and any .js file of a build (workers), gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size the issue asks for, in kB (1,000 bytes, as Vite reports). */
export const GZIP_TARGET_KB = 400;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every script of a build: the inline ones of index.html (the single-file build, src/build/singleFile.ts), named by their place, and every .js file. */
function builtScripts(outDir: string): { file: string; code: Buffer }[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => m[1]!.trim() !== '')
    .map((m, i) => ({ file: `index.html <script> ${i + 1}`, code: Buffer.from(m[1]!) }));
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.[cm]?js$/.test(f.name))
    .map((f) => join(f.parentPath, f.name))
    .map((path) => ({ file: relative(outDir, path), code: readFileSync(path) }));
  return [...inline, ...files];
}

/** Sizes of the built scripts, largest first; gzip at zlib's default level 6, the level Vite's build report uses. */
export function scriptSizes(outDir: string): ScriptSize[] {
  return builtScripts(outDir)
    .map(({ file, code }) => ({ file, bytes: code.length, gzipBytes: gzipSync(code).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
