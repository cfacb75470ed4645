/** Texts of the debrief's "Why this result?": the difference between the game and no measures, cause by cause. */
import type { Language, LocalText } from '../../scenario/schema';

export const WHY = {
  indicator: { de: 'Kennzahl', en: 'Indicator' },
  yourGame: { de: 'Ihr Spiel', en: 'Your game' },
  noMeasures: { de: 'Ohne Maßnahmen', en: 'No measures' },
  difference: { de: 'Unterschied', en: 'Difference' },
  better: { de: 'besser', en: 'better' },
  worse: { de: 'schlechter', en: 'worse' },
  // Where the shared goals do not weigh an indicator: the direction, without a judgement.
  up: { de: 'höher', en: 'higher' },
  down: { de: 'niedriger', en: 'lower' },
  unchanged: { de: 'kein Unterschied', en: 'no difference' },
  causes: { de: 'Woher der Unterschied kommt', en: 'Where the difference comes from' },
  how: {
    de: 'Je Ursache: ihre Wirkung in Ihrem Spiel minus ihre Wirkung ohne Maßnahmen. Zusammen ergeben sie den Unterschied.',
    en: 'Each cause: its effect in your game minus its effect with no measures. Together they make up the difference.',
  },
  total: { de: 'Unterschied insgesamt', en: 'Difference in all' },
  betterKey: { de: 'besser als ohne Maßnahmen', en: 'better than no measures' },
  worseKey: { de: 'schlechter als ohne Maßnahmen', en: 'worse than no measures' },
  bySharedGoals: { de: '(Farben nach den gemeinsamen Zielen)', en: '(colours by the shared goals)' },
  noDifference: { de: 'Ihr Spiel endet hier wie das Spiel ohne Maßnahmen.', en: 'Your game ends here as the game with no measures does.' },
  unavailable: {
    de: 'Die Ursachen dieses Spiels lassen sich nicht mehr nachrechnen: ein Teil seiner Jahre fehlt im Spielstand.',
    en: 'The causes of this game can no longer be worked out: some of its years are missing from the session.',
  },
} satisfies Record<string, LocalText>;

/** The question the section answers, for the indicator and the last year played. */
export function whyQuestion(indicator: string, year: number, lang: Language): string {
  return lang === 'de'
    ? `Warum ist „${indicator}“ Ende ${year} anders als ohne Maßnahmen?`
    : `Why is "${indicator}" at the end of ${year} different from no measures?`;
}

/** What a cause did in each game, under its name. */
export function bothGames(game: string, none: string, lang: Language): string {
  return lang === 'de' ? `Ihr Spiel ${game} · ohne Maßnahmen ${none}` : `your game ${game} · no measures ${none}`;
}
