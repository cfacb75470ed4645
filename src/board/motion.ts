/** Whether the person asked their system for less motion: the board then changes years at once, without moving dots. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
