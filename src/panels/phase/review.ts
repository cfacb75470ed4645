/** The review phase: what changed this year and why, for the neighbourhood or one district. */
import { el } from '../../app/dom';
import type { App } from '../../app/store';
import { reviewHeading } from './changes.texts';
import { indicatorChanges } from './indicatorChanges';
import { lastYearChange } from './yearChange';

export function reviewPanel(app: App): HTMLElement[] {
  const { live, lang, scenario } = app.store.getState();
  return [el('h2', {}, reviewHeading(live!.state.year, lang)), ...indicatorChanges(app, lastYearChange(scenario!, live!))];
}
