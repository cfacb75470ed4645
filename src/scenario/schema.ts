/** The scenario format: one zod schema is the validator, the TypeScript types and the published JSON Schema. */
import { z } from 'zod';
import { modelParameters } from './parameters';

/** Languages every visible text must be given in. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
  .describe('An identifier: a letter, then letters, digits, "_" or "-". Other parts of the file refer to it.');

const text = z
  .strictObject({
    de: z.string().min(1).describe('German text'),
    en: z.string().min(1).describe('English text'),
  })
  .describe('A text people read, in German (de) and English (en).');

const share = z.number().min(0).max(1);
const year = z.number().int().min(1900).max(2200);
const count = z.number().min(0);

/** The nine components of an integrated action concept (difu 2002). */
export const CONCEPT_COMPONENTS = [
  'cityFunction',
  'problems',
  'existingPlans',
  'vision',
  'projects',
  'steering',
  'participation',
  'evaluation',
  'financing',
] as const;
export type ConceptComponent = (typeof CONCEPT_COMPONENTS)[number];

/** Indicators the model reports for each district and the whole neighbourhood. */
export const INDICATOR_IDS = [
  'population',
  'households',
  'flats',
  'vacancy',
  'renovatedShare',
  'condition',
  'vandalism',
  'image',
  'cohesion',
  'trust',
  'unemployment',
  'services',
  'seniorShare',
  'lowIncomeShare',
] as const;
export const indicatorId = z.enum(INDICATOR_IDS);
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** District states (0–1) that measures and events can push. */
export const STATE_IDS = ['condition', 'vandalism', 'image', 'cohesion', 'trust', 'unemployment', 'services'] as const;
export type StateId = (typeof STATE_IDS)[number];

/** Everything an effect can act on. */
export const EFFECT_TARGETS = [
  ...STATE_IDS,
  'renovate',
  'demolish',
  'build',
  'attractiveness',
  'cityPull',
  'regionalUnemployment',
] as const;
export type EffectTarget = (typeof EFFECT_TARGETS)[number];

const effect = z
  .strictObject({
    target: z
      .enum(EFFECT_TARGETS)
      .describe(
        'What the effect changes. A district state (condition, vandalism, image, cohesion, trust, unemployment, services: shares 0–1, changed by `amount` every year, so the change adds up); the housing stock (renovate, demolish, build: flats per unit of scale in total, spread evenly over the duration); or a shift that holds while the effect lasts and is gone after it: attractiveness of the district for some household classes, cityPull (the pull of the rest of the city), regionalUnemployment (the regional economy outside the neighbourhood).',
      ),
    amount: z
      .number()
      .describe('Size of the effect per unit of scale: per year for district states, in total for flats, a standing shift for attractiveness, cityPull and regionalUnemployment.'),
    classes: z
      .array(id)
      .optional()
      .describe('Only for attractiveness and cityPull: the household classes affected (default: all).'),
    decay: share
      .optional()
      .describe('After the effect ends, it lingers and loses this share of its strength each year (default: it stops at once). Not used for flats: renovate, demolish and build stop at the end.'),
  })
  .describe('One change the model applies while a measure or event is active.');

const resources = z.strictObject({
  money: count.default(0).describe('Money in euros.'),
  staffTime: count.default(0).describe('Staff time in hours.'),
  volunteerHours: count.default(0).describe('Volunteer time in hours.'),
});

const meta = z.strictObject({
  id: id.describe('Short identifier of the scenario, used in save files and output.'),
  title: text.describe('Title shown on the setup screen.'),
  description: text.describe('What the scenario is about, for players and facilitators.'),
  authors: z.array(z.string().min(1)).min(1).describe('Who wrote the scenario.'),
  sources: z
    .array(
      z.strictObject({
        title: z.string().min(1).describe('What the source is.'),
        url: z.string().optional().describe('Where to find it.'),
        note: z.string().optional().describe('What was taken from it.'),
      }),
    )
    .default([])
    .describe('Sources of the figures in the scenario.'),
  area: text.describe('Which area definition the figures use (for example which statistical districts).'),
});

/** Longest round a game may have: the model runs its years without anyone deciding in between. */
export const MAX_TURN_LENGTH = 5;

