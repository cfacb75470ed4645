/** What lies over the game: the blank screen, the damaged-autosave dialog, help, the facilitator's tools, the pause banner, refusals and the autosave's banners. */
import { forgetDamaged } from '../app/sessions/autosave';
import { button, el } from '../app/dom';
import type { Command } from '../app/keyboard';
import type { App, AppState } from '../app/store';
import type { Rejection } from '../rules/types';
import { autosaveBanners, conflictDialog } from './autosaveBanner';
import { COMMAND_KEYS, COMMAND_NAMES } from './facilitator.texts';
import { downloadText } from './facilitatorFiles';
import { renderTools } from './facilitatorTools';
import { renderModelCard } from './modelCard/modelCard';
import { dialog, noDialog } from './overlaysDialog';
import { OVERLAY_TEXTS } from './overlays.texts';
import './overlays.css';

/** The shortcuts in the order the help lists them. */
const HELP_ORDER: Command[] = ['next', 'previous', 'pause', 'undo', 'blank', 'fullscreen', 'tools', 'help', 'close'];

/** A refusal the facilitator has dismissed stays hidden until another one comes. */
let dismissed: Rejection | undefined;

function blankScreen(app: App, s: AppState): HTMLElement {
  const black = el('div', { class: 'blank-screen', 'data-key': 'blank-screen', tabindex: '-1' }, el('p', { class: 'visually-hidden', role: 'status' }, OVERLAY_TEXTS.blanked[s.lang]));
  black.addEventListener('click', () => app.set({ blanked: false }));
  return black;
}

function damagedAutosave(app: App, s: AppState): HTMLElement {
  const lang = s.lang;
  const raw = s.damagedAutosave;
  // Starting fresh drops the damaged autosave; a mere notice is only acknowledged.
  const fresh = () => {
    if (raw !== undefined) forgetDamaged();
    app.set({ damagedAutosave: undefined, notice: undefined, ...(raw !== undefined && { screen: 'setup' as const }) });
  };
  const content = [
    s.notice && el('p', { class: 'dialog-message' }, s.notice[lang]),
    raw !== undefined && el('p', {}, OVERLAY_TEXTS.damagedChoice[lang]),
    el(
      'div',
      { class: 'dialog-actions' },
      button(raw !== undefined ? OVERLAY_TEXTS.startFresh[lang] : OVERLAY_TEXTS.ok[lang], 'damaged-fresh', fresh, { class: 'primary', 'data-autofocus': '' }),
      raw !== undefined && button(OVERLAY_TEXTS.downloadDamaged[lang], 'damaged-download', () => downloadText('quartier-damaged-autosave.json', raw)),
    ),
  ];
  return dialog('damaged', raw !== undefined ? OVERLAY_TEXTS.damagedTitle[lang] : OVERLAY_TEXTS.notice[lang], content);
}

function help(app: App, s: AppState): HTMLElement {
  const lang = s.lang;
  const close = () => app.set({ help: false });
  const keys = (command: Command) =>
    el('td', {}, ...COMMAND_KEYS[command][lang].flatMap((key, i) => [i > 0 && ` ${OVERLAY_TEXTS.or[lang]} `, el('kbd', {}, key)]).filter((n): n is HTMLElement | string => n !== false));
  const rows = HELP_ORDER.map((command) => el('tr', {}, keys(command), el('td', {}, COMMAND_NAMES[command][lang])));
  return dialog(
    'help',
    OVERLAY_TEXTS.helpTitle[lang],
    [
      el('p', {}, OVERLAY_TEXTS.helpIntro[lang]),
      el('table', { class: 'shortcuts' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, OVERLAY_TEXTS.keys[lang]), el('th', { scope: 'col' }, OVERLAY_TEXTS.does[lang]))), el('tbody', {}, ...rows)),
      el('div', { class: 'dialog-actions' }, button(`${OVERLAY_TEXTS.close[lang]} (Esc)`, 'help-close', close, { 'data-autofocus': '' })),
    ],
    close,
  );
}

function pausedBanner(s: AppState): HTMLElement {
  return el('div', { class: 'paused-banner', role: 'status' }, el('strong', {}, `‖ ${OVERLAY_TEXTS.paused[s.lang]}`), el('span', {}, OVERLAY_TEXTS.pausedHint[s.lang]));
}

/** The refusal, unless the panel already shows the same sentence beside the control that caused it. */
function refusal(app: App, s: AppState): HTMLElement | false {
  const text = app.rejectionText();
  if (!text || !s.rejection || s.rejection === dismissed) return false;
  const inPanel = [...document.querySelectorAll('#panel [role="alert"]')].some((n) => n.textContent?.includes(text));
  if (inPanel) return false;
  const rejection = s.rejection;
  const toast = el('div', { class: 'refusal-toast', role: 'alert' }, el('p', {}, el('strong', {}, `⚠ ${OVERLAY_TEXTS.refused[s.lang]}`), ' ', text));
  toast.append(
    button('×', 'refusal-dismiss', () => {
      dismissed = rejection;
      toast.remove();
    }, { 'aria-label': OVERLAY_TEXTS.dismiss[s.lang], class: 'dismiss' }),
  );
  return toast;
}

/** The one dialog shown, most urgent first: a damaged autosave, a session open in another tab, then help, the model card, the tools. */
function openDialog(app: App, s: AppState): HTMLElement | false {
  if (s.damagedAutosave !== undefined || s.notice) return damagedAutosave(app, s);
  if (s.autosave.conflict && s.screen === 'game') return conflictDialog(s);
  if (s.help) return help(app, s);
  if (s.modelCard && s.scenario) return renderModelCard(app, s, s.scenario);
  if (s.tools && s.screen === 'game' && s.live) return renderTools(app, s);
  return false;
}

export function renderOverlays(app: App): HTMLElement[] {
  const s = app.store.getState();
  if (s.blanked) return [blankScreen(app, s)];
  const inGame = s.screen === 'game' && s.live;
  const shown = openDialog(app, s);
  if (!shown) noDialog();
  return [inGame && s.live!.state.paused && pausedBanner(s), inGame && refusal(app, s), autosaveBanners(app, s), shown].filter((n): n is HTMLElement => n !== false && n !== undefined);
}
