/** The integrated action concept as it grows: which of the nine components count, what the programmes ask, and staff work on it. */
import { roundEnd } from '../../rules/gameLength';
import type { VNode } from 'preact';
import { putDraft } from '../../app/drafts';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App, AppState } from '../../app/store';
import { reasonMessage } from '../../bots/reasonMessages';
import { conceptCoverage, validComponents, workCovers } from '../../rules/concept';
import { CONCEPT_COMPONENTS, type ConceptComponent, type Language, type Role, type Scenario } from '../../scenario/schema';
import type { GameState } from '../../rules/types';
import { COMPONENT_NAMES, CONCEPT, coverageLine, hoursThisYear, programmeNeeds, validThrough } from './concept.texts';
import { otherAnswers } from './answers';
import { CARD } from './card.texts';
import { actionButton, disclosure, labelled, numberInput, roleChip, select } from './controls';
import { actingRoleIn } from './actingRole';

const hoursOn = (state: GameState, c: ConceptComponent) => Object.values(state.concept.effort[c] ?? {}).reduce((a, b) => a + b, 0);

/** Programmes open this year that ask for a share of the concept, with whether it is met now. */
function programmeLines(scenario: Scenario, state: GameState, coverage: number, lang: Language): VNode[] {
  return scenario.programmes
    .filter((g) => g.requires.actionConcept > 0 && state.year >= g.from && (g.until === undefined || state.year <= g.until))
    .map((g) => el('li', {}, programmeNeeds(g.name[lang], g.requires.actionConcept, coverage + 1e-9 >= g.requires.actionConcept, lang)));
}

function componentTile(scenario: Scenario, state: GameState, c: ConceptComponent, valid: boolean, lang: Language): VNode {
  const last = state.concept.covered[c];
  const byWork = workCovers(scenario, state.concept, c);
  const until = byWork ? roundEnd(scenario, state.year) + scenario.parameters.conceptValidity - 1 : last !== undefined ? last + scenario.parameters.conceptValidity - 1 : undefined;
  const hours = hoursOn(state, c);
  const workers = Object.entries(state.concept.effort[c] ?? {})
    .filter(([, h]) => h > 0)
    .map(([r, h]) => `${scenario.roles.find((x) => x.id === r)?.name[lang] ?? r} ${Math.round(h)}`);
  return el(
    'li',
    { class: valid ? 'component valid' : 'component' },
    el('span', { class: 'mark', 'aria-hidden': 'true' }, valid ? '✓' : '○'),
    el('span', { class: 'visually-hidden' }, valid ? CONCEPT.counts[lang] : CONCEPT.open[lang]),
    el('span', { class: 'component-name' }, COMPONENT_NAMES[c][lang]),
    el(
      'span',
      { class: 'component-state muted' },
      [
        valid && until !== undefined ? validThrough(until, lang) : '',
        hours > 0 || !valid ? hoursThisYear(Math.round(hours), scenario.parameters.conceptEffort, lang) : '',
        workers.join(', '),
        c === 'vision' && !valid ? CONCEPT.twoRoles[lang] : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );
}

/** Staff work on one component, for the acting role. */
function workForm(app: App, role: Role): VNode {
  const { lang, live, scenario } = app.store.getState();
  const draftKey = role.id;
  const open = CONCEPT_COMPONENTS.find((c) => !validComponents(scenario!, live!.state.concept, live!.state.year).includes(c)) ?? CONCEPT_COMPONENTS[0];
  const draft = app.drafts.getState().concept[draftKey] ?? { component: open, hours: Math.max(1, Math.ceil(scenario!.parameters.conceptEffort - hoursOn(live!.state, open))) };
  const component = select(
    'concept-component',
    CONCEPT_COMPONENTS.map((c) => ({ value: c, label: COMPONENT_NAMES[c][lang] })),
    draft.component,
    (v) => putDraft(app.drafts, 'concept', draftKey, { ...draft, component: v as ConceptComponent }),
  );
  const hours = numberInput('concept-hours', draft.hours, (n) => putDraft(app.drafts, 'concept', draftKey, { ...draft, hours: n }), { min: '1', step: '10' });
  const done = () => putDraft(app.drafts, 'concept', draftKey, undefined);
  return el(
    'div',
    { class: 'form-row' },
    labelled(CONCEPT.component[lang], component),
    labelled(CONCEPT.hours[lang], hours),
    el('div', { class: 'form-actions' }, ...actionButton(app, CONCEPT.work[lang], 'concept-work', () => ({ type: 'concept', role: role.id, component: draft.component, staffTime: draft.hours }), {}, done)),
  );
}

/** What the computer roles did for the concept this year, each with its reason. */
function conceptAnswers({ live }: AppState) {
  if (!live) return [];
  const start = live.yearStarts.find((y) => y.year === live.state.year)?.index ?? 0;
  return otherAnswers(live.session.log, start);
}

function computerWork(app: App): VNode | null {
  const { scenario, lang } = app.store.getState();
  const answers = conceptAnswers(app.store.getState());
  if (answers.length === 0) return null;
  return el(
    'section',
    { class: 'answers' },
    el('h4', {}, CARD.answers[lang]),
    el('ul', { class: 'plain' }, ...answers.map((a) => el('li', {}, roleChip(scenario!, a.role, lang), `: ${reasonMessage(a.reason, lang, scenario!)}`))),
  );
}

/** The tracker: coverage and programme thresholds always visible; the components and the work form in a disclosure. */
export const ConceptTracker = memo('ConceptTracker', ({ app, canWork }: { app: App; canWork: boolean }): VNode => {
  useSlice(app.store, (s) => {
    const acting = actingRoleIn(s)?.id ?? '';
    return [s.lang, s.scenario, s.live?.state.concept, s.live?.state.year, s.live?.state.proposals.length, acting, conceptAnswers(s).length, s.rejection];
  });
  useSlice(app.drafts, (d) => [d.open['concept-details'], d.concept, d.failed]);
  const acting = actingRoleIn(app.store.getState());
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const state = live!.state;
  const valid = validComponents(s, state.concept, state.year);
  const coverage = conceptCoverage(s, state);
  const marks = el('span', { class: 'concept-marks', 'aria-hidden': 'true' }, CONCEPT_COMPONENTS.map((c) => (valid.includes(c) ? '✓' : '○')).join(''));
  return el(
    'section',
    { class: 'concept' },
    el('h3', {}, CONCEPT.heading[lang]),
    el(
      'div',
      { class: 'concept-summary' },
      marks,
      el('strong', {}, coverageLine(valid.length, CONCEPT_COMPONENTS.length, coverage, lang)),
      el('ul', { class: 'programme-needs' }, ...programmeLines(s, state, coverage, lang)),
    ),
    disclosure(
      app,
      'concept-details',
      CONCEPT.details[lang],
      el('ul', { class: 'components' }, ...CONCEPT_COMPONENTS.map((c) => componentTile(s, state, c, valid.includes(c), lang))),
      computerWork(app),
      canWork && acting && acting.resources.staffTime > 0 ? workForm(app, acting) : null,
    ),
  );
});
