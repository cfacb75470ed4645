/** What lies over the game: the blank screen, the damaged-autosave dialog, help, the facilitator's tools, the pause banner, refusals and the autosave's banners. */
import { Fragment, h, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { forgetDamaged } from '../app/sessions/autosave';
import { runCommand, type Command } from '../app/keyboard';
import type { App, AppState } from '../app/store';
import { component } from '../app/view/component';
import { button, el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import type { Rejection } from '../rules/types';
import type { Language } from '../scenario/schema';
import { AutosaveBanners, ConflictDialog } from './autosaveBanner';
import { COMMAND_KEYS, COMMAND_NAMES } from './facilitator.texts';
import { downloadText } from './facilitatorFiles';
import { ToolsDialog } from './facilitatorTools';
import { ModelCardDialog } from './modelCard/modelCard';
import { Dialog } from './overlaysDialog';
import { OVERLAY_TEXTS } from './overlays.texts';
import './overlays.css';

/** The shortcuts in the order the help lists them. */
const HELP_ORDER: Command[] = ['next', 'previous', 'pause', 'undo', 'blank', 'fullscreen', 'tools', 'help', 'close'];

interface AppProps {
  app: App;
}

/** What each dialog is given: the app, and a way to say it shows a refusal itself (the tools do). */
interface DialogRegionProps extends AppProps {
  refusedHere: (rejection: Rejection) => void;
}

const BlankScreen = component('BlankScreen', ({ app, lang }: AppProps & { lang: Language }) =>
  el('div', { class: 'blank-screen', 'data-key': 'blank-screen', tabindex: '-1', onClick: () => app.set({ blanked: false }) }, el('p', { class: 'visually-hidden', role: 'status' }, OVERLAY_TEXTS.blanked[lang])),
);

const DamagedDialog = component('DamagedDialog', ({ app }: AppProps) => {
  const { lang, notice, raw } = useSlice(app.store, (s) => ({ lang: s.lang, notice: s.notice, raw: s.damagedAutosave }));
  // Starting fresh drops the damaged autosave; a mere notice is only acknowledged.
  const fresh = () => {
    if (raw !== undefined) forgetDamaged();
    app.set({ damagedAutosave: undefined, notice: undefined, ...(raw !== undefined && { screen: 'setup' as const }) });
  };
  return h(
    Dialog,
    { name: 'damaged', title: raw !== undefined ? OVERLAY_TEXTS.damagedTitle[lang] : OVERLAY_TEXTS.notice[lang] },
    notice && el('p', { class: 'dialog-message' }, notice[lang]),
    raw !== undefined && el('p', {}, OVERLAY_TEXTS.damagedChoice[lang]),
    el(
      'div',
      { class: 'dialog-actions' },
      button(raw !== undefined ? OVERLAY_TEXTS.startFresh[lang] : OVERLAY_TEXTS.ok[lang], 'damaged-fresh', fresh, { class: 'primary', autofocus: true }),
      raw !== undefined && button(OVERLAY_TEXTS.downloadDamaged[lang], 'damaged-download', () => downloadText('quartier-damaged-autosave.json', raw)),
    ),
  );
});

const HelpDialog = component('HelpDialog', ({ app }: AppProps) => {
  const lang = useSlice(app.store, (s) => s.lang);
  const close = () => app.set({ help: false });
  const keys = (command: Command) => el('td', {}, COMMAND_KEYS[command][lang].map((key, i) => [i > 0 && ` ${OVERLAY_TEXTS.or[lang]} `, el('kbd', {}, key)]));
  return h(
    Dialog,
    { name: 'help', title: OVERLAY_TEXTS.helpTitle[lang], onClose: close, onEscape: () => runCommand(app, 'close') },
    el('p', {}, OVERLAY_TEXTS.helpIntro[lang]),
    el(
      'table',
      { class: 'shortcuts' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, OVERLAY_TEXTS.keys[lang]), el('th', { scope: 'col' }, OVERLAY_TEXTS.does[lang]))),
      el('tbody', {}, HELP_ORDER.map((command) => el('tr', { key: command }, keys(command), el('td', {}, COMMAND_NAMES[command][lang])))),
    ),
    el('div', { class: 'dialog-actions' }, button(`${OVERLAY_TEXTS.close[lang]} (Esc)`, 'help-close', close, { autofocus: true })),
  );
});

const PausedBanner = component('PausedBanner', ({ lang }: { lang: Language }) =>
  el('div', { class: 'paused-banner', role: 'status' }, el('strong', {}, `‖ ${OVERLAY_TEXTS.paused[lang]}`), el('span', {}, OVERLAY_TEXTS.pausedHint[lang])),
);

interface RefusalProps extends AppProps {
  dismissed: Rejection | undefined;
  dismiss: (r: Rejection) => void;
}

/** The refusal, unless the facilitator dismissed it or the panel shows it beside the control that caused it (drafts.failed). */
const RefusalToast = component('RefusalToast', ({ app, dismissed, dismiss }: RefusalProps) => {
  const { rejection, lang } = useSlice(app.store, (s) => ({ rejection: s.rejection, lang: s.lang, scenario: s.scenario }));
  const failed = useSlice(app.drafts, (d) => d.failed);
  const text = app.rejectionText();
  if (!rejection || !text || rejection === dismissed || failed?.rejection === rejection) return null;
  return el(
    'div',
    { class: 'refusal-toast', role: 'alert' },
    el('p', {}, el('strong', {}, `⚠ ${OVERLAY_TEXTS.refused[lang]}`), ' ', text),
    button('×', 'refusal-dismiss', () => dismiss(rejection), { 'aria-label': OVERLAY_TEXTS.dismiss[lang], class: 'dismiss' }),
  );
});

type Shown = 'damaged' | 'conflict' | 'help' | 'model-card' | 'tools';

/** The one dialog shown, most urgent first: a damaged autosave, a session open in another tab, then help, the model card, the tools. */
function dialogOf(s: AppState): Shown | undefined {
  if (s.damagedAutosave !== undefined || s.notice) return 'damaged';
  if (s.autosave.conflict && s.screen === 'game') return 'conflict';
  if (s.help) return 'help';
  if (s.modelCard && s.scenario) return 'model-card';
  if (s.tools && s.screen === 'game' && s.live) return 'tools';
  return undefined;
}

const DIALOGS: Record<Shown, FunctionComponent<DialogRegionProps>> = {
  damaged: DamagedDialog,
  conflict: ConflictDialog,
  help: HelpDialog,
  'model-card': ModelCardDialog,
  tools: ToolsDialog,
};

export const Overlays = component('Overlays', ({ app }: AppProps) => {
  const { blanked, lang, inGame, paused, dialog } = useSlice(app.store, (s) => {
    const inGame = s.screen === 'game' && s.live !== undefined;
    return { blanked: s.blanked, lang: s.lang, inGame, paused: inGame && s.live!.state.paused, dialog: dialogOf(s) };
  });
  // A refusal dismissed or already shown in a dialog; held here, not in the toast, so it outlasts the blank screen.
  const [dismissed, setDismissed] = useState<Rejection>();
  if (blanked) return h(BlankScreen, { app, lang });
  // Keyed, so a dialog that gives way to another closes (handing the focus back) and the next one opens afresh.
  return h(
    Fragment,
    {},
    paused && h(PausedBanner, { key: 'paused', lang }),
    inGame && h(RefusalToast, { key: 'refusal', app, dismissed, dismiss: setDismissed }),
    h(AutosaveBanners, { key: 'banners', app }),
    dialog && h(DIALOGS[dialog], { key: dialog, app, refusedHere: setDismissed }),
  );
});
