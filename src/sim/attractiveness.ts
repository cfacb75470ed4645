/** How attractive a district looks to each household class, against the pull of the rest of the city. */
import type { HouseholdClass } from '../scenario/schema';
import type { Indicators } from './indicators';
import type { DistrictState } from './state';

export type Features = Record<keyof HouseholdClass['weights'], number>;

/** What a district offers, each on a 0–1 scale. */
export function districtFeatures(d: Pick<DistrictState, 'states'>, ind: Indicators, rentPremium: number): Features {
  const s = d.states;
  return {
    quality: ind.renovatedShare + (1 - ind.renovatedShare) * s.condition,
    image: s.image,
    safety: 1 - s.vandalism,
    services: s.services,
    cohesion: s.cohesion,
    jobs: 1 - s.unemployment,
    affordability: 1 - rentPremium * ind.renovatedShare,
    mix: 1 - ind.lowIncomeShare,
  };
}

/** A class's perceived attractiveness of a district: its weighted features, plus any boost from measures. */
export function attractiveness(cls: HouseholdClass, f: Features, boost: number): number {
  const w = cls.weights;
  // Features spelt out, in a fixed order that sets the rounding: every migration step calls this per district and class.
  const sum =
    0 +
    w.quality * f.quality +
    w.image * f.image +
    w.safety * f.safety +
    w.services * f.services +
    w.cohesion * f.cohesion +
    w.jobs * f.jobs +
    w.affordability * f.affordability +
    w.mix * f.mix;
  const weight = 0 + w.quality + w.image + w.safety + w.services + w.cohesion + w.jobs + w.affordability + w.mix;
  return (weight > 0 ? sum / weight : 0.5) + boost;
}
