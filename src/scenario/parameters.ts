/** Model parameters a scenario may tune; each has a documented default so a scenario can leave it out. */
import { z } from 'zod';

const rate = (value: number, what: string) => z.number().min(0).max(1).default(value).describe(what);
const factor = (value: number, what: string) => z.number().min(0).max(10).default(value).describe(what);

const participationLevels = (none: number, inform: number, consult: number, codecide: number, what: string) =>
  z
    .strictObject({
      none: z.number().min(0).default(none),
      inform: z.number().min(0).default(inform),
      consult: z.number().min(0).default(consult),
      codecide: z.number().min(0).default(codecide),
    })
    .default({ none, inform, consult, codecide })
    .describe(what);

export const modelParameters = z
  .strictObject({
    youthAgeingRate: rate(1 / 18, 'Share of under-18s turning 18 each year.'),
    youthDeparture: rate(0.3, 'Share of young people coming of age who leave the neighbourhood for training, study or work.'),
    ageingRate: rate(1 / 47, 'Share of working-age residents turning 65 each year, unless a district sets its own.'),
    birthRate: rate(0.011, 'Births per working-age resident and year.'),
    mortality: rate(0.05, 'Deaths per resident aged 65 and over and year.'),
    householdsPerDeath: rate(0.5, 'Households that end per death (many older people live alone).'),
    migrationNoise: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe('Year-to-year randomness of moves: standard deviation of a log-normal factor (0 = none).'),
    maxOutRate: rate(0.35, 'Upper limit on the share of a class leaving a district in one year.'),
    maxFillRate: rate(0.5, 'Upper limit on the share of vacant flats let in one year.'),
    rentPremium: rate(0.6, 'How much renovation reduces affordability (renovated flats cost more).'),
    maintenance: rate(0.05, 'Condition gained per year from maintenance paid by rents at full occupancy, scaled by what is left to repair.'),
    depreciation: rate(0.03, 'Share of condition lost per year through ageing of the buildings.'),
    vandalismDamage: rate(0.03, 'Condition lost per year per unit of vandalism.'),
    vandalism: z
      .strictObject({
        base: rate(0.02, 'Vandalism with no drivers.'),
        vacancy: factor(0.9, 'Added per unit of vacancy: empty flats invite damage.'),
        youth: factor(0.6, 'Added per unit of young-resident share where services are missing.'),
        unemployment: factor(0.3, 'Added per unit of unemployment.'),
        cohesion: factor(0.2, 'Removed per unit of cohesion: neighbours who watch out.'),
        speed: rate(0.35, 'Share of the gap to its target that vandalism closes each year.'),
      })
      .default({ base: 0.02, vacancy: 0.9, youth: 0.6, unemployment: 0.3, cohesion: 0.2, speed: 0.35 })
      .describe('Vandalism follows a target set by vacancy, young people without services, unemployment and cohesion.'),
    image: z
      .strictObject({
        quality: factor(0.5, 'Image lost per unit of missing housing quality.'),
        safety: factor(0.8, 'Image lost per unit of vandalism.'),
        mix: factor(0.6, 'Image lost per unit of low-income share: the stigma of concentrated poverty.'),
        vacancy: factor(0.8, 'Image lost per unit of vacancy: empty blocks are visible.'),
        speed: rate(0.2, 'Share of the gap to its target that the image closes each year (images change slowly).'),
      })
      .default({ quality: 0.5, safety: 0.8, mix: 0.6, vacancy: 0.8, speed: 0.2 })
      .describe('The image follows a target: full marks minus what people see wrong (poor housing, vandalism, poverty, empty flats).'),
    cohesionRecovery: rate(0.12, 'Share of missing cohesion regained per year in a stable neighbourhood.'),
    turnoverLoss: factor(1.2, 'Cohesion lost per unit of turnover (moves in and out per household).'),
    trustSpeed: rate(0.15, "Share of the gap to cohesion that residents' trust closes each year."),
    unemployment: z
      .strictObject({
        base: factor(0.8, 'District unemployment relative to the region when nobody is low-income.'),
        lowIncome: factor(1.0, 'Added relative unemployment per unit of low-income share.'),
        speed: rate(0.5, 'Share of the gap to its target closed each year.'),
      })
      .default({ base: 0.8, lowIncome: 1.0, speed: 0.5 })
      .describe('District unemployment follows the regional rate, raised where low-income households concentrate.'),
    servicesFloor: rate(0.3, 'Level services fall towards without new money (facilities close as budgets shrink).'),
    servicesSpeed: rate(0.1, 'Share of the gap to the floor closed each year.'),
    demolitionOccupancy: rate(0.5, 'Occupancy of demolished blocks relative to their district: companies clear the emptiest blocks.'),
    displacedStay: rate(0.75, 'Share of households displaced by demolition who find a flat in the neighbourhood.'),
    participationEffect: participationLevels(1, 1.05, 1.15, 1.3, 'Effect multiplier of a measure by level of resident participation.'),
    participationTrust: participationLevels(0, 0.002, 0.005, 0.01, 'Trust gained per year by a measure by level of resident participation.'),
    multiGoalBonus: z
      .number()
      .min(0)
      .max(2)
      .default(0.2)
      .describe('Extra effect per additional field of action when a multi-goal measure’s partners take part.'),
    oppositionTrustLoss: rate(0.03, 'Trust lost in a district when a measure there passes against the residents’ opposition.'),
    conceptEffort: z.number().min(0).default(120).describe('Staff hours that cover one component of the integrated action concept.'),
    conceptValidity: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(2)
      .describe('Years a concept component counts before it must be updated (Fortschreibung).'),
    participationStaff: participationLevels(1, 1.05, 1.2, 1.4, 'Staff time needed by level of resident participation, as a multiple.'),
    headroom: z
      .strictObject({
        condition: rate(0.5, 'Room below the best condition (1) under which upward pushes weaken.'),
        vandalism: rate(0.15, 'Room above the least vandalism (0) under which downward pushes weaken.'),
        image: rate(0.5, 'Room below the best image (1) under which upward pushes weaken.'),
        cohesion: rate(0.5, 'Room below the strongest ties (1) under which upward pushes weaken.'),
        trust: rate(0.5, 'Room below full trust (1) under which upward pushes weaken.'),
        unemployment: rate(0.15, 'Room above no unemployment (0) under which downward pushes weaken.'),
        services: rate(0.5, 'Room below full services (1) under which upward pushes weaken.'),
      })
      .default({ condition: 0.5, vandalism: 0.15, image: 0.5, cohesion: 0.5, trust: 0.5, unemployment: 0.15, services: 0.5 })
      .describe(
        'Diminishing returns towards a limit: a measure or event pushing a district state towards its limit (0 or 1) acts fully while the state is at least this far from it, and in proportion to the distance that is left when it is closer (0 = no limit). Pushes away from a limit weaken the same way near the other end.',
      ),
    repeatEffect: rate(
      0.5,
      'Diminishing returns of repetition: the second instance of the same card acting in a district at the same time has this share of the first one’s effect on district states and attractiveness, the third this share squared, and so on (flats are not affected).',
    ),
    participationNeedsBacking: z
      .boolean()
      .default(true)
      .describe('Participation needs participants: consultation and co-decision hold only where the residents’ role backs a passed card (by support, a pledge or a dot); otherwise it is carried out with information only.'),
    departureFloor: rate(
      0.5,
      'However attractive a district becomes, at least this share of a class’s usual movers still leave each year (jobs, family, a house of their own): local measures can only dampen out-migration.',
    ),
    arrivalCeiling: factor(
      1.5,
      'However attractive a district becomes, newcomers of a class arrive at most this many times their usual rate: the city’s demand for flats sets the limit.',
    ),
  })
  .describe('Model and rule parameters. Each has a default; set only those you want to change.');
