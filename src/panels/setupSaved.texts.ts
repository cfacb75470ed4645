/** Texts of the saved sessions on the setup screen (the list, resuming, opening a file with progress) in German and English. */
import type { Language } from '../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const SAVED_TEXTS = {
  startKeeps: {
    de: 'Ein neues Spiel wird daneben gespeichert; die bisherigen Sitzungen bleiben.',
    en: 'A new game is saved beside it; the earlier sessions stay.',
  },
  others: { de: 'Frühere Sitzungen', en: 'Earlier sessions' },
  resumeThis: { de: 'Fortsetzen', en: 'Resume' },
  savedOn: {
    de: (when: string) => `gespeichert ${when}`,
    en: (when: string) => `saved ${when}`,
  } as Say<[string]>,
  cannotResume: {
    de: 'Diese Sitzung lässt sich nicht wiederherstellen.',
    en: 'This session cannot be restored.',
  },
  reading: { de: (file: string) => `„${file}“ wird geprüft …`, en: (file: string) => `Checking "${file}" …` } as Say<[string]>,
  replaying: {
    de: (file: string, done: string, total: string) => `„${file}“ wird nachgespielt: ${done} von ${total} Einträgen …`,
    en: (file: string, done: string, total: string) => `Replaying "${file}": ${done} of ${total} entries …`,
  } as Say<[string, string, string]>,
  cancel: { de: 'Abbrechen', en: 'Cancel' },
  branchOf: {
    de: (year: number, when: string) => `Variante: ab ${year} neu gespielt aus der Sitzung, gespeichert ${when}`,
    en: (year: number, when: string) => `Branch: played again from ${year} of the session saved ${when}`,
  } as Say<[number, string]>,
  branchOfGone: {
    de: (year: number) => `Variante: ab ${year} neu gespielt`,
    en: (year: number) => `Branch: played again from ${year}`,
  } as Say<[number]>,
  remove: { de: 'Löschen …', en: 'Delete …' },
  removeFor: {
    de: (name: string) => `${name} löschen`,
    en: (name: string) => `Delete ${name}`,
  } as Say<[string]>,
  reallyRemove: { de: 'Endgültig löschen', en: 'Delete for good' },
  keep: { de: 'Behalten', en: 'Keep' },
  cannotRemove: {
    de: 'Diese Sitzung lässt sich jetzt nicht löschen: Sie ist in einem anderen Tab offen, oder der Browser erlaubt es nicht.',
    en: 'This session cannot be deleted now: it is open in another tab, or the browser does not allow it.',
  },
};
