/** A button that opens a file from the facilitator's computer: the browser's own file input is hidden, as it speaks the browser's language, not the game's. */
import { button, el } from '../app/dom';

/** Reads the chosen file as text; `onText` gets its name and contents, `onError` its name when it cannot be read. */
export function fileButton(label: string, key: string, accept: string, onText: (name: string, text: string) => void, onError: (name: string) => void): HTMLElement {
  const input = el('input', { type: 'file', accept, hidden: '', tabindex: '-1', 'aria-hidden': 'true', 'data-file': key });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    file.text().then(
      (text) => onText(file.name, text),
      () => onError(file.name),
    );
  });
  return el('span', { class: 'file-button' }, button(label, key, () => input.click()), input);
}
