/** Counts renders per component when a test asks for it (`?renders`), so a test can see what a change redraws. */
let counts: Map<string, number> | undefined;

/** Starts counting; the map fills as components render. */
export function countRenders(): Map<string, number> {
  counts = new Map();
  return counts;
}

export function rendered(name: string): void {
  if (counts) counts.set(name, (counts.get(name) ?? 0) + 1);
}
