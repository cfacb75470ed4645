/** Sentences a trainer understands, in German and English, for every kind of problem in a scenario file. */
import { isConsistency, type ConsistencyDetail } from './consistencyDetail';
import { consistencyMessage } from './consistencyMessages';
import { firstOnLine } from './duplicateKeys';
import { fileMessage } from './fileMessages';
import type { IdKind, JsonSyntaxReason, ProblemDetail, SyntaxDetail } from './findings';
import type { Language } from './schema';
import type { Bound, Expectation } from './schemaAt';
import { yamlSentence } from './yamlMessages';

/** The sentence for a problem in the chosen language. */
export function problemMessage(detail: ProblemDetail, lang: Language): string {
  if (isConsistency(detail)) return consistencyMessage(detail, lang);
  return (lang === 'de' ? german : english)(detail);
}

const quote = (text: string) => JSON.stringify(text);

const list = (items: readonly string[]) => (items.length > 12 ? [...items.slice(0, 12), '…'] : items).join(', ');

const round = (n: number) => String(Math.round(n * 1000) / 1000);

/** A value as written, short enough for one line. */
function shown(value: unknown, emptyValue: string): string {
  if (value === null) return emptyValue;
  if (typeof value === 'string') return quote(value.length > 30 ? `${value.slice(0, 29)}…` : value);
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** A list longer than its limit is counted rather than shown. */
function tooLong(detail: { expected: Expectation; got?: unknown }): detail is { expected: Expectation; got: unknown[] } {
  return detail.expected.kind === 'list' && detail.expected.max !== undefined && Array.isArray(detail.got) && detail.got.length > detail.expected.max;
}

/** " from 1 to 100", " ≥ 0" or "" for a number's bounds; `range` phrases the two-sided case. */
function bounds(min: Bound | undefined, max: Bound | undefined, range: (a: number, b: number) => string): string {
  if (min?.inclusive && max?.inclusive) return ` ${range(min.value, max.value)}`;
  const parts = [min && `${min.inclusive ? '≥' : '>'} ${min.value}`, max && `${max.inclusive ? '≤' : '<'} ${max.value}`];
  return parts.filter(Boolean).map((part) => ` ${part}`).join('');
}

const KNOWN_PATTERNS: Record<string, { en: string; de: string }> = {
  '^[A-Za-z][A-Za-z0-9_-]*$': {
    en: 'an identifier (a letter, then letters, digits, "_" or "-")',
    de: 'eine ID (ein Buchstabe, dann Buchstaben, Ziffern, "_" oder "-")',
  },
  '^#[0-9a-fA-F]{6}$': { en: 'a colour written as #rrggbb', de: 'eine Farbe in der Form #rrggbb' },
};

// The schema's own refinement messages are English; these are their German versions.
const GERMAN_REFINEMENTS: Record<string, string> = {
  'needs either a year (scheduled) or a probability (drawn)':
    'braucht entweder ein Jahr (year, geplantes Ereignis) oder eine Wahrscheinlichkeit (probability, gezogenes Ereignis)',
};

function englishExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'number':
      return `${e.integer ? 'a whole number' : 'a number'}${bounds(e.min, e.max, (a, b) => `from ${a} to ${b}`)}`;
    case 'text':
      return e.pattern ? (KNOWN_PATTERNS[e.pattern]?.en ?? `a text matching ${e.pattern}`) : e.nonEmpty ? 'a non-empty text' : 'a text';
    case 'boolean':
      return 'true or false';
    case 'oneOf':
      return `one of: ${list(e.values)}`;
    case 'exactly':
      return shown(e.value, 'empty');
    case 'localText':
      return 'a text in German and English, like { de: …, en: … }';
    case 'object':
      return `an object with the fields ${list(e.keys)}`;
    case 'record':
      return `an object whose entries are each ${englishExpectation(e.value)}`;
    case 'list':
      if (e.max !== undefined) return `a list with ${e.min ? `${e.min} to ${e.max}` : `at most ${e.max}`} entries`;
      return e.min ? `a list with at least ${e.min} ${e.min === 1 ? 'entry' : 'entries'}` : 'a list';
    case 'valid':
      return 'a valid value';
  }
}

const ENGLISH_KINDS: Record<IdKind, string> = {
  fieldOfAction: 'field of action',
  householdClass: 'household class',
  district: 'district',
  role: 'role',
  measure: 'measure',
};

