/** A button that opens a file from the facilitator's computer: the browser's own file input is hidden, as it speaks the browser's language, not the game's. */
import { button, el } from '../app/dom';

/**
 * Reads the chosen file as bytes, not as file.text(): the loaders decode them by the command line's rule (textDecoding.ts), so
 * a UTF-16 or binary file fares alike in both; `onBytes` gets its name and bytes, `onError` its name when it cannot be read.
 */
export function fileButton(label: string, key: string, accept: string, onBytes: (name: string, bytes: Uint8Array) => void, onError: (name: string) => void): HTMLElement {
  const input = el('input', { type: 'file', accept, hidden: '', tabindex: '-1', 'aria-hidden': 'true', 'data-file': key });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    file.arrayBuffer().then(
      (buffer) => onBytes(file.name, new Uint8Array(buffer)),
      () => onError(file.name),
    );
  });
  return el('span', { class: 'file-button' }, button(label, key, () => input.click()), input);
}
