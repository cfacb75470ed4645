import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { decodeText, firstInvalidUtf8 } from '../../src/scenario/textDecoding';
import { edited, smallYaml, where } from './fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
const withMark = (mark: number[], bytes: Uint8Array) => Uint8Array.from([...mark, ...bytes]);
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const PNG = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
const ZIP = Uint8Array.from(Buffer.from('504b0304140000000800', 'hex'));

/** The formatted problems of a file's bytes, or [] if it loads. */
function problemsOfBytes(bytes: Uint8Array, file = 'small.yaml', lang: 'de' | 'en' = 'en'): string[] {
  const result = loadScenario(bytes, file, { lang });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('a file is read from its bytes the same way in the command line and the browser', () => {
  it.each([
    { title: 'UTF-8', bytes: utf8(smallYaml) },
    { title: 'UTF-8 with a byte-order mark', bytes: withMark([0xef, 0xbb, 0xbf], utf8(smallYaml)) },
    { title: 'UTF-16 little-endian with a byte-order mark', bytes: withMark([0xff, 0xfe], utf16le(smallYaml)) },
    { title: 'UTF-16 big-endian with a byte-order mark', bytes: withMark([0xfe, 0xff], utf16be(smallYaml)) },
    { title: 'UTF-16 little-endian without a mark', bytes: utf16le(smallYaml) },
    { title: 'UTF-16 big-endian without a mark', bytes: utf16be(smallYaml) },
    { title: 'Windows line endings (CR LF)', bytes: utf8(smallYaml.replace(/\n/g, '\r\n')) },
    { title: 'old Mac line endings (CR only)', bytes: utf8(smallYaml.replace(/\n/g, '\r')) },
  ])('$title loads like the plain UTF-8 file', ({ bytes }) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ ok: true, text: smallYaml });
    expect(loadScenario(bytes, 'small.yaml').ok).toBe(true);
  });

  it('keeps lines and columns right in a file with old Mac line endings (CR only)', () => {
    const broken = edited(smallYaml, ['cost: 150000', 'cost: viel']);
    const sentence = 'measures[1].cost: must be a number ≥ 0, got "viel"';
    expect(problemsOfBytes(utf8(broken.replace(/\n/g, '\r')))).toEqual([`small.yaml:${where(broken, 'cost: viel', 'viel')}: ${sentence}`]);
    expect(problemsOfBytes(utf8(broken.replace(/\n/g, '\r')), 'small.yaml', 'de')).toEqual([
      `small.yaml:${where(broken, 'cost: viel', 'viel')}: measures[1].cost: muss eine Zahl ≥ 0 sein, gefunden: "viel"`,
    ]);
  });

  it('refuses a file in another encoding than UTF-8 at its first foreign character, asking to save it as UTF-8', () => {
    const source = edited(smallYaml, ['de: Kleines Quartier', 'de: Größeres Quartier']);
    const at = where(source, 'Größeres', 'ö');
    expect(problemsOfBytes(latin1(source))).toEqual([
      `small.yaml:${at}: the text here is not UTF-8, so the file was saved in another encoding (such as Windows-1252); save the file as UTF-8`,
    ]);
    expect(problemsOfBytes(latin1(source), 'small.yaml', 'de')).toEqual([
      `small.yaml:${at}: der Text ist hier kein UTF-8, die Datei wurde also in einer anderen Kodierung gespeichert (etwa Windows-1252); bitte die Datei als UTF-8 speichern`,
    ]);
    expect(loadScenario(latin1(source), 'small.yaml')).toMatchObject({ ok: false, problems: [{ code: 'encoding' }] });
  });

  it('refuses UTF-32, which no editor saves unasked, asking to save it as UTF-8', () => {
    expect(problemsOfBytes(Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toEqual([
      'small.yaml:1:1: the text here is not UTF-8, so the file was saved in another encoding (such as Windows-1252); save the file as UTF-8',
    ]);
  });

  it.each([
    { title: 'a PNG image', bytes: PNG },
    { title: 'a zip archive (such as a .docx)', bytes: ZIP },
  ])('calls $title not a text file, in both languages', ({ bytes }) => {
    expect(problemsOfBytes(bytes, 'bild.yaml')).toEqual([
      'bild.yaml:1:1: this is not a text file (perhaps an image, a document or an archive); a scenario is a YAML or JSON text file, saved as UTF-8',
    ]);
    expect(problemsOfBytes(bytes, 'bild.yaml', 'de')).toEqual([
      'bild.yaml:1:1: das ist keine Textdatei (vielleicht ein Bild, ein Dokument oder ein Archiv); ein Szenario ist eine YAML- oder JSON-Textdatei, gespeichert als UTF-8',
    ]);
  });

  it('finds the first invalid UTF-8 byte exactly when the standard decoder refuses the bytes', () => {
    const valid = (bytes: Uint8Array) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.string({ unit: 'binary' }).map((text) => utf8(text)),
      fc.tuple(fc.string({ unit: 'binary' }), fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([text, at, byte]) => {
        const b = utf8(text);
        return Uint8Array.from([...b.slice(0, at % (b.length + 1)), byte, ...b.slice(at % (b.length + 1))]);
      }),
    );
    fc.assert(fc.property(bytes, (b) => (firstInvalidUtf8(b) === undefined) === valid(b)), { numRuns: 3000 });
  });

  it('in the command line: a UTF-16 file is checked, a PNG refused with one located line', () => {
    const out: string[] = [];
    const files: Record<string, Uint8Array> = { 'windows.yaml': withMark([0xff, 0xfe], utf16le(smallYaml)), 'bild.yaml': PNG };
    const code = check(['--lang', 'de', 'windows.yaml', 'bild.yaml'], { out: (l) => out.push(l), err: (l) => out.push(l), readFile: (path) => files[path]! });
    expect(code).toBe(1);
    expect(out).toEqual([
      'windows.yaml: in Ordnung (2 Teilgebiete, 2 Haushaltstypen, 2 Rollen, 2 Maßnahmen, 1 Förderprogramm, 2 Ereignisse)',
      'bild.yaml:1:1: das ist keine Textdatei (vielleicht ein Bild, ein Dokument oder ein Archiv); ein Szenario ist eine YAML- oder JSON-Textdatei, gespeichert als UTF-8',
      'bild.yaml: 1 Problem',
    ]);
  });
});
