/** Texts of the debrief's games of one family (the original game and its what-if branches) and their comparison, in German and English. */
import type { Language } from '../../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const FAMILY_TEXTS = {
  heading: { de: 'Dieses Spiel und seine Varianten', en: 'This game and its what-if branches' },
  intro: {
    de: 'Spiele mit demselben Szenario, Startwert und derselben Länge. Gewählte Spiele erscheinen als weitere Linien in den Diagrammen und in der Tabelle.',
    en: 'Games of the same scenario, seed and length. Games chosen to compare join the charts as extra lines and the table below.',
  },
  alone: {
    de: 'Bisher gibt es nur dieses Spiel. „Neu spielen ab …“ beginnt eine Variante ab einer früheren Runde.',
    en: 'So far there is only this game. "Play again from …" starts a branch from an earlier round.',
  },
  game: { de: (n: number) => `Spiel ${n}`, en: (n: number) => `Game ${n}` } as Say<[number]>,
  original: { de: 'ursprüngliches Spiel', en: 'original game' },
  branch: {
    de: (round: number, year: number, parent?: number) => `ab Runde ${round} (Jahr ${year}) neu gespielt${parent ? ` aus Spiel ${parent}` : ''}`,
    en: (round: number, year: number, parent?: number) => `played again from round ${round} (year ${year})${parent ? ` of game ${parent}` : ''}`,
  } as Say<[number, number, number?]>,
  /** Short names for the legend and the table's columns. */
  shortOriginal: { de: (n: number) => `Spiel ${n} (ursprünglich)`, en: (n: number) => `Game ${n} (original)` } as Say<[number]>,
  shortBranch: { de: (n: number, year: number) => `Spiel ${n} (ab ${year})`, en: (n: number, year: number) => `Game ${n} (from ${year})` } as Say<[number, number]>,
  yours: { de: (name: string) => `Ihr Spiel: ${name}`, en: (name: string) => `Your game: ${name}` } as Say<[string]>,
  thisGame: { de: 'dieses Spiel', en: 'this game' },
  compare: { de: 'Vergleichen', en: 'Compare' },
  compareFor: { de: (name: string) => `${name} vergleichen`, en: (name: string) => `Compare ${name}` } as Say<[string]>,
  loading: { de: 'wird nachgespielt …', en: 'being replayed …' },
  failed: { de: 'lässt sich nicht laden', en: 'cannot be loaded' },
  most: { de: 'Bis zu drei Spiele zugleich im Vergleich.', en: 'Up to three games compared at a time.' },
  tableHeading: { de: 'Ergebnisse im Vergleich', en: 'Results side by side' },
  indicator: { de: 'Am Ende', en: 'At the end' },
  playedTo: { de: 'Gespielt bis', en: 'Played to' },
  roleTotal: { de: (role: string) => `Punkte: ${role}`, en: (role: string) => `Points: ${role}` } as Say<[string]>,
};
