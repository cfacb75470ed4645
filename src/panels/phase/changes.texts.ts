/** Texts of the situation and review panels, in German and English. */
import { roundEnd } from '../../rules/gameLength';
import type { Language, LocalText, Scenario } from '../../scenario/schema';

export const CHANGES = {
  better: { de: 'besser', en: 'better' },
  worse: { de: 'schlechter', en: 'worse' },
  unchanged: { de: 'unverändert', en: 'unchanged' },
  // Where the one judging does not weigh an indicator: the direction, without a judgement.
  up: { de: 'gestiegen', en: 'up' },
  down: { de: 'gesunken', en: 'down' },
  perspective: { de: 'Besser oder schlechter für', en: 'Better or worse for' },
  sharedGoals: { de: 'Gemeinsame Ziele', en: 'Shared goals' },
  bySharedGoals: { de: 'Besser oder schlechter nach den gemeinsamen Zielen.', en: 'Better or worse by the shared goals.' },
  severalSmall: { de: 'mehrere kleine Ursachen zusammen', en: 'several small causes together' },
  unexplained: { de: 'keine einzelne Ursache wirkte in diese Richtung', en: 'no single cause pushed this way' },
  pushedUp: { de: 'Ließen den Wert steigen', en: 'Pushed it up' },
  pushedDown: { de: 'Ließen den Wert sinken', en: 'Pushed it down' },
  areas: { de: 'Gebiet wählen', en: 'Choose an area' },
  noCauses: { de: 'Keine Veränderung, die sich einer Ursache zuordnen lässt.', en: 'No change that can be traced to a cause.' },
  firstYear: {
    de: 'Stand zu Spielbeginn – Veränderungen und ihre Ursachen zeigt die Lage ab der zweiten Runde.',
    en: 'The state at the start of the game – changes and their causes appear from the second round on.',
  },
  pickHint: { de: 'Kennzahl antippen: Ursachen unten, Farben auf dem Plan.', en: 'Pick an indicator: causes below, colours on the map.' },
  mainly: { de: 'vor allem', en: 'mainly' },
} satisfies Record<string, LocalText>;

export function situationHeading(year: number, lang: Language): string {
  return lang === 'de' ? `Lage zu Beginn von ${year}` : `The situation at the start of ${year}`;
}

/** A round's years: one year, or the first and last of a round of several. */
export function yearSpan(from: number, to: number): string {
  return to > from ? `${from}–${to}` : String(from);
}

/** The years of the round that starts in `year`. */
export function roundYears(scenario: Pick<Scenario, 'time'>, year: number): string {
  return yearSpan(year, roundEnd(scenario, year));
}

export function reviewHeading(years: string, lang: Language): string {
  return lang === 'de' ? `Rückblick ${years}: was sich verändert hat – und warum` : `Review of ${years}: what changed and why`;
}

export function changeSubheading(years: string, area: string, lang: Language): string {
  return lang === 'de' ? `${area}: Veränderung ${years.includes('–') ? 'in den Jahren' : 'im Jahr'} ${years}` : `${area}: change during ${years}`;
}

export function whyHeading(indicator: string, area: string, lang: Language): string {
  return lang === 'de' ? `Warum? ${indicator} – ${area}` : `Why? ${indicator} – ${area}`;
}

export function otherCauses(count: number, lang: Language): string {
  if (count === 1) return lang === 'de' ? '1 weitere Ursache' : '1 other cause';
  return lang === 'de' ? `${count} weitere Ursachen zusammen` : `${count} other causes together`;
}

/** The summary line: the main cause in the direction of the change, and the largest one against it when that outweighs the change. */
export function mainlyLine(cause: string, against: string | undefined, lang: Language): string {
  const main = lang === 'de' ? `vor allem: ${cause}` : `mainly: ${cause}`;
  if (against === undefined) return main;
  return lang === 'de' ? `${main}; dagegen wirkte: ${against}` : `${main}; working against it: ${against}`;
}

/** No visible change: the largest causes either way cancelled out. */
export function balanceLine(up: string, down: string, lang: Language): string {
  return lang === 'de' ? `Ursachen heben sich auf: ${up} gegen ${down}` : `causes cancelling out: ${up} against ${down}`;
}

/** A group's heading in the list of causes: which way they pushed and how much together. */
export function groupHeading(direction: 'up' | 'down', total: string, lang: Language): string {
  const head = direction === 'up' ? CHANGES.pushedUp[lang] : CHANGES.pushedDown[lang];
  return lang === 'de' ? `${head} – zusammen ${total}` : `${head} – together ${total}`;
}

/** Causes each too small to show, summed in one line. */
export function smallCauses(count: number, lang: Language): string {
  if (count === 1) return lang === 'de' ? '1 kleine Ursache' : '1 small cause';
  return lang === 'de' ? `${count} kleine Ursachen zusammen` : `${count} small causes together`;
}

/** The last line of the list of causes: both groups add up to the year's change. */
export function sumLine(total: string, lang: Language): string {
  return lang === 'de' ? `Alle Ursachen zusammen = Veränderung des Jahres: ${total} (Zahlen gerundet)` : `All causes together = the year’s change: ${total} (figures rounded)`;
}

/** The news of a further year of a round, which came while the model ran it. */
export function laterNews(year: number, titles: readonly string[], lang: Language): string {
  if (titles.length === 0) return lang === 'de' ? `${year} brachte keine besonderen Ereignisse.` : `${year} brought no particular events.`;
  return lang === 'de' ? `Außerdem ${year}: ${titles.join(' · ')}` : `Also in ${year}: ${titles.join(' · ')}`;
}
