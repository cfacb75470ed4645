/** The group's shared score beside the same game without measures and the computer's reference games, which arrive from references.ts. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import { sharedScore } from '../../rules/scoring';
import { number } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import { sample } from './playStyle';
import type { References } from './references';
import { REFERENCE_STANCES, type Play, type PlayId } from './series';
import { PLAY_NAMES, REFERENCE_TEXTS } from './debrief.texts';
import { SCORE_TEXTS } from './scores.texts';

/** One play's shared score, or undefined while it is being played. */
export interface SharedOf {
  play: PlayId;
  shared: number | undefined;
}

/** The shared scores in the order shown: the group's game, no measures (when the charts have it), then each reference game or its wait. */
export function sharedScores(scenario: Scenario, shared: number, plays: readonly Play[], references: References): SharedOf[] {
  const none = plays.find((p) => p.id === 'none')?.rows.at(-1);
  const computer = references.status === 'failed' ? [] : REFERENCE_STANCES.map((id) => ({ play: id, shared: references.plays.find((p) => p.id === id)?.scores.shared }));
  return [{ play: 'game', shared }, ...(none ? [{ play: 'none' as const, shared: sharedScore(scenario, none.indicators) }] : []), ...computer];
}

/** The shared scores as a short list with each play's line sample, and what the other games are. */
export function scoreCompare(entries: readonly SharedOf[], references: References, lang: Language): VNode {
  return el(
    'div',
    { class: 'debrief-score-compare' },
    el('h4', {}, SCORE_TEXTS.compareHeading[lang]),
    el(
      'ul',
      {},
      ...entries.map(({ play, shared }) =>
        el(
          'li',
          shared === undefined ? { class: 'debrief-waiting' } : {},
          sample(play),
          el('span', { class: 'debrief-score-compare-name' }, PLAY_NAMES[play][lang]),
          shared === undefined ? el('span', { class: 'debrief-unit' }, REFERENCE_TEXTS.playing[lang]) : el('strong', { class: 'debrief-number' }, number(shared, lang)),
        ),
      ),
    ),
    el('p', { class: 'debrief-note' }, references.status === 'failed' ? REFERENCE_TEXTS.failed[lang] : SCORE_TEXTS.compareNote[lang]),
  );
}
