/** Texts of playing a game again from an earlier round (a what-if branch), in German and English. */
import type { Language } from '../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const BRANCH_TEXTS = {
  heading: { de: 'Ab einer früheren Runde neu spielen', en: 'Play again from an earlier round' },
  open: { de: 'Neu spielen ab …', en: 'Play again from …' },
  round: { de: 'Runde', en: 'Round' },
  roundOption: {
    de: (round: number, year: number) => `Runde ${round} (Jahr ${year})`,
    en: (round: number, year: number) => `Round ${round} (year ${year})`,
  } as Say<[number, number]>,
  go: {
    de: (round: number, year: number) => `Ab Runde ${round} (Jahr ${year}) neu spielen`,
    en: (round: number, year: number) => `Play again from round ${round} (year ${year})`,
  } as Say<[number, number]>,
  seats: { de: 'Wer spielt die Rollen im neuen Spiel?', en: 'Who plays the roles in the new game?' },
  seatFor: { de: (role: string) => `Sitz: ${role}`, en: (role: string) => `Seat: ${role}` } as Say<[string]>,
  keeps: {
    de: 'Das bisherige Spiel bleibt gespeichert. Das neue wird daneben gespeichert; die Auswertung vergleicht beide.',
    en: 'The game so far stays saved. The new one is saved beside it; the debrief compares the two.',
  },
  nothingYet: { de: 'Noch keine Runde gespielt, ab der neu gespielt werden kann.', en: 'No round played yet to play again from.' },
  refused: { de: 'Neu spielen geht hier nicht: Dieser Tab verfolgt das Spiel nur.', en: 'Cannot play again here: this tab only watches the game.' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
};
