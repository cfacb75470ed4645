/**
 * One strip of marks on the course's time axis, above the charts: ★ decisions people took part in, ◆ events, ⇄ seat
 * changes, round by round. One strip rather than marks in every chart: seven small charts would repeat each mark seven
 * times (seven tab stops each) and crowd lines 400 px wide. A chosen mark shows its details and effect below the strip.
 */
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { button, el } from '../../app/view/h';
import { rulesFor } from '../../rules/legacy';
import type { LiveSession } from '../../rules/session';
import type { Proposal } from '../../rules/types';
import type { Language, Scenario } from '../../scenario/schema';
import { seatName } from '../facilitator.texts';
import { CHANGES, yearSpan } from '../phase/changes.texts';
import { indicatorChange, verdict } from '../phase/format';
import { INDICATOR_NAMES } from '../phase/indicators.texts';
import { showView } from './choice';
import { courseMarkers, type CourseMarker, type MarkedRound } from './courseMarkers';
import { nameIn } from './format';
import { markerEffect } from './markerEffect';
import { ANNOTATIONS, effectHeading, eventEffectHeading, markLabel, sharedEffect } from './annotations.texts';
import { shortReason, VERDICT_NAMES, say } from './debrief.texts';
import './annotations.css';

export const MARK_SYMBOLS: Record<CourseMarker['kind'], string> = { decision: '★', event: '◆', seat: '⇄' };

const roleList = (scenario: Scenario, ids: readonly string[], lang: Language) => ids.map((id) => nameIn(scenario.roles, id, lang)).join(', ');

const eventOf = (scenario: Scenario, id: string) => scenario.events.find((e) => e.id === id);

/** What a mark is, in a few words: the card and its district, the event's title, the role handed over. */
function markWhat(scenario: Scenario, marker: CourseMarker, lang: Language): string {
  if (marker.kind === 'event') return eventOf(scenario, marker.event)?.title[lang] ?? marker.event;
  if (marker.kind === 'seat') return `${nameIn(scenario.roles, marker.role, lang)}: ${seatName(marker.from, lang)} → ${seatName(marker.to, lang)}`;
  return `${cardWhere(scenario, marker.proposal, lang)}, ${VERDICT_NAMES[marker.proposal.verdict][lang]}`;
}

/** A card and, when it has one, its district. */
function cardWhere(scenario: Scenario, p: Proposal, lang: Language): string {
  return `${nameIn(scenario.measures, p.measure, lang)}${p.district ? ` – ${nameIn(scenario.districts, p.district, lang)}` : ''}`;
}

/** The years a mark belongs to: an event's own year, else its round's. */
function markYears(round: MarkedRound, marker: CourseMarker): string {
  return marker.kind === 'event' ? String(marker.year) : yearSpan(round.year, round.until);
}

function markButton(app: App, scenario: Scenario, round: MarkedRound, marker: CourseMarker, selected: boolean, lang: Language): VNode {
  const label = markLabel(marker.kind, markYears(round, marker), markWhat(scenario, marker, lang), lang);
  const failed = marker.kind === 'decision' && marker.proposal.verdict !== 'passed';
  return button(MARK_SYMBOLS[marker.kind], `debrief-mark-${marker.id}`, () => showView(app, { marker: selected ? null : marker.id }), {
    class: `debrief-mark debrief-mark-${marker.kind}${failed ? ' debrief-mark-failed' : ''}`,
    'aria-label': label,
    'aria-pressed': String(selected),
    'aria-controls': 'debrief-mark-detail',
    title: label,
  });
}

function line(label: string, value: string): VNode {
  return el('p', { class: 'debrief-mark-line' }, el('strong', {}, `${label}: `), value);
}

/** Who led, tabled, paid (or pledged, for a failed card), the outcome and the people involved. */
function decisionLines(scenario: Scenario, marker: Extract<CourseMarker, { kind: 'decision' }>, lang: Language): VNode[] {
  const { proposal: p } = marker;
  const roles = (ids: readonly string[]) => roleList(scenario, ids, lang);
  const passed = p.verdict === 'passed';
  const payers = passed ? Object.keys(p.paid ?? {}) : [...new Set(p.pledges.map((x) => x.role))];
  const outcome = passed ? `✓ ${VERDICT_NAMES.passed[lang]}` : `✗ ${shortReason(p.verdict, p.because, lang, roles)}`;
  return [
    line(ANNOTATIONS.outcome[lang], outcome),
    line(ANNOTATIONS.lead[lang], `${roles([marker.lead])} · ${ANNOTATIONS.tabledBy[lang]}: ${roles([p.tabledBy])}${p.scale !== 1 ? ` · ${ANNOTATIONS.size[lang]} ${p.scale}` : ''}`),
    ...(payers.length > 0 ? [line(passed ? ANNOTATIONS.paidBy[lang] : ANNOTATIONS.pledgedBy[lang], roles(payers))] : []),
    line(ANNOTATIONS.people[lang], roles(marker.people)),
  ];
}

