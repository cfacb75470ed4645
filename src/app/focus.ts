/** Panels are rebuilt on every change; the element with the same data-key gets the focus back, so keyboards keep their place. */
export function preservingFocus(rebuild: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active?.dataset.key;
  rebuild();
  if (!key) return;
  const again = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  again?.focus();
}
