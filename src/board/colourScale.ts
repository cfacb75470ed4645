/** The sequential colour scale of the board: viridis, readable with colour-vision deficiencies and in greyscale. */

/** Viridis (matplotlib) at nine even steps, dark violet to yellow. */
const VIRIDIS = [0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725];

const channels = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/** The colour between `a` (t = 0) and `b` (t = 1). */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  const k = Math.min(1, Math.max(0, t));
  const ch = (x: number, y: number) => Math.round(x + (y - x) * k);
  return (ch(ar, br) << 16) | (ch(ag, bg) << 8) | ch(ab, bb);
}

/** The viridis colour at t in [0, 1] (clamped). */
export function viridis(t: number): number {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  return mix(VIRIDIS[i]!, VIRIDIS[i + 1]!, x - i);
}

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
