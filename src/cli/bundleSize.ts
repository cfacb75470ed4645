/** The weight of the built JavaScript as a browser downloads it: every .js file of a build, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size the issue asks for, in kB (1,000 bytes, as Vite reports). */
export const GZIP_TARGET_KB = 450;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of the built scripts, largest first; gzip at zlib's default level 6, the level Vite's build report uses. */
export function scriptSizes(outDir: string, scripts: readonly string[]): ScriptSize[] {
  return scripts
    .map((file) => {
      const code = readFileSync(join(outDir, file));
      return { file, bytes: code.length, gzipBytes: gzipSync(code).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
