/** A file's bytes as the text the parsers read, or why they cannot be: one rule for the command line and the browser. */
import { lineColumn, type Position } from './positions';

/** Why a file's bytes are not read: not text at all (an image, an archive), or text in another encoding than UTF-8. */
export type EncodingProblem = 'notText' | 'notUtf8';

export type Decoded = { ok: true; text: string } | { ok: false; reason: EncodingProblem; position: Position };

const START: Position = { line: 1, column: 1 };

// The core compiles without DOM or Node types (tsconfig.core.json); TextDecoder is standard in both, so it is declared as used here.
declare const TextDecoder: new (label: 'utf-8' | 'utf-16le' | 'utf-16be', options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/**
 * UTF-8 (with or without a byte-order mark) and UTF-16 (with a mark, or Latin text without one) become text with "\n" line
 * breaks, so old Mac files (CR only) have lines too; NUL bytes mean a binary file, other bytes that are not UTF-8 another encoding.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-32 starts like UTF-16 little-endian; no editor saves a scenario that way unless asked to.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return { ok: false, reason: 'notUtf8', position: START };
  const utf16 = utf16Of(bytes);
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'notUtf8', position: START };
    }
    // Bytes that only look like UTF-16 decode to control characters: then they were no text.
    return CONTROL.test(text) ? { ok: false, reason: 'notText', position: START } : { ok: true, text: normaliseText(text) };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'notText', position: START };
  try {
    return { ok: true, text: normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const offset = firstInvalidUtf8(bytes) ?? 0;
    const before = normaliseText(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
    return { ok: false, reason: 'notUtf8', position: lineColumn(before, before.length) };
  }
}

/** Text as the parsers want it: no byte-order mark, and "\n" for every line break (Windows CR LF, old Mac CR). */
export function normaliseText(text: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

// Control characters no text file holds (tab, line feed, form feed and carriage return are fine).
const CONTROL = /[\0-\x08\x0B\x0E-\x1F]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 by its byte-order mark, or without one by its pattern: Latin text has a zero in every other byte, and only there. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs / 2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs / 2 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (the WHATWG decoder's rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence and the range its second byte must lie in (no overlong forms, no surrogates, nothing above U+10FFFF).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf]
      : b === 0xf4 ? [4, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return undefined;
}
