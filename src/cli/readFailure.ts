/** Why a file could not be read, in words instead of an error code. */
import type { Language } from '../scenario/schema';

const READ_ERRORS: Record<string, Record<Language, string>> = {
  ENOENT: { en: 'no such file', de: 'Datei nicht gefunden' },
  EISDIR: { en: 'it is a folder', de: 'das ist ein Ordner' },
  EACCES: { en: 'no permission', de: 'keine Berechtigung' },
};

export function readFailure(error: unknown, lang: Language): string {
  const code = (error as { code?: string }).code ?? '';
  return READ_ERRORS[code]?.[lang] ?? (error instanceof Error ? error.message : String(error));
}
