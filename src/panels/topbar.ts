/** The topbar: in the game the year and phase, the decision rule, the phase timer and the facilitator's controls; on setup the product name. */
import { roundOf } from '../rules/gameLength';
import { stepBy } from './debrief/discussionSteps';
import { roundYears } from './phase/changes.texts';
import { h, type VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../app/i18n';
import { runCommand, type Command } from '../app/keyboard';
import { tabStore } from '../app/safeStorage';
import type { App } from '../app/store';
import { clearCountdown, clockText, readCountdown, secondsLeft, synced, writeCountdown, type Countdown } from '../app/timer';
import { component } from '../app/view/component';
import { el, type Props } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import { PHASE_NAMES, RULE_NAMES } from '../rules/rejectionMessages';
import type { DecisionRule, Phase } from '../rules/types';
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

/** How often the shown countdown is looked at; it renders again only when its second changes. */
const TICK_MS = 250;

/** A facilitator's button: its label, the first of its keys as a hint (unless the label shows it), and the command it runs. */
function commandButton(app: App, lang: Language, command: Command, label: string, attrs: Props = {}, hint = true): VNode {
  return el(
    'button',
    { type: 'button', 'data-key': `topbar-${command}`, 'aria-keyshortcuts': SHORTCUTS[command], title: COMMAND_NAMES[command][lang], ...attrs, onClick: () => runCommand(app, command) },
    el('span', { class: 'label' }, label),
    hint && el('kbd', { 'aria-hidden': 'true' }, COMMAND_KEYS[command][lang][0]!),
  );
}

const helpButton = (app: App, lang: Language) => commandButton(app, lang, 'help', `? ${COMMAND_NAMES.help[lang]}`, { 'aria-haspopup': 'dialog' }, false);

function languageButton(app: App, lang: Language): VNode {
  const other: Language = lang === 'de' ? 'en' : 'de';
  return el('button', { type: 'button', class: 'language', 'data-key': 'topbar-language', lang: other, 'aria-label': t('languageLabel', lang), onClick: () => app.setLanguage(other) }, t('language', lang));
}

interface TimerProps {
  /** The phase it counts for, e.g. `1998/negotiation`. */
  phase: string;
  paused: boolean;
  minutes: number;
  lang: Language;
}

/** The countdown of the phase in play: restarted by a new phase, frozen by a pause, kept in the tab's storage across a reload. */
const PhaseTimer = component('PhaseTimer', ({ phase, paused, minutes, lang }: TimerProps) => {
  const [countdown, setCountdown] = useState<Countdown | undefined>(() => readCountdown(tabStore));
  const shown = synced(countdown, phase, paused, Date.now());
  // A new phase or a pause is remembered (and stored) after the render that showed it.
  useEffect(() => {
    if (shown === countdown) return;
    setCountdown(shown);
    writeCountdown(tabStore, shown);
  });
  const left = secondsLeft(shown, minutes, Date.now());
  const latest = useRef({ shown, minutes });
  latest.current = { shown, minutes };
  const [, setLeft] = useState(left);
  useEffect(() => {
    // The same second twice is the same state: Preact skips that render.
    const tick = setInterval(() => setLeft(secondsLeft(latest.current.shown, latest.current.minutes, Date.now())), TICK_MS);
    return () => clearInterval(tick);
  }, []);
  const over = left <= 0;
  return el(
    'div',
    { class: 'tb-timer', role: 'timer', 'aria-label': TOPBAR_TEXTS.timer[lang], 'data-state': over ? 'over' : left <= 60 ? 'last-minute' : 'running' },
    el('span', { class: 'clock' }, clockText(left)),
    el('span', { class: 'timer-label' }, over ? TOPBAR_TEXTS.timeUp[lang] : TOPBAR_TEXTS.timer[lang]),
  );
});

/** What the game bar shows of the store: a pledge or a vote changes none of it. */
interface GameBar {
  lang: Language;
  year: number;
  phase: Phase;
  rule: DecisionRule;
  paused: boolean;
  nothingDone: boolean;
  tools: boolean;
  minutes: number;
  /** In the debrief's discussion, whether a further step follows: Next then steps through it. */
  stepAhead: boolean;
  /** The round's years: one, or the first and last of a round of several. */
  years: string;
  round: number;
  turns: number;
}

function when({ lang, years, phase, rule, paused, round, turns }: GameBar): VNode {
  return el(
    'div',
    { class: 'tb-when' },
    el('h1', { class: 'tb-now' }, el('span', { class: 'tb-year' }, years), el('span', { class: 'tb-phase' }, capitalised(PHASE_NAMES[phase][lang])), paused && el('span', { class: 'tb-paused' }, TOPBAR_TEXTS.paused[lang])),
    el('p', { class: 'tb-sub' }, `${TOPBAR_TEXTS.turn[lang](Math.min(round, turns), turns)} · ${TOPBAR_TEXTS.rule[lang](RULE_NAMES[rule][lang])}`),
  );
}

function controls(app: App, bar: GameBar): VNode {
  const { lang, paused, nothingDone, tools } = bar;
  const over = bar.phase === 'debrief';
  return el(
    'nav',
    { class: 'tb-controls', 'aria-label': TOPBAR_TEXTS.controls[lang] },
    el(
      'div',
      { class: 'tb-row' },
      commandButton(app, lang, 'previous', `◀ ${TOPBAR_TEXTS.previous[lang]}`, { disabled: nothingDone }),
      commandButton(app, lang, 'next', `${TOPBAR_TEXTS.next[lang]} ▶`, { class: 'primary', disabled: over && !bar.stepAhead }),
      commandButton(app, lang, 'pause', paused ? `▶ ${TOPBAR_TEXTS.resume[lang]}` : `‖ ${TOPBAR_TEXTS.pause[lang]}`, { 'aria-pressed': String(paused), disabled: over }),
      commandButton(app, lang, 'undo', `↶ ${COMMAND_NAMES.undo[lang]}`, { disabled: nothingDone }),
    ),
    el(
      'div',
      { class: 'tb-row' },
      commandButton(app, lang, 'tools', `☰ ${TOPBAR_TEXTS.facilitation[lang]}`, { 'aria-haspopup': 'dialog', 'aria-expanded': String(tools) }),
      el('button', { type: 'button', 'data-key': 'topbar-save', title: TOPBAR_TEXTS.saveTitle[lang], onClick: () => saveSessionFile(app) }, TOPBAR_TEXTS.save[lang]),
      commandButton(app, lang, 'fullscreen', COMMAND_NAMES.fullscreen[lang]),
      languageButton(app, lang),
      helpButton(app, lang),
    ),
  );
}

function setupBar(app: App, lang: Language): VNode {
  return el(
    'div',
    { class: 'topbar setup-bar' },
    el('p', { class: 'tb-product' }, el('span', { class: 'tb-name' }, TOPBAR_TEXTS.product[lang]), el('span', { class: 'tb-tagline' }, t('tagline', lang))),
    el('div', { class: 'tb-row' }, languageButton(app, lang), helpButton(app, lang)),
  );
}

export const Topbar = component('Topbar', ({ app }: { app: App }) => {
  const bar = useSlice(app.store, (s): GameBar | { lang: Language } => {
    if (s.screen !== 'game' || !s.live || !s.scenario) return { lang: s.lang };
    const { state, session } = s.live;
    return {
      lang: s.lang,
      year: state.year,
      phase: state.phase,
      rule: state.rule,
      paused: state.paused,
      nothingDone: session.log.length === 0,
      tools: s.tools,
      minutes: s.config?.timerMinutes ?? 0,
      stepAhead: state.phase === 'debrief' && s.debrief.section === 'discussion' && stepBy(s.debrief.step, 1) !== s.debrief.step,
      years: roundYears(s.scenario, state.year),
      round: roundOf(s.scenario, state.year),
      turns: s.scenario.time.turns,
    };
  });
  const inGame = 'year' in bar;
  // Off the game the countdown is forgotten, so the next game's first phase gets its full time.
  useEffect(() => {
    if (!inGame) clearCountdown(tabStore);
  }, [inGame]);
  if (!inGame) return setupBar(app, bar.lang);
  return el(
    'div',
    { class: 'topbar game-bar' },
    when(bar),
    bar.minutes > 0 && h(PhaseTimer, { phase: `${bar.year}/${bar.phase}`, paused: bar.paused, minutes: bar.minutes, lang: bar.lang }),
    controls(app, bar),
  );
});
