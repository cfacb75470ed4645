/** What the model's flows are called when they explain a change, in German and English. */
import type { LocalText } from '../../scenario/schema';

/** One label per flow booked in src/sim/step.ts. */
export const FLOW_NAMES: Record<string, LocalText> = {
  births: { de: 'Geburten', en: 'Births' },
  deaths: { de: 'Sterbefälle', en: 'Deaths' },
  youthDeparture: { de: 'Junge ziehen zur Ausbildung weg', en: 'Young people leaving for training or work' },
  ageing: { de: 'Die Bewohner werden älter', en: 'Residents growing older' },
  economy: { de: 'Regionaler Arbeitsmarkt', en: 'Regional job market' },
  impoverishment: { de: 'Haushalte rutschen in Armut', en: 'Households falling into poverty' },
  outMigration: { de: 'Wegzüge', en: 'Households moving out' },
  inMigration: { de: 'Zuzüge', en: 'Households moving in' },
  maintenance: { de: 'Instandhaltung aus Mieten', en: 'Upkeep paid from rents' },
  wear: { de: 'Verschleiß der Häuser', en: 'Blocks wearing out' },
  vandalismDamage: { de: 'Schäden durch Vandalismus', en: 'Damage from vandalism' },
  vandalism: { de: 'Leerstand, Langeweile und Arbeitslosigkeit', en: 'Vacancy, idleness and unemployment' },
  image: { de: 'Der Ruf folgt dem, was man sieht', en: 'Reputation following what people see' },
  turnover: { de: 'Umzüge zerreißen Nachbarschaften', en: 'Moves tearing at neighbourly ties' },
  cohesionRecovery: { de: 'Nachbarschaft wächst, wo Menschen bleiben', en: 'Ties regrowing where people stay' },
  trust: { de: 'Vertrauen folgt dem Zusammenhalt', en: 'Trust following neighbourly ties' },
  services: { de: 'Angebote laufen ohne neues Geld aus', en: 'Services winding down without new money' },
};

/** What kind of cause it is, shown as a word beside its name. */
export const CAUSE_KINDS: Record<'flow' | 'measure' | 'event', LocalText> = {
  flow: { de: 'Entwicklung', en: 'trend' },
  measure: { de: 'Maßnahme', en: 'measure' },
  event: { de: 'Ereignis', en: 'event' },
};