const time = z.strictObject({
  startYear: year.describe('The first year played. District figures describe the situation at its start.'),
  turns: z.number().int().min(1).max(100).describe('How many rounds (turns) a game has; a facilitator may choose fewer at setup.'),
  turnLength: z
    .number()
    .int()
    .min(1)
    .max(MAX_TURN_LENGTH)
    .default(1)
    .describe(
      'Model years per round. After each round’s decision the model runs this many years; roles’ resources and programme budgets are amounts per round. A facilitator may choose another length at setup: the amounts are then scaled to the years a round covers.',
    ),
  workshop: z
    .strictObject({
      turns: z.number().int().min(1).max(100).describe('Rounds.'),
      turnLength: z.number().int().min(1).max(MAX_TURN_LENGTH).describe('Model years per round.'),
    })
    .optional()
    .describe('The length setup offers first, when it is not the file’s own: rounds and years per round that fit a workshop of about three hours. It may not cover more years than turns × turnLength.'),
});

const householdClass = z.strictObject({
  id: id.describe('Identifier of the household class, used in districts[].households.'),
  name: text.describe('Name of the class as players read it.'),
  description: text.optional().describe('Who these households are.'),
  lowIncome: z.boolean().default(false).describe('Counts towards the low-income share (poverty concentration).'),
  householdSize: z.number().min(1).max(6).describe('Persons in a moving household of this class.'),
  ageMix: z
    .strictObject({ young: share, working: share, senior: share })
    .describe('Age mix of the persons in such households (shares that sum to 1): young under 18, working age 18–64, 65 and over.'),
  outRate: share.describe('Share of these households that move away in a year when the district is as attractive as the rest of the city.'),
  inRate: share.describe('Households of this class moving in per flat of the district and year, at equal attractiveness (limited by vacant flats).'),
  sensitivity: z
    .number()
    .min(0)
    .max(20)
    .describe('How strongly moves react to the attractiveness gap: better-off households are more mobile.'),
  weights: z
    .strictObject({
      quality: count.default(0).describe('Housing quality (renovated share and condition).'),
      image: count.default(0).describe('The district image.'),
      safety: count.default(0).describe('Absence of vandalism.'),
      services: count.default(0).describe('Youth facilities and other services.'),
      cohesion: count.default(0).describe('Neighbourly ties.'),
      jobs: count.default(0).describe('Employment in the district.'),
      affordability: count.default(0).describe('Low rents (unrenovated stock is cheaper).'),
      mix: count.default(0).describe('A social mix: few low-income neighbours.'),
    })
    .describe('What this class values in a district; weights are normalised to sum 1.'),
  cityPull: z
    .array(z.strictObject({ year, value: share }))
    .min(1)
    .describe('Attractiveness of the rest of the city for this class (0–1, on the same scale as a district’s attractiveness), by year: linear in between, held at the first and last value outside.'),
  downward: z
    .strictObject({
      to: id.describe('The class households fall into.'),
      rate: share.describe('Share falling per year per unit of district unemployment.'),
    })
    .optional()
    .describe('Impoverishment: unemployment moves households into a poorer class.'),
});

const district = z.strictObject({
  id: id.describe('Identifier of the district.'),
  name: text.describe('Name shown on the board.'),
  description: text.optional().describe('What the district is like.'),
  flats: z.strictObject({
    renovated: count.describe('Renovated flats.'),
    unrenovated: count.describe('Flats not yet renovated.'),
  }),
  households: z.record(id, count).describe('Households by class id.'),
  residents: z
    .strictObject({ young: count, working: count, senior: count })
    .describe('Residents by age group: under 18, 18–64, 65 and over.'),
  ageing: share.optional().describe('Share of working-age residents turning 65 each year (default: the parameter ageingRate).'),
  state: z
    .strictObject({
      condition: share.describe('Condition of the unrenovated stock (1 = as new).'),
      vandalism: share.describe('Vandalism and disorder (0 = none).'),
      image: share.describe('Reputation of the district in the city (1 = excellent).'),
      cohesion: share.describe('Neighbourly ties and social networks.'),
      trust: share.describe("Residents' trust in their own capacity to act."),
      unemployment: share.describe('Share of working-age residents without work or on transfer income.'),
      services: share.describe('Youth facilities, meeting places and social services (1 = well provided).'),
    })
    .describe('Starting states, all shares from 0 to 1.'),
  neighbours: z.array(id).default([]).describe('Adjacent districts: displaced households look there first.'),
  map: z
    .strictObject({
      x: z.number().min(0).max(100).describe('Left edge, in percent of the board width.'),
      y: z.number().min(0).max(100).describe('Top edge, in percent of the board height.'),
      width: z.number().min(1).max(100).describe('Width, in percent of the board width.'),
      height: z.number().min(1).max(100).describe('Height, in percent of the board height.'),
    })
    .optional()
    .describe('Where the district lies on the board (default: a grid in the order of the districts).'),
});

