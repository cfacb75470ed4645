/** Names for saved sessions and for this page (the owner of the sessions it plays): random, so two tabs never pick the same. */
export function newId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    // Pages outside a secure context have no randomUUID; uniqueness is all that is needed here.
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  }
}
