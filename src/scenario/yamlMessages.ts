/** Our sentences for every error the yaml library reports, so that none of its English texts reaches a German trainer. */
import type { ErrorCode } from 'yaml';
import type { Language } from './schema';

/** The library's error codes, and the cases we tell apart ourselves. */
export type YamlReason =
  | ErrorCode
  /** More aliases (*name) than the library expands, as in a "billion laughs" file. */
  | 'ALIAS_COUNT'
  /** A merge key (<<: *name), which scenarios do not support. */
  | 'MERGE_KEY'
  /** Text after a document that was complete, such as YAML after a JSON object. */
  | 'TEXT_AFTER_END';

const ENGLISH_KEY_LAYOUT =
  'check the indentation here and on the next line: the keys of one block start in the same column; a key stands on one line and ends with ":", and a value that contains ": " goes in quotes';

const GERMAN_KEY_LAYOUT =
  'bitte die Einrückung hier und in der nächsten Zeile prüfen: die Schlüssel eines Blocks beginnen in derselben Spalte; ein Schlüssel steht auf einer Zeile und endet mit ":", und ein Wert, der ": " enthält, gehört in Anführungszeichen';

const ENGLISH: Record<YamlReason, string> = {
  ALIAS_PROPS: 'an alias (*name) cannot have an anchor (&name) or a tag (!) of its own',
  BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that is not defined before it',
  BAD_DIRECTIVE: 'a line starting with "%" is a YAML directive, and this one is unknown; remove it or put the text in quotes',
  BAD_DQ_ESCAPE: 'unknown escape after "\\" in a text in double quotes; write "\\\\" for a backslash, or use single quotes',
  BAD_INDENT: 'the indentation does not match the lines above, or a "[" or "{" above is not closed',
  BAD_PROP_ORDER: 'an anchor (&name) or a tag (!) must come after the "-", "?" or ":", not before it',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is in quotes',
  BLOCK_AS_IMPLICIT_KEY: ENGLISH_KEY_LAYOUT,
  BLOCK_IN_FLOW:
    'inside "[ … ]" or "{ … }" there can be no list with "-" and no keys on lines of their own; separate the entries with commas, or leave out the brackets',
  DUPLICATE_KEY: 'this key appears twice in the same block',
  IMPOSSIBLE: 'this place cannot be read as YAML',
  KEY_OVER_1024_CHARS: 'this key is longer than 1024 characters; is a line break or a ":" missing?',
  MISSING_CHAR: 'something is missing here: a closing quote or bracket, or the colon after a key',
  MULTILINE_IMPLICIT_KEY: ENGLISH_KEY_LAYOUT,
  MULTIPLE_ANCHORS: 'a value can have only one anchor (&name)',
  MULTIPLE_DOCS: 'the file holds more than one document (a line with ---); a scenario is one document',
  MULTIPLE_TAGS: 'a value can have only one tag (!)',
  NON_STRING_KEY: 'a key must be a text',
  RESOURCE_EXHAUSTION: 'the file is too large or too deeply nested to read here',
  TAB_AS_INDENT: 'tabs cannot be used for indentation; use spaces',
  TAG_RESOLVE_FAILED: 'this tag (!) is unknown; a scenario needs no tags, remove it',
  UNEXPECTED_TOKEN: 'unexpected text here',
  BAD_COLLECTION_TYPE: 'this tag (!) does not fit its value; a scenario needs no tags, remove it',
  ALIAS_COUNT: 'the aliases (*name) here would repeat far too much data; write the values out, or use fewer aliases',
  MERGE_KEY: 'merge keys ("<<: *name") are not supported in scenarios; write the fields out, or use "*name" for a whole value',
  TEXT_AFTER_END: 'more text follows after the end of the data; a scenario file holds one scenario, in YAML or in JSON, not both',
};

