/** Which Chromium the browser tests use, on simulated machines: CHROMIUM, then a system browser, then the npm package; else one sentence. */
import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, NoChromium, type Machine } from '../../src/cli/findChromium';
import { lddMissing } from '../../src/cli/shippedChromium';
import { whyNotStarted } from '../../src/cli/startChromium';

const SHIPPED = '/tmp/quartier-chromium-147.0.0-0/chromium';

function machine(over: { env?: Machine['env']; executables?: string[]; shipped?: boolean; missing?: string[]; unpackFails?: boolean }): Machine & { unpacked: number } {
  const executables = new Set(over.executables ?? []);
  const m = {
    unpacked: 0,
    env: over.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    isExecutable: (p: string) => executables.has(p),
    async unpackShipped() {
      m.unpacked++;
      if (over.unpackFails) throw new Error('ENOSPC: no space left on device, write\n    at stack');
      return over.shipped === false ? undefined : { executablePath: SHIPPED };
    },
    missingLibraries: () => over.missing ?? [],
  };
  return m;
}

/** One line, one full stop at its end and none inside between words. */
function expectOneSentence(message: string): void {
  expect(message).not.toContain('\n');
  expect(message).toMatch(/\.$/);
  expect(message.slice(0, -1)).not.toMatch(/\.\s/);
}

async function failure(m: Machine): Promise<string> {
  const e = await findChromium(m).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NoChromium);
  return (e as NoChromium).message;
}

describe('finding Chromium', () => {
  it('uses CHROMIUM exactly when set, before any system browser', async () => {
    const m = machine({ env: { CHROMIUM: '/opt/chrome/chrome' }, executables: ['/opt/chrome/chrome', '/usr/bin/chromium'] });
    expect(await findChromium(m)).toEqual({ executablePath: '/opt/chrome/chrome', from: 'CHROMIUM' });
  });

  it('does not look elsewhere when CHROMIUM points at nothing', async () => {
    const m = machine({ env: { CHROMIUM: '/nowhere/chromium' }, executables: ['/usr/bin/chromium'] });
    const message = await failure(m);
    expect(message).toContain('CHROMIUM=/nowhere/chromium');
    expectOneSentence(message);
    expect(m.unpacked).toBe(0);
  });

  it('prefers Debian’s /usr/bin/chromium, then other system browsers, then the usual names on PATH', async () => {
    expect((await findChromium(machine({ executables: ['/usr/bin/chromium', '/usr/bin/google-chrome'] }))).executablePath).toBe('/usr/bin/chromium');
    expect((await findChromium(machine({ executables: ['/usr/bin/google-chrome'] }))).executablePath).toBe('/usr/bin/google-chrome');
    const onPath = machine({ env: { PATH: '/home/me/bin:/usr/bin' }, executables: ['/home/me/bin/chromium'] });
    expect(await findChromium(onPath)).toEqual({ executablePath: '/home/me/bin/chromium', from: 'system' });
    expect(onPath.unpacked).toBe(0);
  });

  it('falls back to the Chromium shipped in the npm package when the system has none', async () => {
    expect(await findChromium(machine({}))).toEqual({ executablePath: SHIPPED, from: 'package' });
  });

  it('QUARTIER_CHROMIUM_FROM=package skips the system browser, to try the fallback on a machine that has one', async () => {
    const m = machine({ env: { QUARTIER_CHROMIUM_FROM: 'package' }, executables: ['/usr/bin/chromium'] });
    expect((await findChromium(m)).from).toBe('package');
  });

  it('says in one sentence what to install when nothing is found', async () => {
    const message = await failure(machine({ shipped: false }));
    expect(message).toBe(NO_CHROMIUM);
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('CHROMIUM=');
    expectOneSentence(message);
    expectOneSentence(await failure(machine({ env: { QUARTIER_CHROMIUM_FROM: 'none' }, executables: ['/usr/bin/chromium'] })));
  });

  it('names the missing system libraries of the shipped Chromium and what to install, in one sentence', async () => {
    const message = await failure(machine({ missing: ['libnss3.so', 'libnspr4.so'] }));
    expect(message).toContain('libnss3.so, libnspr4.so');
    expect(message).toContain('apt-get install chromium');
    expectOneSentence(message);
  });

  it('turns a failed unpack into one sentence', async () => {
    const message = await failure(machine({ unpackFails: true }));
    expect(message).toContain('ENOSPC');
    expectOneSentence(message);
  });
});

describe('reading why Chromium did not start', () => {
  it('finds the libraries ldd cannot resolve', () => {
    const ldd = '\tlinux-vdso.so.1 (0x00007ffd)\n\tlibnss3.so => not found\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n\tlibnspr4.so => not found\n';
    expect(lddMissing(ldd)).toEqual(['libnss3.so', 'libnspr4.so']);
  });

  it('names a missing library from Playwright’s launch error, else the exit code, in one sentence', () => {
    const log = (line: string) => new Error(`browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launching> /x --headless\n<launched> pid=7\n${line}\nCall log:\n  - <launched> pid=7`);
    const missing = whyNotStarted('/x', log('[pid=7][err] /x: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory'));
    expect(missing).toContain('libnss3.so is missing');
    expectOneSentence(missing);
    const exited = whyNotStarted('/x', log('  - [pid=7] <process did exit: exitCode=1, signal=null>'));
    expect(exited).toContain('exited with code 1');
    expectOneSentence(exited);
  });
});
