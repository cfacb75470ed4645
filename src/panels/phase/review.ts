/** The review phase: what changed this year and why, for the neighbourhood or one district. */
import type { App } from '../../app/store';
import { component } from '../../app/view/component';
import { el, fragment } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import { reviewHeading, yearSpan } from './changes.texts';
import { indicatorChanges } from './indicatorChanges';
import { lastYearChange } from './yearChange';

export const ReviewPanel = component('ReviewPanel', ({ app }: { app: App }) => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live, s.indicator]);
  useSlice(app.drafts, (d) => d.district);
  const { live, lang, scenario } = app.store.getState();
  return fragment(el('h2', {}, reviewHeading(yearSpan(live!.state.year, live!.state.model.year), lang)), ...indicatorChanges(app, lastYearChange(scenario!, live!)));
});