const role = z.strictObject({
  id: id.describe('Identifier of the role.'),
  name: text.describe('Name of the role as players read it.'),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .describe('Colour of the role on the board, as #rrggbb.'),
  resources: resources.describe('What the role can spend each round (turn).'),
  objectives: z
    .partialRecord(indicatorId, z.number())
    .describe('What the role wants: weights on neighbourhood indicators (negative = wants it lower). Shares (0–1) count as they are; counts (population, households, flats) count relative to their value at the start.'),
  profile: share.default(0.3).describe('How much the role cares about credit for measures under its own lead.'),
  residents: z
    .boolean()
    .default(false)
    .describe('This role speaks for the residents: measures passed against its opposition cost trust.'),
  briefing: text.describe('Private briefing only this role sees.'),
  stance: z
    .enum(['cooperative', 'pragmatic', 'sectoral', 'sceptical'])
    .default('pragmatic')
    .describe('How the computer plays this role unless the facilitator chooses otherwise.'),
});

const measure = z.strictObject({
  id: id.describe('Identifier of the project card.'),
  name: text.describe('Title of the project card.'),
  description: text.describe('What the measure does, as on the card.'),
  goal: text.optional().describe('The goal, as on the forum pin-board.'),
  addressees: text.optional().describe('Who the measure is for.'),
  lead: id.describe('The role that leads the measure.'),
  partners: z
    .strictObject({
      required: z.array(id).default([]).describe('Roles that must take part.'),
      possible: z.array(id).default([]).describe('Roles that may join.'),
    })
    .default({ required: [], possible: [] })
    .describe('Other roles: those whose consent and contribution the card needs, and those who may join.'),
  fields: z.array(id).min(1).describe('Fields of action the measure serves (ids from fieldsOfAction).'),
  capital: z.boolean().describe('True for building (capital) measures, false for social (non-capital) ones.'),
  cost: count.describe('Money per unit of scale, in euros, in total.'),
  staffTime: count.default(0).describe('Staff hours per unit of scale.'),
  volunteerHours: count.default(0).describe('Volunteer hours per unit of scale.'),
  scale: z
    .strictObject({
      unit: text.describe('What one unit is (for example "100 flats").'),
      min: z.number().int().min(1).default(1).describe('Smallest number of units that can be tabled.'),
      max: z.number().int().min(1).default(1).describe('Largest number of units that can be tabled at once.'),
    })
    .default({ unit: { de: 'Projekt', en: 'project' }, min: 1, max: 1 })
    .describe('How big the measure can be: cost, time and effects are per unit.'),
  leadTime: z.number().int().min(0).max(20).default(0).describe('Years between decision and first effect.'),
  duration: z.number().int().min(1).max(50).default(1).describe('Years the effects last.'),
  appliesTo: z
    .enum(['district', 'neighbourhood'])
    .default('district')
    .describe('Whether the measure is placed in one district or acts on the whole neighbourhood.'),
  districts: z.array(id).optional().describe('Districts where it may be placed (default: all).'),
  effects: z.array(effect).min(1).describe('What the measure changes in the model.'),
  participation: z
    .enum(['none', 'inform', 'consult', 'codecide'])
    .default('none')
    .describe('How residents take part. More participation multiplies the effects on district states and attractiveness (parameters.participationEffect) and adds trust each year (parameters.participationTrust); flats and outside conditions are not multiplied.'),
  from: year.optional().describe('First year the card can be played.'),
  maxRunning: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(1)
    .describe('How many instances of this card may run at the same time in one district (for a neighbourhood-wide card: in the neighbourhood). A card counts as running from its decision to the last year of its duration.'),
  concept: z
    .array(z.enum(CONCEPT_COMPONENTS))
    .default([])
    .describe('Components of the integrated action concept that passing this card covers (for example steering for neighbourhood management).'),
});

