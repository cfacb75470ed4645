/** The review phase: what changed this round and why, for the neighbourhood or one district. */
import type { App } from '../../app/store';
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import { laterNews, reviewHeading, yearSpan } from './changes.texts';
import { indicatorChanges } from './indicatorChanges';
import { lastYearChange } from './yearChange';

export const ReviewPanel = component('ReviewPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live, s.indicator]);
  useSlice(app.drafts, (d) => d.district);
  const { live, lang, scenario } = app.store.getState();
  const round = live!.state.history.at(-1);
  // The further years of a round drew their own news while the model ran them: said here, where their effects show.
  const later = round?.year === live!.state.year ? (round.later ?? []) : [];
  const title = (id: string) => scenario!.events.find((e) => e.id === id)?.title[lang] ?? id;
  return fragment(
    el('h2', {}, reviewHeading(yearSpan(live!.state.year, live!.state.model.year), lang)),
    ...later.map((l) => el('p', { class: 'lead later-news' }, laterNews(l.year, l.events.map(title), lang))),
    ...indicatorChanges(app, lastYearChange(scenario!, live!)),
  );
});
