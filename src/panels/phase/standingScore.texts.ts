/** Texts of the acting role's objectives and running score, in German and English. */
import { number, signed } from '../../scenario/numberFormat';
import type { Language, LocalText } from '../../scenario/schema';
import type { RunningScore } from './standingScore';

export const SCORE = {
  objectives: { de: 'Ihre Ziele (▲ hoch, ▼ niedrig, wichtigstes zuerst)', en: 'Your objectives (▲ high, ▼ low, weightiest first)' },
  soFar: { de: 'Ihre Punkte bisher', en: 'Your score so far' },
} satisfies Record<string, LocalText>;

/** The score in one line: the total and what it is made of, as the debrief counts it. */
export function scoreLine(s: RunningScore, lang: Language): string {
  const total = signed(s.total, lang, 1);
  const objectives = signed(s.objectives, lang, 1);
  const profile = number(s.profile, lang);
  const shared = signed(s.shared, lang, 1);
  return lang === 'de'
    ? `${total} (Ziele ${objectives}, Profil ${profile}) · Quartier gemeinsam ${shared}`
    : `${total} (objectives ${objectives}, profile ${profile}) · neighbourhood shared ${shared}`;
}

export function scoreSummary(role: string, lang: Language): string {
  return lang === 'de' ? `Ziele und Punkte: ${role} (nur für diese Rolle)` : `Objectives and score: ${role} (for this role only)`;
}
