/** Files opened on the setup screen arrive as bytes (file.arrayBuffer()) and are decoded by the command line's rule. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store';
import { sessionFromFile } from '../../src/panels/setupSession';
import { sessionToJson } from '../../src/rules/saveFile';
import { startSession, stateHash } from '../../src/rules/session';
import { formatProblem } from '../../src/scenario/problems';
import { small } from '../rules/helpers';

const smallYaml = readFileSync('test/fixtures/small.yaml', 'utf8');
const bundled = { file: 'scenarios/tutorial.yaml', source: readFileSync('scenarios/tutorial.yaml', 'utf8') };
const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const PNG = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

describe('a scenario file opened on the setup screen', () => {
  it('plays a UTF-16 file with old Mac line endings as its text', () => {
    const app = createAppStore({ lang: 'en', scenarioSource: bundled });
    expect(app.openScenario({ file: 'windows.yaml', source: utf16(smallYaml.replace(/\n/g, '\r')) })).toBe(true);
    expect(app.store.getState().scenarioSource).toEqual({ file: 'windows.yaml', source: smallYaml });
  });

  it('refuses an image with the command line’s sentence, worded again when the language changes', () => {
    const app = createAppStore({ lang: 'en', scenarioSource: bundled });
    expect(app.openScenario({ file: 'bild.yaml', source: PNG })).toBe(false);
    expect(app.store.getState().problems.map(formatProblem)).toEqual([
      'bild.yaml:1:1: this is not a text file (perhaps an image, a document or an archive); a scenario is a YAML or JSON text file, saved as UTF-8',
    ]);
    app.setLanguage('de');
    expect(app.store.getState().problems.map(formatProblem)).toEqual([
      'bild.yaml:1:1: das ist keine Textdatei (vielleicht ein Bild, ein Dokument oder ein Archiv); ein Szenario ist eine YAML- oder JSON-Textdatei, gespeichert als UTF-8',
    ]);
    expect(app.store.getState().scenarioSource).toEqual(bundled);
  });
});

describe('a session file opened on the setup screen', () => {
  const scenario = small();
  const live = startSession(scenario, 7);

  it('replays a UTF-16 file as its text', () => {
    const opened = sessionFromFile('s.json', utf16(sessionToJson(live.session)), scenario);
    if (!opened.ok) throw new Error(opened.message.en);
    expect(stateHash(opened.live.state)).toBe(stateHash(live.state));
  });

  it('refuses an image in both languages', () => {
    expect(sessionFromFile('bild.json', PNG, scenario)).toEqual({
      ok: false,
      message: {
        en: 'The session "bild.json" cannot be opened: this is not a text file (perhaps an image, a document or an archive).',
        de: 'Der Spielstand „bild.json“ lässt sich nicht öffnen: das ist keine Textdatei (vielleicht ein Bild, ein Dokument oder ein Archiv).',
      },
    });
  });
});
