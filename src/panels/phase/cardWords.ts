/** A project card's pin-board fields in words: goal, addressees and the intended effect, from the card's data. */
import { NBSP, number } from '../../scenario/numberFormat';
import type { Effect, Language, Measure, Scenario } from '../../scenario/schema';
import { EFFECT_TEXTS, EFFECT_WORDS, timing } from './effects.texts';

type Names = Pick<Scenario, 'householdClasses' | 'districts' | 'fieldsOfAction'>;

function classNames(scenario: Names, classes: readonly string[] | undefined, lang: Language): string {
  if (!classes || classes.length === 0) return EFFECT_TEXTS.allHouseholds[lang];
  const names = classes.map((id) => scenario.householdClasses.find((c) => c.id === id)?.name[lang] ?? id);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${EFFECT_TEXTS.and[lang]} ${names[names.length - 1]}`;
}

/** The size of one effect at a scale, in the unit its target is read in. */
function size(e: Effect, scale: number, lang: Language): string {
  const amount = Math.abs(e.amount * scale);
  switch (e.target) {
    case 'renovate':
    case 'demolish':
    case 'build':
      return number(Math.round(amount), lang);
    case 'regionalUnemployment':
      return `${number(amount * 100, lang, 1)}${NBSP}${lang === 'de' ? 'Pp.' : 'pp'}`;
    default:
      return `${number(amount * 100, lang, 1)}${NBSP}${EFFECT_TEXTS.points[lang]}`;
  }
}

/** One phrase per effect of a card at a scale, e.g. "less vandalism (1.0 pts a year)"; effects of size zero are left out. */
export function effectPhrases(scenario: Names, m: Pick<Measure, 'effects'>, scale: number, lang: Language): string[] {
  return m.effects
    .filter((e) => e.amount !== 0)
    .map((e) => EFFECT_WORDS[e.target][e.amount > 0 ? 'up' : 'down'][lang](size(e, scale, lang), classNames(scenario, e.classes, lang)));
}

/** The intended effect as the pin-board states it: what changes, and from when for how long. */
export function intendedEffect(scenario: Names, m: Pick<Measure, 'effects' | 'leadTime' | 'duration'>, scale: number, year: number, lang: Language): string {
  const phrases = effectPhrases(scenario, m, scale, lang);
  return `${phrases.join('; ')} – ${timing(year + m.leadTime, m.duration, lang)}`;
}

/** The goal: the card's own, else the fields of action it serves. */
export function goal(scenario: Names, m: Pick<Measure, 'goal' | 'fields'>, lang: Language): string {
  if (m.goal) return m.goal[lang];
  return m.fields.map((f) => scenario.fieldsOfAction.find((x) => x.id === f)?.name[lang] ?? f).join(', ');
}

const WHOLE = { de: 'alle im ganzen Quartier', en: 'everyone in the whole neighbourhood' };
const DISTRICT = { de: (d: string) => `die Bewohner von ${d}`, en: (d: string) => `the residents of ${d}` };
const CHOSEN = { de: 'die Bewohner des gewählten Teilgebiets', en: 'the residents of the chosen district' };
const ESPECIALLY = { de: 'besonders', en: 'especially' };

/** Who the card is for: its own addressees, else the people where it is placed and the classes it courts. */
export function addressees(scenario: Names, m: Pick<Measure, 'addressees' | 'appliesTo' | 'effects'>, district: string | undefined, lang: Language): string {
  if (m.addressees) return m.addressees[lang];
  const districtName = district && scenario.districts.find((d) => d.id === district)?.name[lang];
  const where = m.appliesTo === 'neighbourhood' ? WHOLE[lang] : districtName ? DISTRICT[lang](districtName) : CHOSEN[lang];
  const courted = [...new Set(m.effects.filter((e) => e.target === 'attractiveness' && e.classes?.length).flatMap((e) => e.classes!))];
  return courted.length > 0 ? `${where}, ${ESPECIALLY[lang]} ${classNames(scenario, courted, lang)}` : where;
}

/** A proposal as people name it: the card's title and where it is placed. */
export function placedName(scenario: Pick<Scenario, 'measures' | 'districts'>, p: { measure: string; district?: string }, lang: Language): string {
  const card = scenario.measures.find((m) => m.id === p.measure)?.name[lang] ?? p.measure;
  const district = p.district && scenario.districts.find((d) => d.id === p.district)?.name[lang];
  return district ? `${card} – ${district}` : card;
}
