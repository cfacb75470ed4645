/** Short district names for tiles too narrow for the whole name: the words every district's name starts with are left out ("5.2" among "Complex 1" … "Complex 8"). */

/** The leading words all names share, with the space after them; '' when they share none, or there is only one name. */
export function sharedLead(names: readonly string[]): string {
  if (names.length < 2) return '';
  const words = names.map((n) => n.split(' '));
  const first = words[0]!;
  let n = 0;
  // At least one word of every name stays after the lead.
  while (words.every((w) => w.length > n + 1 && w[n] === first[n])) n += 1;
  return n === 0 ? '' : `${first.slice(0, n).join(' ')} `;
}

/** Each name without the lead the names share, in the same order. */
export function shortNames(names: readonly string[]): string[] {
  const lead = sharedLead(names);
  return names.map((n) => n.slice(lead.length));
}
