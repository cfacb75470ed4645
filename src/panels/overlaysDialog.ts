/** A modal dialog over the game: labelled, focus kept inside while it is open, and given back to where it was when it closes. */
import { el } from '../app/dom';

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]):not([hidden]), a[href], [tabindex]:not([tabindex="-1"])';

/** The data-key that had the focus when a dialog opened, and which dialog is open. */
let opener: string | undefined;
let open: string | undefined;

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Tab and Shift+Tab go round the dialog's controls instead of leaving it. */
function trapFocus(box: HTMLElement): void {
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = focusables(box);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

/** Moves the focus into a dialog that just opened; runs after the shell has put back the focus it had before the rebuild. */
function focusInto(name: string, box: HTMLElement): void {
  queueMicrotask(() => {
    if (!box.isConnected || box.contains(document.activeElement)) return;
    if (open !== name) opener = (document.activeElement as HTMLElement | null)?.dataset.key;
    open = name;
    (box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(box)[0] ?? box).focus();
  });
}

/** Called when no dialog is shown: the focus goes back to the control that opened the last one. */
export function noDialog(): void {
  if (open === undefined) return;
  open = undefined;
  const key = opener;
  opener = undefined;
  queueMicrotask(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (key) document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  });
}

/** A dialog named `name` (its data-key prefix) with a heading; a click on the backdrop closes it when it may be closed. */
export function dialog(name: string, title: string, content: (Node | false | null | undefined)[], onClose?: () => void): HTMLElement {
  const titleId = `${name}-title`;
  const box = el('div', { class: `dialog ${name}`, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1' }, el('h2', { id: titleId }, title), ...content);
  trapFocus(box);
  focusInto(name, box);
  const backdrop = el('div', { class: 'backdrop' }, box);
  if (onClose) backdrop.addEventListener('click', (event) => event.target === backdrop && onClose());
  return backdrop;
}
