/** Scores per role beside the shared score, and how much of the integrated action concept the group covered. */
import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { validComponents } from '../../rules/concept';
import { LEAD_CREDIT, PARTNER_CREDIT, scores } from '../../rules/scoring';
import type { GameState } from '../../rules/types';
import { number, percent } from '../../scenario/numberFormat';
import { CONCEPT_COMPONENTS, type Language, type Scenario } from '../../scenario/schema';
import { LineChart } from './lineChart';
import { scoreBars, shownParts, type ScoreBar } from './scoreBars';
import { HATCH_ID, scoreChart, swatch, totalSwatch } from './scoreChart';
import { scoreCompare, sharedScores } from './scoreCompare';
import { useReferences } from './references';
import type { Play, Series } from './series';
import { COMPONENT_NAMES, CONCEPT_STATUS, SECTION_NAMES, say } from './debrief.texts';
import { SCORE_TEXTS } from './scores.texts';

function scoreTable(scenario: Scenario, bars: readonly ScoreBar[], shared: number, lang: Language) {
  const cell = (text: string) => el('td', { class: 'debrief-number' }, text);
  return el(
    'table',
    { class: 'debrief-table debrief-score-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...[say('role', lang), say('objectives', lang), say('profile', lang), say('profileWeight', lang), SCORE_TEXTS.fromObjectives[lang], SCORE_TEXTS.fromProfile[lang], say('total', lang)].map((text) =>
          el('th', { scope: 'col' }, text),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      ...bars.map((b) => {
        const shown = shownParts(b);
        return el(
          'tr',
          {},
          el('th', { scope: 'row' }, scenario.roles.find((r) => r.id === b.role)?.name[lang] ?? b.role),
          cell(number(b.objectives, lang)),
          cell(number(b.profile, lang)),
          cell(percent(b.weight, lang)),
          cell(number(shown.objectivePart, lang)),
          cell(number(shown.profilePart, lang)),
          cell(number(shown.total, lang)),
        );
      }),
      el('tr', { class: 'debrief-strong' }, el('th', { scope: 'row', colspan: '6' }, say('shared', lang)), cell(number(shared, lang))),
    ),
  );
}

function scoreBlock(scenario: Scenario, bars: readonly ScoreBar[], shared: number, lang: Language) {
  return el(
    'div',
    { class: 'debrief-score-block' },
    el('h4', {}, say('scoresHeading', lang)),
    el('p', { class: 'debrief-note' }, say('scoresHint', lang)),
    el('p', { class: 'debrief-note' }, SCORE_TEXTS.profileMeaning[lang](LEAD_CREDIT, PARTNER_CREDIT)),
    el(
      'ul',
      { class: 'debrief-key' },
      el('li', {}, swatch('#0072B2'), say('objectives', lang)),
      el('li', {}, swatch(`url(#${HATCH_ID})`), say('profile', lang)),
      el('li', {}, totalSwatch(), say('total', lang)),
      el('li', {}, swatch('#009E73'), say('shared', lang)),
    ),
    scoreChart(scenario, bars, shared, lang),
    scoreTable(scenario, bars, shared, lang),
  );
}

function conceptBlock(scenario: Scenario, state: GameState, coverage: readonly Series[], lang: Language) {
  const valid = validComponents(scenario, state.concept, state.year);
  const status = CONCEPT_COMPONENTS.map((c) => {
    const last = state.concept.covered[c];
    const [mark, text, className] =
      last === undefined ? ['✗', say('conceptNever', lang), 'never'] : valid.includes(c) ? ['✓', CONCEPT_STATUS.valid[lang](last), 'valid'] : ['○', CONCEPT_STATUS.lapsed[lang](last), 'lapsed'];
    return el(
      'li',
      { class: `debrief-component debrief-component-${className}` },
      el('span', { class: 'debrief-component-mark', 'aria-hidden': 'true' }, mark),
      el('span', {}, el('strong', {}, COMPONENT_NAMES[c][lang]), ` – ${text}`),
    );
  });
  return el(
    'div',
    { class: 'debrief-concept-block' },
    el('h4', {}, say('conceptHeading', lang)),
    h(LineChart, { title: say('conceptCoverage', lang), unit: say('conceptUnit', lang), kind: 'percent', series: coverage, lang }),
    el('ul', { class: 'debrief-components' }, ...status),
  );
}

export interface ScoresProps {
  scenario: Scenario;
  state: GameState;
  seed: number;
  /** The debrief's plays (series.ts), for the shared score without measures. */
  plays: readonly Play[];
  lang: Language;
  /** Built but hidden on screen, so the printout holds it. */
  off: boolean;
}

export const Scores = memo('DebriefScores', ({ scenario, state, seed, plays, lang, off }: ScoresProps) => {
  const { bars, shared } = useMemo(() => {
    const result = scores(scenario, state);
    return { bars: scoreBars(scenario, result), shared: result.shared };
  }, [scenario, state]);
  const references = useReferences(scenario, seed, state.rule);
  const compared = useMemo(() => sharedScores(scenario, shared, plays, references), [scenario, shared, plays, references]);
  const coverage = useMemo((): Series[] => [{ play: 'game', points: state.history.map((y) => ({ year: y.year, value: y.conceptCoverage })) }], [state]);
  return el(
    'section',
    { class: `debrief-section debrief-scores${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-scores-heading' },
    el('h3', { id: 'debrief-scores-heading', class: 'debrief-section-heading' }, SECTION_NAMES.scores[lang]),
    scoreBlock(scenario, bars, shared, lang),
    // The comparison heads the right column, in sight beside the chart; the concept follows it.
    el('div', {}, scoreCompare(compared, references, lang), conceptBlock(scenario, state, coverage, lang)),
  );
});