const ENGLISH_JSON: Record<JsonSyntaxReason, string> = {
  end: 'the file ends too early; is a closing "}" or "]" missing?',
  expectedValue: 'expected a value',
  expectedKey: 'expected a key in double quotes',
  expectedColon: 'expected ":" after the key',
  expectedCommaOrBrace: 'expected "," or "}" after the value',
  expectedCommaOrBracket: 'expected "," or "]" after the value',
  trailingComma: 'JSON allows no comma before a closing "}" or "]"',
  controlChar: 'a line break or tab inside a text must be written as \\n or \\t',
  badEscape: 'unknown escape after "\\" in a text',
  badNumber: 'this number is not written as JSON expects',
  extra: 'more text follows after the end of the data',
  duplicateKey: 'this key appears twice in the same object',
};

function englishSyntax(detail: SyntaxDetail): string {
  const first = detail.firstLine ? firstOnLine(detail.firstLine, 'en') : '';
  if (detail.format === 'YAML') return `YAML syntax error: ${yamlSentence(detail.reason, detail.text, 'en')}${first}`;
  return `JSON syntax error: ${ENGLISH_JSON[detail.reason]}${detail.found ? `, found ${detail.found}` : ''}${first}`;
}

function english(detail: Exclude<ProblemDetail, ConsistencyDetail>): string {
  const didYouMean = (suggestion?: string) => (suggestion ? `; did you mean ${quote(suggestion)}?` : '');
  switch (detail.code) {
    case 'syntax':
      return englishSyntax(detail);
    case 'type':
    case 'range':
    case 'format':
    case 'enum':
      return `must be ${englishExpectation(detail.expected)}, got ${tooLong(detail) ? `${detail.got.length} entries` : shown(detail.got, 'an empty value')}${didYouMean(detail.suggestion)}`;
    case 'required':
      return 'is missing';
    case 'unknownKey':
      return `is not a known key here${detail.suggestion ? didYouMean(detail.suggestion) : `; known keys: ${list(detail.known)}`}`;
    case 'unknownId': {
      const kind = ENGLISH_KINDS[detail.kind];
      const hint = detail.suggestion ? didYouMean(detail.suggestion) : detail.known.length ? `; known: ${list(detail.known)}` : '';
      return `refers to ${kind} ${quote(detail.id)}, which does not exist${hint}`;
    }
    case 'duplicateId':
      return `the id ${quote(detail.id)} is already used by ${detail.first}; ids must be unique`;
    case 'invalid':
      return detail.text;
    case 'shareSum':
      return `${detail.parts.join(' + ')} must add up to 1, got ${round(detail.sum)}`;
    case 'reversedRange':
      return `must not be greater than ${detail.other} (${detail.otherValue}), got ${detail.got}`;
    case 'yearOutsideGame':
      return `must be a year the game covers, from ${detail.first} to ${detail.last}, got ${detail.got}`;
    case 'missingDistrict':
      return `needs a district, because measure ${quote(detail.measure)} is placed in one district`;
    case 'districtNotAllowed':
      return `measure ${quote(detail.measure)} cannot be placed in district ${quote(detail.district)}; allowed: ${list(detail.allowed)}`;
    case 'leadAsPartner':
      return `names the lead role ${quote(detail.role)} as a partner; the lead takes part anyway`;
    case 'ruleNotOffered':
      return `must be one of the decision options (${list(detail.options)}), got ${quote(detail.rule)}`;
    case 'encoding':
    case 'tooDeep':
      return fileMessage(detail, 'en');
  }
}

function germanExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'number':
      return `${e.integer ? 'eine ganze Zahl' : 'eine Zahl'}${bounds(e.min, e.max, (a, b) => `von ${a} bis ${b}`)}`;
    case 'text':
      return e.pattern
        ? (KNOWN_PATTERNS[e.pattern]?.de ?? `ein Text nach dem Muster ${e.pattern}`)
        : e.nonEmpty
          ? 'ein nicht leerer Text'
          : 'ein Text';
    case 'boolean':
      return 'true oder false';
    case 'oneOf':
      return `einer der Werte ${list(e.values)}`;
    case 'exactly':
      return shown(e.value, 'leer');
    case 'localText':
      return 'ein Text auf Deutsch und Englisch, etwa { de: …, en: … }';
    case 'object':
      return `ein Objekt mit den Feldern ${list(e.keys)}`;
    case 'record':
      return `ein Objekt, dessen Einträge jeweils ${germanExpectation(e.value)} sind`;
    case 'list':
      if (e.max !== undefined) return `eine Liste mit ${e.min ? `${e.min} bis ${e.max}` : `höchstens ${e.max}`} Einträgen`;
      return e.min ? `eine Liste mit mindestens ${e.min} ${e.min === 1 ? 'Eintrag' : 'Einträgen'}` : 'eine Liste';
    case 'valid':
      return 'ein gültiger Wert';
  }
}

