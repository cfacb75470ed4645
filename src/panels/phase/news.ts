/** The news phase: this year's events as large cards, each saying how it came about and where it acts. */
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { VNode } from 'preact';
import type { App } from '../../app/store';
import type { LiveSession } from '../../rules/session';
import type { Language, Scenario, ScenarioEvent } from '../../scenario/schema';
import { affects, NEWS, newsHeading } from './news.texts';

/** Events the facilitator added this year, from the log since the year began. */
function injectedThisYear(live: LiveSession): Set<string> {
  const start = live.yearStarts.find((s) => s.year === live.state.year)?.index ?? 0;
  return new Set(live.session.log.slice(start).flatMap(({ action }) => (action.type === 'injectEvent' ? [action.event] : [])));
}

function origin(e: ScenarioEvent, injected: Set<string>, lang: Language): string {
  if (injected.has(e.id)) return NEWS.injected[lang];
  return e.year !== undefined ? NEWS.scheduled[lang] : NEWS.drawn[lang];
}

function eventCard(scenario: Scenario, e: ScenarioEvent, injected: Set<string>, lang: Language): VNode {
  const where = e.districts?.map((d) => scenario.districts.find((x) => x.id === d)?.name[lang] ?? d).join(', ');
  return el(
    'article',
    { class: 'news-card' },
    el('p', { class: 'tag' }, origin(e, injected, lang)),
    el('h3', {}, e.title[lang]),
    el('p', { class: 'news-text' }, e.text[lang]),
    el('p', { class: 'muted' }, e.effects.length > 0 ? NEWS.actsThisYear[lang] : NEWS.noEffect[lang], where ? ` ${affects(where, lang)}` : ''),
  );
}

export const NewsPanel = component('NewsPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live]);
  const { scenario, live, lang } = app.store.getState();
  const injected = injectedThisYear(live!);
  const events = live!.state.events.flatMap((id) => scenario!.events.filter((e) => e.id === id));
  return fragment(
    el('h2', {}, newsHeading(live!.state.year, lang)),
    ...(events.length > 0 ? events.map((e) => eventCard(scenario!, e, injected, lang)) : [el('p', { class: 'lead' }, NEWS.quiet[lang])]),
  );
});
