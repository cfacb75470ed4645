/** The scores as bars on one axis: each role's objective and profile parts with a mark at its total, and the shared score below them. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import { number } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import { tickLabel } from './format';
import { linear, valueAxis } from './scale';
import { scoreRange, segments, type ScoreBar } from './scoreBars';
import { textWidth } from './svg';
import { say } from './debrief.texts';

const WIDTH = 1000;
const ROW = 54;
const BAR = 32;
const GAP = 22;
const AXIS = 46;
const RIGHT = 96;
const TYPE = 20;
export const HATCH_ID = 'debrief-profile-hatch';

/** Orange with dark diagonal stripes: the profile part is told from the objective part without colour. */
function hatch(): VNode {
  return el(
    'defs',
    {},
    el(
      'pattern',
      { id: HATCH_ID, width: 12, height: 12, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 12, height: 12, fill: '#E69F00' }),
      el('rect', { width: 4, height: 12, fill: '#1b1b1b' }),
    ),
  );
}

export function scoreChart(scenario: Scenario, bars: readonly ScoreBar[], shared: number, lang: Language): VNode {
  const names = bars.map((b) => scenario.roles.find((r) => r.id === b.role)?.name[lang] ?? b.role);
  const sharedName = say('shared', lang);
  const left = Math.ceil(Math.max(textWidth(sharedName, TYPE, true), ...names.map((n) => textWidth(n, TYPE)))) + 28;
  const height = bars.length * ROW + GAP + ROW + AXIS;
  const [min, max] = scoreRange(bars, shared);
  const axis = valueAxis(min, max, 7);
  const x = linear([axis.lo, axis.hi], [left, WIDTH - RIGHT]);
  const plotBottom = height - AXIS;

  const row = (top: number, name: string, parts: { from: number; to: number; fill: string }[], total: number, className = '', marked = false): VNode[] => {
    const middle = top + ROW / 2;
    const end = Math.max(0, total, ...parts.map((p) => p.to));
    return [
      el('text', { x: left - 14, y: middle, dy: '0.35em', 'text-anchor': 'end', class: `debrief-tick ${className}` }, name),
      ...parts
        .filter((p) => p.to - p.from > 0)
        .map((p) => el('rect', { x: x(p.from), y: middle - BAR / 2, width: x(p.to) - x(p.from), height: BAR, fill: p.fill, stroke: '#1b1b1b', 'stroke-width': 1.5 })),
      // A negative objective part takes away from the profile part: the mark shows where the total lies.
      marked && totalMark(x(total), middle),
      el('text', { x: x(end) + 14, y: middle, dy: '0.35em', class: `debrief-total ${className}` }, number(total, lang)),
    ].filter((n): n is VNode => Boolean(n));
  };
  const sharedTop = bars.length * ROW + GAP;
  return el(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, class: 'debrief-scores-plot', 'aria-hidden': 'true' },
    hatch(),
    ...axis.ticks.flatMap((t) => [
      el('line', { x1: x(t), x2: x(t), y1: 0, y2: plotBottom, class: 'debrief-grid' }),
      el('text', { x: x(t), y: plotBottom + 32, 'text-anchor': 'middle', class: 'debrief-tick' }, tickLabel('count', t, axis.step, lang)),
    ]),
    ...bars.flatMap((b, i) => {
      const s = segments(b);
      return row(i * ROW, names[i]!, [
        { from: s.objectives[0], to: s.objectives[1], fill: '#0072B2' },
        { from: s.profile[0], to: s.profile[1], fill: `url(#${HATCH_ID})` },
      ], b.total, '', true);
    }),
    el('line', { x1: 0, x2: WIDTH, y1: sharedTop - GAP / 2, y2: sharedTop - GAP / 2, class: 'debrief-axis' }),
    ...row(sharedTop, sharedName, [{ from: Math.min(0, shared), to: Math.max(0, shared), fill: '#009E73' }], shared, 'debrief-strong'),
    el('line', { x1: x(0), x2: x(0), y1: 0, y2: plotBottom, class: 'debrief-axis' }),
  );
}

/** The total's mark: an upright bar past both edges of a bar, white-edged so it shows on every fill. */
function totalMark(cx: number, middle: number): VNode {
  const reach = BAR / 2 + 8;
  return el('rect', { x: cx - 3.5, y: middle - reach, width: 7, height: 2 * reach, fill: '#1b1b1b', stroke: '#fff', 'stroke-width': 1.5 });
}

/** The total's mark, for the legend. */
export function totalSwatch(): VNode {
  return el('svg', { class: 'debrief-swatch', viewBox: '0 0 28 28', width: 28, height: 28, 'aria-hidden': 'true' }, el('rect', { x: 10.5, y: 1, width: 7, height: 26, fill: '#1b1b1b' }));
}

/** A small square in a bar's fill, for the legend. */
export function swatch(fill: string): VNode {
  return el('svg', { class: 'debrief-swatch', viewBox: '0 0 28 28', width: 28, height: 28, 'aria-hidden': 'true' }, el('rect', { x: 1, y: 1, width: 26, height: 26, fill, stroke: '#1b1b1b', 'stroke-width': 1.5 }));
}
