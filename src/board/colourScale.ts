/**
 * The board's colour scales. One judging scale for every indicator somebody weighs, so the same colour always
 * means the same judgement: orange for worse, blue for better, light for unchanged (orange against blue stays
 * apart with the common colour-vision deficiencies, and its ends differ in lightness too). Indicators nobody
 * weighs get one neutral hue, light for less and dark for more, so no colour claims a judgement there.
 */

/** Worse to better at nine even steps: ColorBrewer PuOr's orange arm, a light middle, RdBu's blue arm. */
const JUDGING = [0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf4f2ee, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac];
/** Less to more in one hue (ColorBrewer Purples): neither orange nor blue, so it reads as no verdict. */
const NEUTRAL = [0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f];

const channels = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/** The colour between `a` (t = 0) and `b` (t = 1). */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  const k = Math.min(1, Math.max(0, t));
  const ch = (x: number, y: number) => Math.round(x + (y - x) * k);
  return (ch(ar, br) << 16) | (ch(ag, bg) << 8) | ch(ab, bb);
}

/** The colour at t in [0, 1] (clamped; not a number counts as the middle) along evenly spaced stops. */
function along(stops: readonly number[], t: number): number {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  return mix(stops[i]!, stops[i + 1]!, x - i);
}

/** The judging scale at t: 0 much worse, 0.5 unchanged, 1 much better. */
export function judging(t: number): number {
  return along(JUDGING, t);
}

/** The neutral scale at t: 0 much less, 0.5 unchanged, 1 much more. */
export function neutral(t: number): number {
  return along(NEUTRAL, t);
}

/** Trend marks: better and worse as the panels colour them, and a dark grey for no change or no verdict. */
export const TONES = { good: 0x005a8c, bad: 0xa84300, neutral: 0x4a4a4a } as const;
export type Tone = keyof typeof TONES;

/** Relative luminance (WCAG 2) of a colour. */
export function luminance(c: number): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(c);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Outlines and text on the light background. */
export const INK = 0x1b1b1b;
export const PAPER = 0xffffff;
/** Labels on district colours: pure black, so even mid-scale colours keep 4.5 : 1 with one of black or white. */
const BLACK = 0x000000;

/** WCAG contrast ratio of two colours. */
export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with the background: labels on districts stay legible across the scale. */
export function inkOn(background: number): number {
  return contrast(BLACK, background) >= contrast(PAPER, background) ? BLACK : PAPER;
}

/** `#rrggbb` for Phaser text styles and CSS. */
export function cssColour(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}
