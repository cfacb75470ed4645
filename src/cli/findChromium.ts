/** Which Chromium the browser tests and scripts drive: CHROMIUM if set, else a system Chromium, else the one shipped in an npm package. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { missingLibraries, SHIPPED_PACKAGE, unpackShippedChromium, type Unpacked } from './shippedChromium';

export interface FoundChromium extends Unpacked {
  from: 'CHROMIUM' | 'system' | 'package';
}

/** What the machine offers; the unit test passes its own. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable(path: string): boolean;
  unpackShipped(): Promise<Unpacked | undefined>;
  missingLibraries(executable: string): string[];
}

/** No Chromium can run here; the message is one sentence saying what to install. */
export class NoChromium extends Error {
  override name = 'NoChromium';
}

export const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (or your system’s package manager) or set CHROMIUM=/path/to/chromium';
export const NO_CHROMIUM = `No Chromium found: ${HOW_TO_GET_CHROMIUM}.`;

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Well-known places first, then the usual names on PATH. */
export function systemCandidates(env: Machine['env']): string[] {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)));
  return [...new Set([...SYSTEM_PATHS, ...onPath])];
}

/** QUARTIER_CHROMIUM_FROM=package (or system, or none) narrows the search, to try a fallback on a machine that has a browser. */
function allowed(env: Machine['env'], from: 'system' | 'package'): boolean {
  return (env.QUARTIER_CHROMIUM_FROM ?? 'system,package').split(',').some((s) => s.trim() === from);
}

export async function findChromium(machine: Machine = thisMachine): Promise<FoundChromium> {
  const chosen = machine.env.CHROMIUM;
  if (chosen) {
    if (machine.isExecutable(chosen)) return { executablePath: chosen, from: 'CHROMIUM' };
    throw new NoChromium(`No Chromium at CHROMIUM=${chosen}: point CHROMIUM at an installed Chromium or install one with \`apt-get install chromium\`.`);
  }
  if (allowed(machine.env, 'system')) {
    const system = systemCandidates(machine.env).find((p) => machine.isExecutable(p));
    if (system) return { executablePath: system, from: 'system' };
  }
  if (allowed(machine.env, 'package')) {
    const shipped = await unpack(machine);
    if (shipped) {
      const missing = machine.missingLibraries(shipped.executablePath);
      if (missing.length > 0) {
        throw new NoChromium(`The Chromium shipped in ${SHIPPED_PACKAGE} cannot start without the system libraries ${missing.join(', ')}: install them with \`apt-get install chromium\` (which pulls them in) or set CHROMIUM=/path/to/chromium.`);
      }
      return { ...shipped, from: 'package' };
    }
  }
  throw new NoChromium(NO_CHROMIUM);
}

async function unpack(machine: Machine): Promise<Unpacked | undefined> {
  try {
    return await machine.unpackShipped();
  } catch (e) {
    throw new NoChromium(`Unpacking the Chromium shipped in ${SHIPPED_PACKAGE} failed (${firstLine(e)}): ${HOW_TO_GET_CHROMIUM}.`);
  }
}

/** The first line of an error's message, without a trailing full stop, to fit inside a sentence. */
export function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return (message.split('\n').find((l) => l.trim()) ?? 'unknown error').trim().replace(/\.$/, '');
}

const thisMachine: Machine = {
  env: process.env,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  unpackShipped: unpackShippedChromium,
  missingLibraries,
};
