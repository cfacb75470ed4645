/** The right-hand panel of the game: one module per phase (src/panels/phase/), rebuilt only when what it shows changes. */
import './phase/phase.css';
import { el } from '../app/dom';
import { preservingFocus } from '../app/focus';
import type { App, AppState } from '../app/store';
import type { Phase } from '../rules/types';
import { briefingsPanel } from './phase/briefings';
import { implementationPanel } from './phase/implementation';
import { enterScope, onRefresh } from './phase/local';
import { newsPanel } from './phase/news';
import { reviewPanel } from './phase/review';
import { simulationPanel } from './phase/simulation';
import { situationPanel } from './phase/situation';
import { tablePanel } from './phase/table';

const PANELS: Record<Exclude<Phase, 'debrief'>, (app: App) => HTMLElement[]> = {
  news: newsPanel,
  situation: situationPanel,
  briefings: briefingsPanel,
  proposals: tablePanel,
  negotiation: tablePanel,
  decision: tablePanel,
  implementation: implementationPanel,
  simulation: simulationPanel,
  review: reviewPanel,
};

const root = el('div', { class: 'phase-panel' });
let shown: unknown[] = [];

/** The parts of the store the panel reads; a change elsewhere (timer, help, blanking) leaves it, and any typing in it, alone. */
const inputs = (s: AppState) => [s.lang, s.scenario, s.live, s.rejection, s.privateRole, s.actingRole, s.indicator];

function draw(app: App): void {
  const { live } = app.store.getState();
  if (!live || live.state.phase === 'debrief') return;
  root.dataset.phase = live.state.phase;
  // A new phase starts with empty forms at the top of the panel.
  if (enterScope(`${live.state.year}:${live.state.phase}`)) queueMicrotask(() => root.parentElement?.scrollTo({ top: 0 }));
  root.replaceChildren(...PANELS[live.state.phase](app));
}

export function renderPhasePanel(app: App): HTMLElement {
  const now = inputs(app.store.getState());
  onRefresh(() => preservingFocus(() => draw(app)));
  if (now.some((x, i) => x !== shown[i])) {
    shown = now;
    draw(app);
  }
  return root;
}
