/** Problems with the file as a whole, found before its data is read: its bytes are no UTF-8 text, or it nests too deeply. */
import type { Language } from './schema';
import type { EncodingProblem } from './textDecoding';

export type FileDetail = { code: 'encoding'; reason: EncodingProblem } | { code: 'tooDeep'; limit: number };

const ENCODING: Record<EncodingProblem, Record<Language, string>> = {
  notText: {
    en: 'this is not a text file (perhaps an image, a document or an archive)',
    de: 'das ist keine Textdatei (vielleicht ein Bild, ein Dokument oder ein Archiv)',
  },
  notUtf8: {
    en: 'the text here is not UTF-8, so the file was saved in another encoding (such as Windows-1252); save the file as UTF-8',
    de: 'der Text ist hier kein UTF-8, die Datei wurde also in einer anderen Kodierung gespeichert (etwa Windows-1252); bitte die Datei als UTF-8 speichern',
  },
};

const SCENARIO_IS_TEXT: Record<Language, string> = {
  en: '; a scenario is a YAML or JSON text file, saved as UTF-8',
  de: '; ein Szenario ist eine YAML- oder JSON-Textdatei, gespeichert als UTF-8',
};

/** Why a file's bytes are not read, for any kind of file (a session file too). */
export function encodingSentence(reason: EncodingProblem, lang: Language): string {
  return ENCODING[reason][lang];
}

/** The sentence for a problem with a whole scenario file. */
export function fileMessage(detail: FileDetail, lang: Language): string {
  if (detail.code === 'encoding') return `${encodingSentence(detail.reason, lang)}${detail.reason === 'notText' ? SCENARIO_IS_TEXT[lang] : ''}`;
  return lang === 'de'
    ? `die Datei ist zu tief verschachtelt (mehr als ${detail.limit} Ebenen); ein Szenario braucht höchstens etwa 10`
    : `the file is nested too deeply (more than ${detail.limit} levels); a scenario needs at most about 10`;
}
