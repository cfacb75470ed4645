/** The Chromium shipped compressed inside the npm package @sparticuz/chromium (Linux x64), unpacked once per version. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SHIPPED_PACKAGE = '@sparticuz/chromium';

export interface Unpacked {
  executablePath: string;
  /** Extra environment for the browser process. */
  env?: Record<string, string>;
}

/** The installed package's version, or undefined when it is not installed. */
function installedVersion(): string | undefined {
  try {
    // The package's exports hide package.json; its entry point lies at build/cjs/index.cjs.
    const dir = dirname(dirname(dirname(createRequire(import.meta.url).resolve(SHIPPED_PACKAGE))));
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Unpacks the shipped Chromium into a folder of its own, or undefined where the package has none for this machine. */
export async function unpackShippedChromium(): Promise<Unpacked | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const version = installedVersion();
  if (!version) return undefined;
  // Per version and per user: mkdtemp folders are private to their owner.
  const home = join(tmpdir(), `quartier-chromium-${version}-${process.getuid?.() ?? 0}`);
  if (!existsSync(join(home, 'chromium'))) await unpackInto(home);
  return { executablePath: join(home, 'chromium'), env: fontsEnv(home) };
}

/** Unpacks into a fresh folder and renames it into place, so an interrupted or parallel unpack never leaves half a browser. */
async function unpackInto(home: string): Promise<void> {
  const staging = mkdtempSync(`${home}-partial-`);
  const before = process.env.TMPDIR;
  try {
    // The package unpacks into os.tmpdir(), which follows TMPDIR.
    process.env.TMPDIR = staging;
    const { default: shipped } = await import('@sparticuz/chromium');
    await shipped.executablePath();
    writeFileSync(join(staging, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>${join(home, 'fonts')}</dir><cachedir>${join(home, 'fonts-cache')}</cachedir></fontconfig>\n`);
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
  try {
    renameSync(staging, home);
  } catch (e) {
    // Another process finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(home, 'chromium'))) throw e;
  }
}

/** The package's own fonts, only on machines without a fontconfig setup of their own. */
function fontsEnv(home: string): Record<string, string> | undefined {
  return existsSync('/etc/fonts/fonts.conf') ? undefined : { FONTCONFIG_FILE: join(home, 'fonts.conf') };
}

/** Shared libraries the binary needs that the machine lacks, per ldd (none when ldd is missing). */
export function missingLibraries(executable: string): string[] {
  try {
    return lddMissing(execFileSync('ldd', [executable], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch (e) {
    // ldd may exit non-zero yet still list what is missing; without ldd, the start itself will tell.
    return lddMissing(String((e as { stdout?: string }).stdout ?? ''));
  }
}

/** The names ldd reports as "not found". */
export function lddMissing(lddOutput: string): string[] {
  return [...lddOutput.matchAll(/^\s*(\S+)\s+=>\s+not found/gm)].map((m) => m[1]!);
}
