/** The topbar: in the game the year and phase, the decision rule, the phase timer and the facilitator's controls; on setup the product name. */
import { el } from '../app/dom';
import { tabStore } from '../app/safeStorage';
import { t } from '../app/i18n';
import { runCommand, type Command } from '../app/keyboard';
import type { App, AppState } from '../app/store';
import { clearCountdown, clockText, keepTicking, readCountdown, secondsLeft, synced, writeCountdown, type Countdown } from '../app/timer';
import { PHASE_NAMES, RULE_NAMES } from '../rules/rejectionMessages';
import type { Language } from '../scenario/schema';
import { capitalised, COMMAND_KEYS, COMMAND_NAMES } from './facilitator.texts';
import { saveSessionFile } from './facilitatorFiles';
import { TOPBAR_TEXTS } from './topbar.texts';
import './topbar.css';

/** `aria-keyshortcuts` names of each command's keys. */
const SHORTCUTS: Record<Command, string> = {
  next: 'PageDown ArrowRight ArrowDown',
  previous: 'PageUp ArrowLeft ArrowUp',
  pause: 'P',
  undo: 'Control+Z',
  blank: 'B',
  fullscreen: 'F',
  help: 'Shift+? H',
  tools: 'M',
  close: 'Escape',
};

/** A facilitator's button: its label, the first of its keys as a hint (unless the label shows it), and the command it runs. */
function commandButton(app: App, command: Command, label: string, attrs: Record<string, string> = {}, hint = true): HTMLButtonElement {
  const lang = app.store.getState().lang;
  const b = el(
    'button',
    { type: 'button', 'data-key': `topbar-${command}`, 'aria-keyshortcuts': SHORTCUTS[command], title: COMMAND_NAMES[command][lang], ...attrs },
    el('span', { class: 'label' }, label),
    hint && el('kbd', { 'aria-hidden': 'true' }, COMMAND_KEYS[command][lang][0]!),
  );
  b.addEventListener('click', () => runCommand(app, command));
  return b;
}

const helpButton = (app: App, lang: Language) => commandButton(app, 'help', `? ${COMMAND_NAMES.help[lang]}`, { 'aria-haspopup': 'dialog' }, false);

function languageButton(app: App, lang: Language): HTMLButtonElement {
  const other: Language = lang === 'de' ? 'en' : 'de';
  const b = el('button', { type: 'button', class: 'language', 'data-key': 'topbar-language', lang: other, 'aria-label': t('languageLabel', lang) }, t('language', lang));
  b.addEventListener('click', () => app.setLanguage(other));
  return b;
}

/** The countdown of the phase in play: restarted by a new phase, frozen by a pause; read by the tick between store changes. */
let countdown: Countdown | undefined;

function showCountdown(node: HTMLElement, shown: Countdown, minutes: number, lang: Language): void {
  const left = secondsLeft(shown, minutes, Date.now());
  const over = left <= 0;
  node.dataset.state = over ? 'over' : left <= 60 ? 'last-minute' : 'running';
  node.replaceChildren(el('span', { class: 'clock' }, clockText(left)), el('span', { class: 'timer-label' }, over ? TOPBAR_TEXTS.timeUp[lang] : TOPBAR_TEXTS.timer[lang]));
}

function timer(app: App, s: AppState): HTMLElement | false {
  const minutes = s.config?.timerMinutes ?? 0;
  if (!s.live || minutes <= 0) return false;
  const { year, phase, paused } = s.live.state;
  const before = countdown ?? readCountdown(tabStore);
  countdown = synced(before, `${year}/${phase}`, paused, Date.now());
  if (countdown !== before) writeCountdown(tabStore, countdown);
  const node = el('div', { class: 'tb-timer', role: 'timer', 'aria-label': TOPBAR_TEXTS.timer[s.lang] });
  showCountdown(node, countdown, minutes, s.lang);
  keepTicking(() => {
    const shown = document.querySelector<HTMLElement>('#topbar .tb-timer');
    const now = app.store.getState();
    if (shown && countdown && now.config) showCountdown(shown, countdown, now.config.timerMinutes, now.lang);
  });
  return node;
}

function when(s: AppState): HTMLElement {
  const { state } = s.live!;
  const scenario = s.scenario!;
  const lang = s.lang;
  const turn = state.year - scenario.time.startYear + 1;
  const rule = RULE_NAMES[state.rule][lang];
  return el(
    'div',
    { class: 'tb-when' },
    el('h1', { class: 'tb-now' }, el('span', { class: 'tb-year' }, String(state.year)), el('span', { class: 'tb-phase' }, capitalised(PHASE_NAMES[state.phase][lang])), state.paused && el('span', { class: 'tb-paused' }, TOPBAR_TEXTS.paused[lang])),
    el('p', { class: 'tb-sub' }, `${TOPBAR_TEXTS.turn[lang](Math.min(turn, scenario.time.turns), scenario.time.turns)} · ${TOPBAR_TEXTS.rule[lang](rule)}`),
  );
}

function controls(app: App, s: AppState): HTMLElement {
  const lang = s.lang;
  const { state, session } = s.live!;
  const nothingDone = session.log.length === 0;
  const over = state.phase === 'debrief';
  const save = el('button', { type: 'button', 'data-key': 'topbar-save', title: TOPBAR_TEXTS.saveTitle[lang] }, TOPBAR_TEXTS.save[lang]);
  save.addEventListener('click', () => saveSessionFile(app));
  return el(
    'nav',
    { class: 'tb-controls', 'aria-label': TOPBAR_TEXTS.controls[lang] },
    el(
      'div',
      { class: 'tb-row' },
      commandButton(app, 'previous', `◀ ${TOPBAR_TEXTS.previous[lang]}`, nothingDone ? { disabled: '' } : {}),
      commandButton(app, 'next', `${TOPBAR_TEXTS.next[lang]} ▶`, { class: 'primary', ...(over && { disabled: '' }) }),
      commandButton(app, 'pause', state.paused ? `▶ ${TOPBAR_TEXTS.resume[lang]}` : `‖ ${TOPBAR_TEXTS.pause[lang]}`, { 'aria-pressed': String(state.paused), ...(over && { disabled: '' }) }),
      commandButton(app, 'undo', `↶ ${COMMAND_NAMES.undo[lang]}`, nothingDone ? { disabled: '' } : {}),
    ),
    el(
      'div',
      { class: 'tb-row' },
      commandButton(app, 'tools', `☰ ${TOPBAR_TEXTS.facilitation[lang]}`, { 'aria-haspopup': 'dialog', 'aria-expanded': String(s.tools) }),
      save,
      commandButton(app, 'fullscreen', COMMAND_NAMES.fullscreen[lang]),
      languageButton(app, lang),
      helpButton(app, lang),
    ),
  );
}

function setupBar(app: App, s: AppState): HTMLElement {
  return el(
    'div',
    { class: 'topbar setup-bar' },
    el('p', { class: 'tb-product' }, el('span', { class: 'tb-name' }, TOPBAR_TEXTS.product[s.lang]), el('span', { class: 'tb-tagline' }, t('tagline', s.lang))),
    el('div', { class: 'tb-row' }, languageButton(app, s.lang), helpButton(app, s.lang)),
  );
}

export function renderTopbar(app: App): HTMLElement {
  const s = app.store.getState();
  if (s.screen !== 'game' || !s.live || !s.scenario) {
    countdown = undefined;
    clearCountdown(tabStore);
    return setupBar(app, s);
  }
  return el('div', { class: 'topbar game-bar' }, when(s), timer(app, s), controls(app, s));
}
