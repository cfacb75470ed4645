/** SVG nodes from attributes and text only, like dom.ts `el` for HTML (SVG needs its own namespace). */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string | false | null | undefined)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

let measure: CanvasRenderingContext2D | null | undefined;

/** How wide a label is drawn in the page's font, so axes and bars leave it room. */
export function textWidth(text: string, size: number, bold = false): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size * 0.62;
  measure.font = `${bold ? '700 ' : ''}${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return measure.measureText(text).width;
}
