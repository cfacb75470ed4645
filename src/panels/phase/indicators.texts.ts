/** The indicators the phase panels show first; their names are shared (src/app/indicatorNames.ts). */
import type { IndicatorId } from '../../scenario/schema';

export { INDICATOR_NAMES } from '../../app/indicatorNames';


/** The indicators the situation and review show first: the ones a room argues about. */
export const HEADLINE_INDICATORS: readonly IndicatorId[] = [
  'population',
  'vacancy',
  'flats',
  'image',
  'vandalism',
  'cohesion',
  'trust',
  'unemployment',
  'services',
  'lowIncomeShare',
];