const programme = z.strictObject({
  id: id.describe('Identifier of the programme.'),
  name: text.describe('Name of the programme.'),
  description: text.optional().describe('What the programme is for.'),
  from: year.describe('First year money is available.'),
  until: year.optional().describe('Last year money is available.'),
  budget: count.describe('Programme money per round (turn), in euros.'),
  matchingRate: share.describe('Share of an eligible measure’s cost the programme pays when local partners co-finance the rest.'),
  nonCapitalCap: share.describe('At most this share of the programme money may go to non-capital measures.'),
  fields: z.array(id).optional().describe('Fields of action it funds (default: all).'),
  measures: z.array(id).optional().describe('Only these project cards (default: every card in its fields).'),
  capital: z.enum(['both', 'capital', 'nonCapital']).default('both').describe('Which kinds of measure it funds.'),
  requires: z
    .strictObject({
      actionConcept: share.default(0).describe('Coverage of the integrated action concept needed before money flows.'),
      partners: z.number().int().min(0).default(0).describe('Minimum number of co-financing roles.'),
    })
    .default({ actionConcept: 0, partners: 0 })
    .describe('Conditions before programme money flows.'),
});

const event = z
  .strictObject({
    id: id.describe('Identifier of the event.'),
    title: text.describe('Headline of the news.'),
    text: text.describe('The news as players read it.'),
    year: year.optional().describe('Scheduled: the year it happens.'),
    probability: share.optional().describe('Drawn: chance per year that it happens (if no year is given).'),
    from: year.optional().describe('Drawn events: first possible year.'),
    until: year.optional().describe('Drawn events: last possible year.'),
    repeat: z.boolean().default(false).describe('Drawn events: whether it can happen more than once.'),
    districts: z.array(id).optional().describe('Districts affected (default: all).'),
    duration: z.number().int().min(1).max(50).default(1).describe('Years the effects last.'),
    effects: z.array(effect).default([]).describe('What the event changes; leave out for news without effect on the model.'),
  })
  .refine((e) => e.year !== undefined || e.probability !== undefined, {
    message: 'needs either a year (scheduled) or a probability (drawn)',
  });

const decision = z.strictObject({
  rule: z.enum(['consent', 'majority', 'dots']).default('consent').describe('The decision rule used unless the facilitator picks another.'),
  options: z
    .array(z.enum(['consent', 'majority', 'dots']))
    .default(['consent'])
    .describe('Decision rules the facilitator may choose from.'),
  majority: z.number().min(0.5).max(1).default(0.6).describe('Qualified majority for the majority rule.'),
  dots: z.number().int().min(1).max(50).default(8).describe('Dots per role for dot voting.'),
  cardsPerRole: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(3)
    .describe(
      'How many cards each role may table in a round: a few weighty decisions rather than many small ones (small projects go through a fund card). When people play, each computer role tables only one, leaving the table to them.',
    ),
  maxPassed: z
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .describe('How many cards can start in one round at most (default: no limit); played in rounds longer than the file’s, the cap grows with the years. When more win the vote, those ranked highest start: by dots under dot voting, otherwise by the number of roles supporting them, then in the order they were tabled.'),
});

const referenceDecision = z.strictObject({
  year: year.describe('The year the decision is taken.'),
  measure: id.describe('The measure card played.'),
  district: id.optional().describe('Where (for district measures).'),
  scale: z.number().int().min(1).default(1).describe('Units of the measure.'),
  note: z.string().optional().describe('What really happened, for the debrief.'),
});

const calibrationTarget = z.strictObject({
  indicator: indicatorId.describe('The neighbourhood indicator the target is about.'),
  from: year.describe('The year (or the first year of the span) whose end state is checked.'),
  to: year.optional().describe('The last year of the span (default: the same as from).'),
  statistic: z
    .enum(['each', 'max', 'min'])
    .default('each')
    .describe('Over the span: every year must lie in the band (each), or its highest (max) or lowest (min) value must.'),
  min: z.number().optional().describe('Lowest acceptable value (shares as fractions from 0 to 1).'),
  max: z.number().optional().describe('Highest acceptable value (shares as fractions from 0 to 1).'),
  source: z.string().optional().describe('Where the real figure comes from.'),
});