/** The cause's own part of the charted indicators' changes in the round, judged by the shared goals. */
function effectLines(scenario: Scenario, live: LiveSession, marker: CourseMarker, lang: Language): VNode[] {
  if (marker.kind === 'seat') return [];
  if (marker.kind === 'decision' && marker.proposal.verdict !== 'passed') return [el('p', { class: 'debrief-mark-line' }, ANNOTATIONS.failedNoEffect[lang])];
  if (marker.kind === 'event' && eventOf(scenario, marker.event)?.effects.length === 0) return [el('p', { class: 'debrief-mark-line' }, ANNOTATIONS.newsOnly[lang])];
  const effect = markerEffect(rulesFor(scenario, live.session), live, marker);
  if (!effect) return [el('p', { class: 'debrief-mark-line' }, ANNOTATIONS.unexplained[lang])];
  const years = yearSpan(effect.years[0], effect.years[1]);
  const area = effect.district === null ? say('wholeArea', lang) : nameIn(scenario.districts, effect.district, lang);
  return [
    el('h6', { class: 'debrief-mark-effect-heading' }, marker.kind === 'event' ? eventEffectHeading(years, lang) : effectHeading(years, area, lang)),
    effect.changes.length === 0
      ? el('p', { class: 'debrief-mark-line' }, ANNOTATIONS.noEffect[lang])
      : el(
          'ul',
          { class: 'debrief-mark-effects' },
          ...effect.changes.map(({ indicator, value }) => {
            const word = verdict(scenario.sharedObjectives, indicator, value);
            return el(
              'li',
              { class: `debrief-mark-effect debrief-mark-${word}` },
              el('strong', {}, `${INDICATOR_NAMES[indicator][lang]} `),
              indicatorChange(indicator, value, lang),
              el('span', { class: 'debrief-mark-word' }, ` · ${CHANGES[word][lang]}`),
            );
          }),
        ),
    ...(effect.shared > 0 ? [el('p', { class: 'debrief-mark-line secondary' }, sharedEffect(marker.kind, effect.shared, lang))] : []),
  ];
}

function detail(app: App, scenario: Scenario, live: LiveSession, round: MarkedRound, marker: CourseMarker, lang: Language): VNode {
  const title =
    marker.kind === 'decision' ? cardWhere(scenario, marker.proposal, lang) : marker.kind === 'seat' ? nameIn(scenario.roles, marker.role, lang) : markWhat(scenario, marker, lang);
  const description = marker.kind === 'event' ? eventOf(scenario, marker.event)?.text[lang] : undefined;
  return el(
    'div',
    { id: 'debrief-mark-detail', class: 'debrief-mark-detail', role: 'region', 'aria-labelledby': 'debrief-mark-title' },
    el(
      'div',
      { class: 'debrief-mark-detail-head' },
      el('h5', { id: 'debrief-mark-title' }, el('span', { class: `debrief-mark-symbol debrief-mark-${marker.kind}`, 'aria-hidden': 'true' }, `${MARK_SYMBOLS[marker.kind]} `), `${markYears(round, marker)} · ${title}`),
      button('×', 'debrief-mark-close', () => showView(app, { marker: null }), { class: 'debrief-mark-close', 'aria-label': ANNOTATIONS.close[lang], title: ANNOTATIONS.close[lang] }),
    ),
    ...(marker.kind === 'decision' ? decisionLines(scenario, marker, lang) : []),
    ...(description ? [el('p', { class: 'debrief-mark-line' }, description)] : []),
    ...(marker.kind === 'seat' ? [el('p', { class: 'debrief-mark-line' }, `${seatName(marker.from, lang)} → ${seatName(marker.to, lang)}`)] : []),
    ...effectLines(scenario, live, marker, lang),
  );
}

export interface AnnotationsProps {
  app: App;
  scenario: Scenario;
  live: LiveSession;
  lang: Language;
  /** The chosen mark's id; one this game lacks shows no details. */
  selected: string | null;
}

export const Annotations = memo('DebriefAnnotations', ({ app, scenario, live, lang, selected }: AnnotationsProps) => {
  const rounds = useMemo(() => courseMarkers(scenario, live), [scenario, live]);
  const round = rounds.find((r) => r.markers.some((m) => m.id === selected));
  const chosen = round?.markers.find((m) => m.id === selected);
  const key = (['decision', 'event', 'seat'] as const).map((kind) =>
    el('li', {}, el('span', { class: `debrief-mark-symbol debrief-mark-${kind}`, 'aria-hidden': 'true' }, MARK_SYMBOLS[kind]), ANNOTATIONS[`${kind}Key`][lang]),
  );
  return el(
    'div',
    { class: 'debrief-annotations' },
    el('div', { class: 'debrief-annotations-head' }, el('h4', { id: 'debrief-annotations-heading' }, ANNOTATIONS.heading[lang]), el('ul', { class: 'debrief-mark-key secondary' }, ...key)),
    el(
      'ol',
      { class: 'debrief-rounds', 'aria-labelledby': 'debrief-annotations-heading', style: `grid-template-columns: repeat(${Math.max(1, rounds.length)}, minmax(0, 1fr))` },
      ...rounds.map((r) => {
        const years = yearSpan(r.year, r.until);
        return el(
          'li',
          { class: 'debrief-round', key: r.year },
          el('span', { class: 'debrief-round-years secondary' }, years),
          el('span', { class: 'debrief-marks' }, ...r.markers.map((m) => markButton(app, scenario, r, m, m.id === selected, lang))),
        );
      }),
    ),
    // The marks control this place, so it is there even when no mark is chosen.
    round && chosen ? detail(app, scenario, live, round, chosen, lang) : el('p', { id: 'debrief-mark-detail', class: 'debrief-mark-hint secondary' }, ANNOTATIONS.pick[lang]),
  );
});
