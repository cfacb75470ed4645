/** The screen's regions as Preact components; each subscribes to the part of the store it shows. */
import { h } from 'preact';
import { DebriefScreen } from '../panels/debrief';
import { Overlays } from '../panels/overlays';
import { PhasePanel } from '../panels/phasePanel';
import { SetupScreen } from '../panels/setup';
import { Topbar } from '../panels/topbar';
import type { App } from './store';
import { component } from './view/component';
import { useSlice } from './view/useSlice';

export interface RegionProps {
  app: App;
}

export const TopbarRegion = component('TopbarRegion', ({ app }: RegionProps) => h(Topbar, { app }));

/** Setup, the phase panel or the debrief: which one is all this region decides. */
export const PanelRegion = component('PanelRegion', ({ app }: RegionProps) => {
  const shown = useSlice(app.store, (s) => (s.screen === 'setup' ? 'setup' : s.live?.state.phase === 'debrief' ? 'debrief' : 'phase'));
  return shown === 'setup' ? h(SetupScreen, { app }) : shown === 'debrief' ? h(DebriefScreen, { app }) : h(PhasePanel, { app });
});

export const OverlayRegion = component('OverlayRegion', ({ app }: RegionProps) => h(Overlays, { app }));
