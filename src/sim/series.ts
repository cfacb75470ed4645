/** Yearly series given at a few years, read by linear interpolation and held flat beyond the ends. */
export interface SeriesPoint {
  year: number;
  value: number;
}

/** The value of a series in a year; `empty` when the series has no points. */
export function valueInYear(series: readonly SeriesPoint[], year: number, empty = 0): number {
  const points = [...series].sort((a, b) => a.year - b.year);
  const first = points[0];
  if (!first) return empty;
  if (year <= first.year) return first.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (year <= b.year) {
      const a = points[i - 1]!;
      return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
    }
  }
  return points[points.length - 1]!.value;
}
