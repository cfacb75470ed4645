/** Words several phase panels share, in German and English. */
import type { LocalText } from '../../scenario/schema';
import type { Participation } from '../../sim/state';

export const COMMON = {
  wholeNeighbourhood: { de: 'Ganzes Quartier', en: 'Whole neighbourhood' },
  money: { de: 'Geld', en: 'Money' },
  staffTime: { de: 'Arbeitsstunden', en: 'Staff hours' },
  volunteerHours: { de: 'Ehrenamtsstunden', en: 'Volunteer hours' },
  nobody: { de: 'niemand', en: 'nobody' },
  refused: { de: 'Abgelehnt:', en: 'Refused:' },
} satisfies Record<string, LocalText>;

export const PARTICIPATION_NAMES: Record<Participation, LocalText> = {
  none: { de: 'keine Beteiligung', en: 'no participation' },
  inform: { de: 'Information', en: 'informing residents' },
  consult: { de: 'Beratung mit Bewohnern', en: 'consulting residents' },
  codecide: { de: 'Mitentscheidung der Bewohner', en: 'residents co-decide' },
};
