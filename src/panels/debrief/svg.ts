/** Measuring labels for the hand-drawn SVG charts (the charts themselves are Preact nodes built with view/h `el`). */

// A cache of the measuring tool only, not UI state: one canvas context measures every label.
let measure: CanvasRenderingContext2D | null | undefined;

/** How wide a label is drawn in the page's font, so axes and bars leave it room. */
export function textWidth(text: string, size: number, bold = false): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size * 0.62;
  measure.font = `${bold ? '700 ' : ''}${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return measure.measureText(text).width;
}
