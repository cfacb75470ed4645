/** Starts a found Chromium headless through playwright-core; a failed start becomes one sentence saying what to install. */
import { chromium, type Browser } from 'playwright-core';
import { firstLine, HOW_TO_GET_CHROMIUM, NoChromium, type FoundChromium } from './findChromium';

/** Chromium flags for containers: no sandbox or GPU, no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export async function startChromium(found: FoundChromium): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, env: found.env ? { ...process.env, ...found.env } : undefined });
  } catch (e) {
    throw new NoChromium(whyNotStarted(found.executablePath, e));
  }
}

/** One sentence for a failed start: a missing shared library, else the browser's first complaint or exit code, else Playwright's first line. */
export function whyNotStarted(executablePath: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const library = /error while loading shared libraries: ([^:\s]+)/.exec(text)?.[1];
  const complaint = /^\[pid=\d+\]\[err\] (.+)$/m.exec(text)?.[1];
  const exitCode = /process did exit: exitCode=(\d+)/.exec(text)?.[1];
  const reason = library
    ? `${library} is missing`
    : complaint
      ? firstLine(complaint).slice(0, 160)
      : exitCode
        ? `it exited with code ${exitCode}`
        : firstLine(error).replace(/^browserType\.launch: /, '');
  return `Chromium at ${executablePath} did not start (${reason}): ${HOW_TO_GET_CHROMIUM}.`;
}