const GERMAN: Record<YamlReason, string> = {
  ALIAS_PROPS: 'ein Alias (*name) kann keinen eigenen Anker (&name) und kein eigenes Tag (!) haben',
  BAD_ALIAS: 'ein Alias (*name) verweist auf einen Anker (&name), der nicht vorher definiert ist',
  BAD_DIRECTIVE: 'eine Zeile, die mit "%" beginnt, ist eine YAML-Direktive, und diese ist unbekannt; bitte entfernen oder den Text in Anführungszeichen setzen',
  BAD_DQ_ESCAPE:
    'unbekannte Escape-Folge nach "\\" in einem Text in doppelten Anführungszeichen; für einen Backslash "\\\\" schreiben oder einfache Anführungszeichen verwenden',
  BAD_INDENT: 'die Einrückung passt nicht zu den Zeilen darüber, oder eine "[" oder "{" weiter oben ist nicht geschlossen',
  BAD_PROP_ORDER: 'ein Anker (&name) oder ein Tag (!) muss nach dem "-", "?" oder ":" stehen, nicht davor',
  BAD_SCALAR_START: 'ein Wert darf nur in Anführungszeichen mit diesem Zeichen beginnen',
  BLOCK_AS_IMPLICIT_KEY: GERMAN_KEY_LAYOUT,
  BLOCK_IN_FLOW:
    'innerhalb von "[ … ]" oder "{ … }" sind keine Listen mit "-" und keine Schlüssel auf eigenen Zeilen erlaubt; die Einträge mit Kommas trennen oder die Klammern weglassen',
  DUPLICATE_KEY: 'dieser Schlüssel steht zweimal im selben Block',
  IMPOSSIBLE: 'diese Stelle lässt sich nicht als YAML lesen',
  KEY_OVER_1024_CHARS: 'dieser Schlüssel ist länger als 1024 Zeichen; fehlt ein Zeilenumbruch oder ein ":"?',
  MISSING_CHAR: 'hier fehlt etwas: ein schließendes Anführungszeichen, eine schließende Klammer oder der Doppelpunkt nach einem Schlüssel',
  MULTILINE_IMPLICIT_KEY: GERMAN_KEY_LAYOUT,
  MULTIPLE_ANCHORS: 'ein Wert kann nur einen Anker (&name) haben',
  MULTIPLE_DOCS: 'die Datei enthält mehr als ein Dokument (eine Zeile mit ---); ein Szenario ist ein Dokument',
  MULTIPLE_TAGS: 'ein Wert kann nur ein Tag (!) haben',
  NON_STRING_KEY: 'ein Schlüssel muss ein Text sein',
  RESOURCE_EXHAUSTION: 'die Datei ist hier zu groß oder zu tief verschachtelt, um sie zu lesen',
  TAB_AS_INDENT: 'Tabulatoren sind als Einrückung nicht erlaubt; bitte Leerzeichen verwenden',
  TAG_RESOLVE_FAILED: 'dieses Tag (!) ist unbekannt; ein Szenario braucht keine Tags, bitte entfernen',
  UNEXPECTED_TOKEN: 'unerwarteter Text an dieser Stelle',
  BAD_COLLECTION_TYPE: 'dieses Tag (!) passt nicht zu seinem Wert; ein Szenario braucht keine Tags, bitte entfernen',
  ALIAS_COUNT: 'die Aliase (*name) hier würden viel zu viele Daten wiederholen; bitte die Werte ausschreiben oder weniger Aliase verwenden',
  MERGE_KEY: 'Merge-Schlüssel ("<<: *name") werden in Szenarien nicht unterstützt; bitte die Felder ausschreiben oder "*name" für einen ganzen Wert verwenden',
  TEXT_AFTER_END: 'nach dem Ende der Daten folgt noch Text; eine Szenariodatei enthält ein Szenario, in YAML oder in JSON, nicht beides',
};

/** Our sentence for a YAML error; the library's own text only in English, and only for a failure it has no code for. */
export function yamlSentence(reason: YamlReason | undefined, text: string, lang: Language): string {
  if (reason) return (lang === 'de' ? GERMAN : ENGLISH)[reason];
  return lang === 'de' ? 'diese Stelle lässt sich nicht als YAML lesen' : text;
}