// Accusative noun phrase and matching relative pronoun: "verweist auf die Rolle "x", die es nicht gibt".
const GERMAN_KINDS: Record<IdKind, [string, string]> = {
  fieldOfAction: ['das Handlungsfeld', 'das'],
  householdClass: ['den Haushaltstyp', 'den'],
  district: ['das Teilgebiet', 'das'],
  role: ['die Rolle', 'die'],
  measure: ['die Maßnahme', 'die'],
};

const GERMAN_JSON: Record<JsonSyntaxReason, string> = {
  end: 'die Datei endet zu früh; fehlt eine schließende "}" oder "]"?',
  expectedValue: 'hier wird ein Wert erwartet',
  expectedKey: 'hier wird ein Schlüssel in doppelten Anführungszeichen erwartet',
  expectedColon: 'nach dem Schlüssel wird ":" erwartet',
  expectedCommaOrBrace: 'nach dem Wert wird "," oder "}" erwartet',
  expectedCommaOrBracket: 'nach dem Wert wird "," oder "]" erwartet',
  trailingComma: 'JSON erlaubt kein Komma vor einer schließenden "}" oder "]"',
  controlChar: 'ein Zeilenumbruch oder Tabulator in einem Text muss als \\n oder \\t geschrieben werden',
  badEscape: 'unbekannte Escape-Folge nach "\\" in einem Text',
  badNumber: 'diese Zahl ist nicht so geschrieben, wie JSON es verlangt',
  extra: 'nach dem Ende der Daten folgt noch Text',
  duplicateKey: 'dieser Schlüssel steht zweimal im selben Objekt',
};

function germanSyntax(detail: SyntaxDetail): string {
  const first = detail.firstLine ? firstOnLine(detail.firstLine, 'de') : '';
  if (detail.format === 'YAML') return `YAML-Syntaxfehler: ${yamlSentence(detail.reason, detail.text, 'de')}${first}`;
  return `JSON-Syntaxfehler: ${GERMAN_JSON[detail.reason]}${detail.found ? `, gefunden: ${detail.found}` : ''}${first}`;
}

function german(detail: Exclude<ProblemDetail, ConsistencyDetail>): string {
  const didYouMean = (suggestion?: string) => (suggestion ? `; meinten Sie ${quote(suggestion)}?` : '');
  switch (detail.code) {
    case 'syntax':
      return germanSyntax(detail);
    case 'type':
    case 'range':
    case 'format':
    case 'enum':
      return `muss ${germanExpectation(detail.expected)} sein, gefunden: ${tooLong(detail) ? `${detail.got.length} Einträge` : shown(detail.got, 'ein leerer Wert')}${didYouMean(detail.suggestion)}`;
    case 'required':
      return 'fehlt';
    case 'unknownKey':
      return `ist hier kein bekannter Schlüssel${detail.suggestion ? didYouMean(detail.suggestion) : `; bekannte Schlüssel: ${list(detail.known)}`}`;
    case 'unknownId': {
      const [noun, pronoun] = GERMAN_KINDS[detail.kind];
      const hint = detail.suggestion ? didYouMean(detail.suggestion) : detail.known.length ? `; bekannt: ${list(detail.known)}` : '';
      return `verweist auf ${noun} ${quote(detail.id)}, ${pronoun} es nicht gibt${hint}`;
    }
    case 'duplicateId':
      return `die ID ${quote(detail.id)} ist schon bei ${detail.first} vergeben; IDs müssen eindeutig sein`;
    case 'invalid':
      return GERMAN_REFINEMENTS[detail.text] ?? detail.text;
    case 'shareSum':
      return `${detail.parts.join(' + ')} müssen zusammen 1 ergeben, gefunden: ${round(detail.sum)}`;
    case 'reversedRange':
      return `darf nicht größer sein als ${detail.other} (${detail.otherValue}), gefunden: ${detail.got}`;
    case 'yearOutsideGame':
      return `muss ein Jahr im Spielzeitraum sein, von ${detail.first} bis ${detail.last}, gefunden: ${detail.got}`;
    case 'missingDistrict':
      return `braucht ein Teilgebiet (district), weil die Maßnahme ${quote(detail.measure)} in einem Teilgebiet platziert wird`;
    case 'districtNotAllowed':
      return `die Maßnahme ${quote(detail.measure)} kann nicht im Teilgebiet ${quote(detail.district)} platziert werden; erlaubt: ${list(detail.allowed)}`;
    case 'leadAsPartner':
      return `nennt die federführende Rolle ${quote(detail.role)} als Partner; die Federführung ist ohnehin beteiligt`;
    case 'ruleNotOffered':
      return `muss eine der Entscheidungsregeln aus options sein (${list(detail.options)}), gefunden: ${quote(detail.rule)}`;
    case 'encoding':
    case 'tooDeep':
      return fileMessage(detail, 'de');
  }
}
