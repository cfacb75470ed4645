/** Yearly series are read by interpolating between neighbouring years, so their years must rise. */
import type { Finding } from '../findings';
import type { Path } from '../rawData';
import type { Scenario } from '../schema';

export function seriesFindings(s: Scenario): Finding[] {
  return [
    ...s.householdClasses.flatMap((c, i) => yearOrder(c.cityPull, ['householdClasses', i, 'cityPull'])),
    ...yearOrder(s.context.regionalUnemployment, ['context', 'regionalUnemployment']),
    ...yearOrder(s.context.housingDemand, ['context', 'housingDemand']),
  ];
}

function yearOrder(series: readonly { year: number }[], path: Path): Finding[] {
  return series.flatMap(({ year }, i): Finding[] => {
    if (i === 0) return [];
    const previous = series[i - 1]!.year;
    const at: Path = [...path, i, 'year'];
    if (series.slice(0, i).some((point) => point.year === year)) return [{ path: at, at: 'value', detail: { code: 'yearRepeated', year } }];
    return year < previous ? [{ path: at, at: 'value', detail: { code: 'yearsUnsorted', year, previous } }] : [];
  });
}
