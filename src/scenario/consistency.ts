/** Checks on a scenario the schema accepts: figures that contradict each other, and plays the game would refuse. */
import { boardFindings } from './checks/board';
import { cardFindings } from './checks/cards';
import { housingFindings } from './checks/housing';
import { seriesFindings } from './checks/series';
import type { Finding } from './findings';
import type { Scenario } from './schema';

export function consistencyFindings(scenario: Scenario): Finding[] {
  return [...housingFindings(scenario), ...seriesFindings(scenario), ...cardFindings(scenario), ...boardFindings(scenario)];
}
