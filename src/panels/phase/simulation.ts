/** The simulation phase: a short "the round's years run" panel while the board animates, naming what acts in the round. */
import { roundYears } from './changes.texts';
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { VNode } from 'preact';
import type { App } from '../../app/store';
import { eventsOf, OUTCOME, yearRunsHeading } from './outcome.texts';

export const SimulationPanel = component('SimulationPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live]);
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const { state } = live!;
  const passed = state.proposals.filter((p) => p.year === state.year && p.verdict === 'passed');
  const name = (measure: string, district?: string) => {
    const m = s.measures.find((x) => x.id === measure)?.name[lang] ?? measure;
    const d = district && s.districts.find((x) => x.id === district)?.name[lang];
    return d ? `${m} – ${d}` : m;
  };
  const events = state.events.map((id) => s.events.find((e) => e.id === id)?.title[lang] ?? id);
  return fragment(
    el('h2', {}, yearRunsHeading(roundYears(app.store.getState().scenario!, state.year), lang)),
    el('div', { class: 'year-runs', 'aria-hidden': 'true' }, el('span', {}), el('span', {}), el('span', {})),
    el('p', { class: 'lead' }, OUTCOME.watchBoard[lang]),
    el('h3', {}, OUTCOME.starting[lang]),
    passed.length > 0 ? el('ul', { class: 'plain big' }, ...passed.map((p) => el('li', {}, `✓ ${name(p.measure, p.district)}`))) : el('p', { class: 'muted' }, OUTCOME.none[lang]),
    el('h3', {}, eventsOf(state.year, lang)),
    events.length > 0 ? el('ul', { class: 'plain big' }, ...events.map((t) => el('li', {}, t))) : el('p', { class: 'muted' }, OUTCOME.none[lang]),
  );
});
