/** A button that opens a file from the facilitator's computer, and the message when one cannot be opened. */
import type { VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { component } from '../app/view/component';
import { button, el } from '../app/view/h';
import type { Language, LocalText } from '../scenario/schema';

interface FileButtonProps {
  label: string;
  /** The button's data-key; the hidden input carries it as data-file. */
  name: string;
  accept: string;
  onBytes: (name: string, bytes: Uint8Array) => void;
  onError: (name: string) => void;
}

/**
 * The browser's own file input is hidden, as it speaks the browser's language, not the game's. The chosen file is read
 * as bytes, not as file.text(): the loaders decode them by the command line's rule (textDecoding.ts), so a UTF-16 or
 * binary file fares alike in both; `onBytes` gets its name and bytes, `onError` its name when it cannot be read.
 */
export const FileButton = component('FileButton', ({ label, name, accept, onBytes, onError }: FileButtonProps): VNode => {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const file = target.files?.[0];
    if (!file) return;
    // Cleared, so choosing the same file again opens it again.
    target.value = '';
    file.arrayBuffer().then(
      (buffer) => onBytes(file.name, new Uint8Array(buffer)),
      () => onError(file.name),
    );
  };
  return el(
    'span',
    { class: 'file-button' },
    button(label, name, () => input.current?.click()),
    el('input', { ref: input, type: 'file', accept, hidden: '', tabindex: '-1', 'aria-hidden': 'true', 'data-file': name, onChange: chosen }),
  );
});

/** A file's message, scrolled into view when it appears: it must be seen even when the column is longer than the screen. */
export const FileError = component('FileError', ({ message, lang }: { message?: LocalText; lang: Language }) => {
  const shown = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (message) shown.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return message ? el('p', { ref: shown, class: 'setup-error', role: 'alert' }, message[lang]) : null;
});