const reference = z.strictObject({
  id: id.describe('Identifier of the play, as used with --plan.'),
  name: text.describe('Name of the play.'),
  description: text.optional().describe('What the play shows.'),
  decisions: z.array(referenceDecision).default([]).describe('The decisions, year by year.'),
  targets: z
    .array(calibrationTarget)
    .default([])
    .describe('Calibration bands this play should land in: the model card and the tests run the play and compare.'),
});

const field = z.strictObject({
  id: id.describe('Identifier of the field of action, used in measures[].fields.'),
  name: text.describe('Name of the field of action.'),
});

/** The three steps of the guided discussion in the debrief: description, analysis, application. */
export const DEBRIEF_STEPS = ['happened', 'why', 'practice'] as const;
export type DebriefStep = (typeof DEBRIEF_STEPS)[number];

/** One step's questions: a few, short enough to read on a projected screen. */
const questions = (step: string) =>
  z
    .array(text)
    .min(1)
    .max(6)
    .optional()
    .describe(`${step} One to six questions, each short enough to read on a projected screen (default: the game’s general questions).`);

const debrief = z
  .strictObject({
    questions: z
      .strictObject({
        happened: questions('Step 1, “What happened?”: what the group saw, decided and felt during the game.'),
        why: questions('Step 2, “Why?”: the causes, the model’s feedback loops and how the roles worked together.'),
        practice: questions('Step 3, “What does it mean for practice?”: what the game says about real cooperation in such an area.'),
      })
      .describe('Questions the facilitator steps through with the group after the game, per step of the discussion.'),
  })
  .optional()
  .describe('The guided discussion after the game. It does not change play: saved sessions still open when it changes.');

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
  format: z.literal('quartier-scenario').describe('Marks the file as a Quartier scenario.'),
  version: z.literal(1).describe('Version of the scenario format.'),
  meta,
  time,
  fieldsOfAction: z.array(field).min(1).describe('Fields of action measures are tagged with.'),
  householdClasses: z.array(householdClass).min(1),
  districts: z.array(district).min(1),
  context: z
    .strictObject({
      regionalUnemployment: z
        .array(z.strictObject({ year, value: share }))
        .min(1)
        .describe('Unemployment in the region by year (linear in between, held at the first and last value outside): the economy outside the neighbourhood.'),
      housingDemand: z
        .array(z.strictObject({ year, value: z.number().min(0).max(10) }))
        .default([])
        .describe(
          'Demand for flats in the whole city by year, as a factor on every class’s inRate (1 = as the rates say; linear in between, held at the first and last value outside; default: 1 in every year). A shrinking city lowers it, a growing one raises it.',
        ),
    })
    .describe('Conditions outside the neighbourhood that local measures cannot change.'),
  parameters: modelParameters.default(modelParameters.parse({})),
  roles: z.array(role).min(1),
  measures: z.array(measure).min(1),
  programmes: z.array(programme).default([]),
  events: z.array(event).default([]),
  decision: decision.default(decision.parse({})),
  sharedObjectives: z
    .partialRecord(indicatorId, z.number())
    .default({ population: 1, vacancy: -1, image: 1, cohesion: 1, trust: 0.5, unemployment: -1 })
    .describe('The shared neighbourhood score: weights on indicators, counted like role objectives.'),
  references: z.array(reference).default([]),
  debrief,
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type LocalText = z.output<typeof text>;
export type HouseholdClass = Scenario['householdClasses'][number];
export type District = Scenario['districts'][number];
export type Role = Scenario['roles'][number];
export type Measure = Scenario['measures'][number];
export type Programme = Scenario['programmes'][number];
export type ScenarioEvent = Scenario['events'][number];
export type Effect = Measure['effects'][number];
export type ReferencePlay = Scenario['references'][number];
export type ReferenceDecision = ReferencePlay['decisions'][number];
export type CalibrationTarget = ReferencePlay['targets'][number];
export type ModelParameters = Scenario['parameters'];
export type DebriefQuestions = NonNullable<Scenario['debrief']>['questions'];
