/** Finds the first JSON syntax error and its offset: JSON.parse's messages differ between engines and often lack a position. */
import type { JsonSyntaxReason } from './findings';

export interface JsonSyntaxError {
  offset: number;
  reason: JsonSyntaxReason;
  found?: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// What stands at an error: a quoted string, a bare word or a single character.
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|[^\s,:{}[\]"]+|./y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The first syntax error in `source`, or undefined if it is valid JSON. Iterative, so deep nesting cannot overflow the stack. */
export function jsonSyntaxError(source: string): JsonSyntaxError | undefined {
  let i = 0;
  const closers: ('}' | ']')[] = [];
  const fail = (reason: JsonSyntaxReason, found?: string): JsonSyntaxError =>
    i >= source.length ? { offset: source.length, reason: 'end' } : found === undefined ? { offset: i, reason } : { offset: i, reason, found };
  const skipSpace = () => {
    while (i < source.length && ' \t\n\r'.includes(source.charAt(i))) i++;
  };
  const foundHere = () => {
    TOKEN.lastIndex = i;
    const token = (TOKEN.exec(source)?.[0] ?? '').slice(0, 30);
    return token.startsWith('"') ? token : JSON.stringify(token);
  };
  // Reads a string starting at its opening quote; returns an error or advances past the closing quote.
  const readString = (): JsonSyntaxError | undefined => {
    i++;
    while (i < source.length) {
      const c = source.charAt(i);
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(source)) return fail('badEscape');
        i = ESCAPE.lastIndex;
      } else if (c < ' ') return fail('controlChar');
      else i++;
    }
    return fail('end');
  };
  let expecting: 'value' | 'key' | 'after' = 'value';
  let afterComma = false;
  for (;;) {
    skipSpace();
    const c = source.charAt(i);
    if (expecting === 'value') {
      if (c === ']' && afterComma) return fail('trailingComma');
      afterComma = false;
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        const empty = source.charAt(i) === (c === '{' ? '}' : ']');
        if (empty) i++;
        else closers.push(c === '{' ? '}' : ']');
        expecting = empty ? 'after' : c === '{' ? 'key' : 'value';
      } else if (c === '"') {
        const error = readString();
        if (error) return error;
        expecting = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(source)) return fail('badNumber', foundHere());
        i = NUMBER.lastIndex;
        expecting = 'after';
      } else {
        const literal = ['true', 'false', 'null'].find((word) => source.startsWith(word, i));
        if (!literal) return fail('expectedValue', foundHere());
        i += literal.length;
        expecting = 'after';
      }
    } else if (expecting === 'key') {
      // An empty object was handled at "{", so a "}" here follows a comma.
      if (c === '}') return fail('trailingComma');
      if (c !== '"') return fail('expectedKey', foundHere());
      const error = readString();
      if (error) return error;
      skipSpace();
      if (source.charAt(i) !== ':') return fail('expectedColon', foundHere());
      i++;
      expecting = 'value';
    } else {
      const closer = closers.at(-1);
      if (!closer) return i < source.length ? fail('extra', foundHere()) : undefined;
      if (c === ',') {
        i++;
        afterComma = true;
        expecting = closer === '}' ? 'key' : 'value';
      } else if (c === closer) {
        i++;
        closers.pop();
      } else return fail(closer === '}' ? 'expectedCommaOrBrace' : 'expectedCommaOrBracket', foundHere());
    }
  }
}
