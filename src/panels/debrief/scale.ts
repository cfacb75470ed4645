/** Chart axes: nice steps, ticks and linear maps, as plain numbers (tested without a browser). */

const NICE = [1, 2, 2.5, 5, 10];

/** Rounds away the float noise of repeated additions (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into at most `intervals` parts. */
export function niceStep(span: number, intervals: number): number {
  const rough = span / Math.max(1, intervals);
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = NICE.find((n) => n * power >= rough * (1 - 1e-9)) ?? 10;
  return clean(factor * power);
}

export interface ValueAxis {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

/** The next larger nice step (0.2 → 0.25 → 0.5 → 1). */
function nextStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const factor = NICE.find((n) => n * power > step * (1 + 1e-9)) ?? 10;
  return clean(factor * power);
}

/** A value axis over the data, widened to whole steps, with at most `maxTicks` labelled ticks. */
export function valueAxis(min: number, max: number, maxTicks: number): ValueAxis {
  // A flat line still gets an axis around it.
  if (max - min < 1e-12) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  // Widening to whole steps can add a tick too many; then the next nice step is tried.
  for (let step = niceStep(max - min, Math.max(1, maxTicks - 1)); ; step = nextStep(step)) {
    const lo = clean(Math.floor(min / step + 1e-9) * step);
    const hi = clean(Math.ceil(max / step - 1e-9) * step);
    const count = Math.round((hi - lo) / step) + 1;
    if (count <= Math.max(2, maxTicks)) return { lo, hi, step, ticks: Array.from({ length: count }, (_, i) => clean(lo + i * step)) };
  }
}

/** Labelled years: multiples of a whole step (1, 2, 5, 10, …) inside the range, at most `maxTicks` of them. */
export function yearTicks(first: number, last: number, maxTicks: number): number[] {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100];
  const step = steps.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** Maps a domain linearly onto a range of pixels; a domain of one point maps to the middle. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Decimals needed to write a step exactly (0.25 → 2, 5 → 0). */
export function decimalsFor(step: number): number {
  for (let d = 0; d < 8; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6) return d;
  }
  return 8;
}
