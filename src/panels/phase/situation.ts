/** The situation phase: the neighbourhood as it stands, how it moved last year and why. */
import { el } from '../../app/dom';
import type { App } from '../../app/store';
import { situationHeading } from './changes.texts';
import { indicatorChanges } from './indicatorChanges';
import { lastYearChange } from './yearChange';

export function situationPanel(app: App): HTMLElement[] {
  const { live, lang, scenario } = app.store.getState();
  return [el('h2', {}, situationHeading(live!.state.year, lang)), ...indicatorChanges(app, lastYearChange(scenario!, live!))];
}
