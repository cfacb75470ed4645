/** A hand-drawn SVG line chart: labelled axes, a unit, and one styled line per play. */
import type { VNode } from 'preact';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import type { Language } from '../../scenario/schema';
import { tickLabel, valueLabel, type ValueKind } from './format';
import { line, marker } from './playStyle';
import { linear, valueAxis, yearTicks } from './scale';
import { extent, type PlayId, type Series } from './series';
import { textWidth } from './svg';
import { playNames } from './debrief.texts';

export interface LineChartSpec {
  title: string;
  unit: string;
  kind: ValueKind;
  series: readonly Series[];
  lang: Language;
  /** Years to shade: the stretch of a mark chosen on the time axis above the charts (annotations.ts). */
  highlight?: readonly [number, number];
}

// The drawing's own units; CSS scales it to the grid cell, which is about as wide, so the 20 px type stays about 20 px.
const WIDTH = 440;
const HEIGHT = 280;
const TOP = 16;
const BOTTOM = 42;
const RIGHT = 28;
const TYPE = 20;
/** Space a year label needs so neighbours do not touch. */
const YEAR_SPACE = 62;
const ROW_SPACE = 48;
/** Plays drawn last lie on top: the group's own game. */
const DRAW_ORDER: readonly PlayId[] = ['sectoral', 'cooperative', 'history', 'none', 'compare3', 'compare2', 'compare1', 'game'];

/** What the chart shows, as a sentence for screen readers: each line's first and last value. */
function summary(spec: LineChartSpec): string {
  const names = playNames(spec.lang);
  const lines = spec.series.flatMap((s) => {
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    if (!first || !last) return [];
    return [`${s.name?.[spec.lang] ?? names[s.play]}: ${first.year} ${valueLabel(spec.kind, first.value, spec.lang)}, ${last.year} ${valueLabel(spec.kind, last.value, spec.lang)}`];
  });
  return `${spec.title} (${spec.unit}). ${lines.join('; ')}`;
}

function drawing(spec: LineChartSpec): VNode {
  const attrs = { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary(spec), class: 'debrief-plot' };
  const range = extent(spec.series);
  if (!range) return el('svg', attrs);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const axis = valueAxis(range.values[0], range.values[1], Math.floor(plotHeight / ROW_SPACE) + 1);
  const labels = axis.ticks.map((t) => tickLabel(spec.kind, t, axis.step, spec.lang));
  const left = Math.ceil(Math.max(...labels.map((l) => textWidth(l, TYPE)))) + 18;
  const plotWidth = WIDTH - left - RIGHT;
  const bottom = TOP + plotHeight;
  const [first, last] = range.years;
  const x = linear([first, last], [left, left + plotWidth]);
  const y = linear([axis.lo, axis.hi], [bottom, TOP]);
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  const shaded = spec.highlight && ([Math.max(first, spec.highlight[0]), Math.min(last, spec.highlight[1])] as const);

  return el(
    'svg',
    attrs,
    shaded && shaded[1] > shaded[0] ? el('rect', { x: x(shaded[0]), y: TOP, width: x(shaded[1]) - x(shaded[0]), height: plotHeight, class: 'debrief-highlight' }) : null,
    ...axis.ticks.flatMap((t, i) => [
      el('line', { x1: left, x2: left + plotWidth, y1: y(t), y2: y(t), class: 'debrief-grid' }),
      el('text', { x: left - 10, y: y(t), dy: '0.35em', 'text-anchor': 'end', class: 'debrief-tick' }, labels[i]!),
    ]),
    ...years.map((year) => el('line', { x1: x(year), x2: x(year), y1: bottom, y2: bottom + 6, class: 'debrief-axis' })),
    ...yearTicks(first, last, Math.floor(plotWidth / YEAR_SPACE) + 1).flatMap((year) => [
      el('line', { x1: x(year), x2: x(year), y1: bottom, y2: bottom + 11, class: 'debrief-axis' }),
      el('text', { x: x(year), y: bottom + 34, 'text-anchor': 'middle', class: 'debrief-tick' }, String(year)),
    ]),
    el('polyline', { points: `${left},${TOP} ${left},${bottom} ${left + plotWidth},${bottom}`, class: 'debrief-axis', fill: 'none' }),
    ...DRAW_ORDER.flatMap((play) => {
      const series = spec.series.find((s) => s.play === play);
      if (!series) return [];
      const points = series.points.map((p) => [x(p.year), y(p.value)] as const);
      return [line(play, points), ...points.map(([px, py]) => marker(play, px, py))];
    }),
  );
}

/** The chart as a figure with its title and unit above it; drawn again only when its title, unit, lines or language change. */
export const LineChart = memo('DebriefLineChart', (spec: LineChartSpec) =>
  el(
    'figure',
    { class: 'debrief-chart' },
    el('figcaption', {}, el('span', { class: 'debrief-chart-title' }, spec.title), el('span', { class: 'debrief-unit' }, spec.unit)),
    drawing(spec),
  ),
);
