/** Global shortcuts for the facilitator's keyboard and presentation clicker; the topbar's buttons run the same commands. */
import { stepDiscussion } from '../panels/debrief/discussionSteps';
import type { App } from './store';

export type Command = 'next' | 'previous' | 'pause' | 'undo' | 'blank' | 'fullscreen' | 'help' | 'tools' | 'close';

/**
 * What has the focus: a field that takes typed keys, a dropdown (letters and arrows pick its options), a control whose
 * choice arrows move, or anything else.
 */
export type FocusKind = 'typing' | 'selecting' | 'choosing' | 'other';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface KeyContext {
  focus: FocusKind;
  screen: 'setup' | 'game';
  /** A dialog (help, tools, the model card, damaged autosave) is open: the game stays where it is behind it. */
  dialog: boolean;
  blanked: boolean;
}

/** Keys that only press together with another key; alone they neither act nor end the blank screen. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn', 'OS']);
const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);
const ARROWS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']);
const PAGES: Record<string, Command> = { PageDown: 'next', PageUp: 'previous' };
/** Shortcuts that work on every screen and behind dialogs. */
const ANYWHERE: Record<string, Command> = { '?': 'help', h: 'help', H: 'help', b: 'blank', B: 'blank', '.': 'blank', f: 'fullscreen', F: 'fullscreen' };
/** Shortcuts for the game in play, not behind a dialog. */
const IN_GAME: Record<string, Command> = { p: 'pause', P: 'pause', m: 'tools', M: 'tools' };

/** The command a key press means here, if any: typing in a field is never taken over, and arrows leave a focused choice alone. */
export function commandFor(press: KeyPress, context: KeyContext): Command | undefined {
  if (context.blanked) return MODIFIERS.has(press.key) ? undefined : 'blank';
  if (press.key === 'Escape') return context.dialog ? 'close' : undefined;
  if (context.focus === 'typing') return undefined;
  const playing = context.screen === 'game' && !context.dialog;
  // A clicker sends Page Down and Page Up: after a dropdown on the board was used, they still move the game.
  if (context.focus === 'selecting') return playing && !press.ctrlKey && !press.metaKey && !press.altKey ? PAGES[press.key] : undefined;
  if (press.ctrlKey || press.metaKey || press.altKey) return playing && !press.altKey && press.key.toLowerCase() === 'z' ? 'undo' : undefined;
  if (ANYWHERE[press.key]) return ANYWHERE[press.key];
  if (!playing) return undefined;
  if (ARROWS.has(press.key) && context.focus === 'choosing') return undefined;
  if (NEXT.has(press.key)) return 'next';
  if (PREVIOUS.has(press.key)) return 'previous';
  return IN_GAME[press.key];
}

const TYPING_INPUTS = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);
const TYPING_ROLES = new Set(['textbox', 'combobox', 'spinbutton', 'searchbox']);
const CHOOSING_ROLES = new Set(['radio', 'tab', 'slider', 'option', 'listbox', 'menuitem', 'menuitemradio', 'treeitem', 'gridcell']);

/** Classifies the focused element by its tag, input type, role and editability. */
export function focusKind(element: { tagName: string; type?: string; role?: string | null; isContentEditable?: boolean } | null): FocusKind {
  if (!element) return 'other';
  const tag = element.tagName.toUpperCase();
  const role = element.role ?? '';
  if (tag === 'SELECT') return 'selecting';
  if (tag === 'TEXTAREA' || element.isContentEditable || TYPING_ROLES.has(role)) return 'typing';
  if (tag === 'INPUT') {
    const type = (element.type ?? 'text').toLowerCase();
    if (TYPING_INPUTS.has(type)) return 'typing';
    if (type === 'radio' || type === 'range') return 'choosing';
  }
  return CHOOSING_ROLES.has(role) ? 'choosing' : 'other';
}

/** The browser may refuse fullscreen (no user gesture, an embedding page); the game goes on in the window then. */
export function toggleFullscreen(): void {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  done.catch(() => undefined);
}

/** Runs a command for a key or a button; commands of the game do nothing outside it. */
export function runCommand(app: App, command: Command): void {
  const { live, blanked, help, tools, screen } = app.store.getState();
  switch (command) {
    case 'blank':
      return app.set({ blanked: !blanked });
    case 'help':
      return app.set({ help: !help, tools: false });
    case 'close':
      return app.set({ help: false, tools: false, modelCard: false });
    case 'fullscreen':
      return toggleFullscreen();
  }
  if (screen !== 'game' || !live) return;
  if ((command === 'next' || command === 'previous') && stepDiscussion(app, command)) return;
  switch (command) {
    case 'next':
      app.perform({ type: 'next' });
      return;
    case 'previous':
      return app.previousPhase();
    case 'pause':
      app.perform({ type: live.state.paused ? 'resume' : 'pause' });
      return;
    case 'undo':
      return app.undo();
    case 'tools':
      return app.set({ tools: !tools, help: false });
  }
}

/** Listens on the window after the panels: a panel that handles a key itself calls preventDefault and keeps it. */
export function installKeyboard(app: App): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    const s = app.store.getState();
    const active = document.activeElement as HTMLElement | null;
    const command = commandFor(event, {
      focus: focusKind(active && { tagName: active.tagName, type: (active as HTMLInputElement).type, role: active.getAttribute('role'), isContentEditable: active.isContentEditable }),
      screen: s.screen,
      dialog: s.help || s.tools || s.modelCard || s.notice !== undefined || s.autosave.conflict,
      blanked: s.blanked,
    });
    // Escape in a dialog is left to the browser, whose cancel event runs 'close' (src/panels/overlaysDialog.ts): handled once.
    if (!command || command === 'close') return;
    event.preventDefault();
    runCommand(app, command);
  });
}
