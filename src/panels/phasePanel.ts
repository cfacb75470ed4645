/**
 * The right-hand panel of the game: one module per phase (src/panels/phase/); each part renders when what it shows
 * changes. Above every phase, one line says what the acting role can do now, a hint guides the first year, and at
 * the table the acting role's objectives and score so far stay in view.
 */
import './phase/phase.css';
import type { FunctionComponent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { enterScope } from '../app/drafts';
import type { App } from '../app/store';
import { component } from '../app/view/component';
import { el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import type { Phase } from '../rules/types';
import { BriefingsPanel } from './phase/briefings';
import { GuideHint } from './phase/guide';
import { ImplementationPanel } from './phase/implementation';
import { NewsPanel } from './phase/news';
import { NowLine } from './phase/nowLine';
import { ReviewPanel } from './phase/review';
import { SituationPanel } from './phase/situation';
import { SimulationPanel } from './phase/simulation';
import { StandingScore } from './phase/standingScore';
import { TablePanel } from './phase/table';

type PanelOf = FunctionComponent<{ app: App }>;

const PANELS: Record<Exclude<Phase, 'debrief'>, PanelOf> = {
  news: NewsPanel,
  situation: SituationPanel,
  briefings: BriefingsPanel,
  proposals: TablePanel,
  negotiation: TablePanel,
  decision: TablePanel,
  implementation: ImplementationPanel,
  simulation: SimulationPanel,
  review: ReviewPanel,
};

export const PhasePanel = component('PhasePanel', ({ app }: { app: App }) => {
  const where = useSlice(app.store, (s) => (s.live ? { phase: s.live.state.phase, year: s.live.state.year } : undefined));
  const root = useRef<HTMLDivElement>(null);
  const scope = where && `${where.year}:${where.phase}`;
  // A new phase starts with empty forms (before its parts read them) at the top of the panel.
  const entered = scope !== undefined && enterScope(app.drafts, scope);
  useEffect(() => {
    if (entered) root.current?.parentElement?.scrollTo({ top: 0 });
  });
  if (!where || where.phase === 'debrief') return null;
  return el(
    'div',
    { class: 'phase-panel', 'data-phase': where.phase, ref: root },
    el(NowLine, { app }),
    el(GuideHint, { app }),
    el(StandingScore, { app }),
    el(PANELS[where.phase], { app, key: where.phase }),
  );
});
