/**
 * A modal dialog over the game: a native `<dialog>` opened with showModal(), so the browser keeps the focus inside it,
 * focuses its `autofocus` control (else its first control) and gives the focus back to the opener when it closes.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { component } from '../app/view/component';
import { el, type Child } from '../app/view/h';

export interface DialogProps {
  /** The dialog's class and the prefix of its heading's id. */
  name: string;
  title: Child;
  children?: ComponentChildren;
  /** A click on the backdrop; without it the dialog stays until one of its own buttons is chosen. */
  onClose?: () => void;
  /** Escape (the dialog's cancel event); defaults to onClose. */
  onEscape?: () => void;
}

/** Whether a click on the dialog element itself fell outside its box, i.e. on the ::backdrop. */
function onBackdrop(box: HTMLElement, event: MouseEvent): boolean {
  if (event.target !== box) return false;
  const r = box.getBoundingClientRect();
  return event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
}

export const Dialog = component('Dialog', ({ name, title, children, onClose, onEscape }: DialogProps): VNode => {
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect: its cleanup closes the dialog before Preact removes it, which is when the browser restores the focus.
  useLayoutEffect(() => {
    const box = ref.current!;
    if (!box.open) box.showModal();
    return () => {
      if (box.open) box.close();
    };
  }, []);
  const escape = onEscape ?? onClose;
  return el(
    'dialog',
    {
      ref,
      class: `dialog ${name}`,
      'aria-labelledby': `${name}-title`,
      // The store decides when a dialog closes: the browser's own closing on Escape is always prevented.
      onCancel: (event: Event) => {
        event.preventDefault();
        escape?.();
      },
      // Without a recent user gesture the browser may close it anyway; one the store still shows opens again.
      onClose: () => {
        const box = ref.current;
        if (box?.isConnected && !box.open) box.showModal();
      },
      onClick: (event: MouseEvent) => {
        if (onClose && onBackdrop(ref.current!, event)) onClose();
      },
    },
    el('h2', { id: `${name}-title` }, title),
    children,
  );
});
