/** Texts of the debrief's Scores section that tell the parts of a score apart and compare the shared score, in German and English. */
import type { Language } from '../../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const SCORE_TEXTS = {
  /** What profile points are, in the words of the role briefing ("credit for your own projects"), and what objective points are. */
  profileMeaning: {
    de: (lead: number, partner: number) =>
      `Profil heißt Anerkennung für eigene Projekte: ${lead} Punkte je beschlossener Maßnahme unter eigener Federführung, ${partner} je Maßnahme, die die Rolle mitbezahlt – gleich, wie es dem Quartier geht. Ziele messen, wie weit sich die Kennzahlen bewegt haben, die der Rolle wichtig sind.`,
    en: (lead: number, partner: number) =>
      `Profile means credit for your own projects: ${lead} points for each passed measure under the role's lead, ${partner} for each it helps to pay for – however the neighbourhood fares. Objectives measure how far the indicators the role cares about have moved.`,
  } as Say<[number, number]>,
  fromObjectives: { de: 'davon aus Zielen', en: 'from objectives' },
  fromProfile: { de: 'davon aus Profil', en: 'from profile' },
  compareHeading: { de: 'Das gemeinsame Ergebnis im Vergleich', en: 'The shared score compared' },
  compareNote: {
    de: 'Dieselbe Partie (Startwert, Länge, Regel) ohne jede Maßnahme, und vom Computer gespielt mit derselben Haltung in jeder Rolle.',
    en: 'The same game (seed, length, rule) without any measure, and played by the computer with one stance in every role.',
  },
};
