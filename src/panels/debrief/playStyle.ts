/** How each play's line looks: an Okabe–Ito colour, and a dash pattern and marker so it is told apart without colour. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import type { PlayId } from './series';

interface PlayStyle {
  colour: string;
  width: number;
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring' | 'plus' | 'bar';
}

export const PLAY_STYLES: Record<PlayId, PlayStyle> = {
  game: { colour: '#0072B2', width: 4, dash: 'none', marker: 'circle' },
  none: { colour: '#D55E00', width: 3, dash: '12 9', marker: 'square' },
  history: { colour: '#009E73', width: 3, dash: '1 8', marker: 'triangle' },
  // The computer's reference games: thinner, so the group's game stands out.
  cooperative: { colour: '#CC79A7', width: 2.5, dash: '16 5 3 5', marker: 'diamond' },
  sectoral: { colour: '#000000', width: 2.5, dash: '4 5', marker: 'cross' },
  // Other games of the family, as bold as the group's game, each with a dash pattern of its own.
  compare1: { colour: '#882255', width: 4, dash: '18 5 3 5 3 5', marker: 'ring' },
  compare2: { colour: '#E69F00', width: 4, dash: '26 7', marker: 'plus' },
  compare3: { colour: '#56B4E9', width: 3.5, dash: '3 4 3 12', marker: 'bar' },
};

/** The play's marker centred on a point: filled circle, hollow square, filled triangle, hollow diamond, cross, ring, plus, upright bar. */
export function marker(play: PlayId, x: number, y: number): VNode {
  const { colour, marker: shape } = PLAY_STYLES[play];
  if (shape === 'ring') return el('circle', { cx: x, cy: y, r: 6, fill: '#fff', stroke: colour, 'stroke-width': 3 });
  if (shape === 'plus') return el('path', { d: `M${x - 7},${y}L${x + 7},${y}M${x},${y - 7}L${x},${y + 7}`, stroke: colour, 'stroke-width': 3.5, 'stroke-linecap': 'round' });
  if (shape === 'bar') return el('rect', { x: x - 3, y: y - 8, width: 6, height: 16, fill: colour, stroke: '#fff', 'stroke-width': 1 });
  if (shape === 'circle') return el('circle', { cx: x, cy: y, r: 6, fill: colour, stroke: '#fff', 'stroke-width': 1.5 });
  if (shape === 'square') return el('rect', { x: x - 5.5, y: y - 5.5, width: 11, height: 11, fill: '#fff', stroke: colour, 'stroke-width': 3 });
  if (shape === 'diamond') {
    const d = 7;
    return el('polygon', { points: `${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`, fill: '#fff', stroke: colour, 'stroke-width': 2.5 });
  }
  if (shape === 'cross') {
    const d = 5;
    return el('path', { d: `M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`, stroke: colour, 'stroke-width': 3, 'stroke-linecap': 'round' });
  }
  const r = 7.5;
  const corners = [
    [x, y - r],
    [x + r * 0.9, y + r * 0.6],
    [x - r * 0.9, y + r * 0.6],
  ];
  return el('polygon', { points: corners.map((c) => c.join(',')).join(' '), fill: colour, stroke: '#fff', 'stroke-width': 1 });
}

/** The line through the points in the play's dash pattern. */
export function line(play: PlayId, points: readonly (readonly [number, number])[]): VNode {
  const { colour, width, dash } = PLAY_STYLES[play];
  return el('polyline', {
    points: points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '),
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    'stroke-dasharray': dash,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

/** A short sample of the line with its marker, for legends. */
export function sample(play: PlayId): VNode {
  return el('svg', { class: 'debrief-sample', viewBox: '0 0 64 20', width: 64, height: 20, 'aria-hidden': 'true' }, line(play, [[4, 10], [60, 10]]), marker(play, 32, 10));
}
