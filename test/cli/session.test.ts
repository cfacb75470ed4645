import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_VERSION } from '../../src/rules/saveFile';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'quartier-session-'));
const saved = join(dir, 's.json');

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const hashLine = (text: string) => text.split('\n').find((l) => l.startsWith('hash: '));

describe('saving and replaying a bot game', () => {
  let played: ReturnType<typeof run>;
  beforeAll(() => {
    played = run('play', 'scenarios/gruenau.yaml', '--seats', 'bots', '--seed', '3', '--save', saved);
  });

  it('plays a whole game, printing the years, the decisions, the scores and a hash', () => {
    expect(played.code).toBe(0);
    expect(played.out).toMatch(/^2010 /m);
    expect(played.out).toMatch(/decisions:\n1997 p1 /);
    expect(played.out).toMatch(/shared neighbourhood score: -?\d/);
    expect(hashLine(played.out)).toMatch(/^hash: [0-9a-f]{64}$/);
  });

  it('replays the saved session to the same hash', () => {
    const replayed = run('replay', saved);
    expect(replayed.code).toBe(0);
    expect(hashLine(replayed.out)).toBe(hashLine(played.out));
  });

  it.each([
    ['cut off', (s: string) => s.slice(0, Math.floor(s.length / 2)), /the file is damaged or cut off: it stops being valid JSON at line \d+, column \d+/],
    ['not a session', () => '{"hello": 1}', /this is not a Quartier session file/],
    ['with a damaged log entry', (s: string) => s.replace('"type": "table"', '"type": "tabel"'), /the file is damaged: log\[\d+\]\.action/],
    ['with a changed seed', (s: string) => s.replace('"seed": 3', '"seed": 4'), /the replayed state differs|refused by the rules/],
    ['from a newer version', (s: string) => s.replace(/"version": \d+/, `"version": ${SESSION_VERSION + 1}`), /newer version of Quartier/],
    ['saved with a different scenario', (s: string) => s.replace('"hash": "', '"hash": "0'), /the scenario file has changed since the session was saved/],
  ])('a session file %s gives a clear error and exit 1', (what, damage, message) => {
    const file = join(dir, `damaged-${what.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, damage(readFileSync(saved, 'utf8')));
    const r = run('replay', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('never reads a file the session file names: a bundled scenario comes by its id, any other by --scenario', () => {
    const data = JSON.parse(readFileSync(saved, 'utf8')) as { scenario: { id: string; file?: string } };
    data.scenario.file = '/etc/passwd';
    const named = join(dir, 'names-passwd.json');
    writeFileSync(named, JSON.stringify(data));
    const byId = run('replay', named);
    expect(byId.code).toBe(0);
    expect(hashLine(byId.out)).toBe(hashLine(played.out));
    data.scenario.id = 'mine';
    writeFileSync(named, JSON.stringify(data));
    const foreign = run('replay', named);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/its scenario "mine" does not ship with Quartier \(gruenau, leipziger-osten, tutorial\); name its file with --scenario PATH/);
    expect(foreign.err + foreign.out).not.toMatch(/root:/);
  });

  it('refuses a missing file and bad arguments with a message and exit 1', () => {
    expect(run('replay', join(dir, 'nope.json')).err).toMatch(/cannot read the file \(no such file\)/);
    expect(run('replay').code).toBe(1);
    const r = run('play', 'scenarios/gruenau.yaml', '--seats', 'bots', '--stance', 'greedy');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--stance must be one of cooperative, pragmatic, sectoral, sceptical, mixed, got "greedy"/);
  });
});
