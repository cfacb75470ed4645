/** Vitest global setup for browser tests: finds Chromium once and starts it once, or stops the run with one sentence. */
import type { TestProject } from 'vitest/node';
import { findChromium, NoChromium, type FoundChromium } from '../../src/cli/findChromium';
import { startChromium } from '../../src/cli/startChromium';

export async function setup(project: TestProject): Promise<void> {
  try {
    const found = await findChromium();
    // One trial start, so a browser that cannot run says so once instead of failing every test file.
    await (await startChromium(found)).close();
    project.provide('chromium', found);
  } catch (e) {
    if (!(e instanceof NoChromium)) throw e;
    // A thrown error would bury the sentence under vitest's "No test files found" and a stack trace.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: FoundChromium;
  }
}
