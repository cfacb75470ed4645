/** Sentences for refused actions and failed proposals, in German and English, with names from the scenario. */
import { NBSP, number, percent } from '../scenario/numberFormat';
import type { Language, Scenario } from '../scenario/schema';
import type { DecisionRule, Phase, Rejection, RejectionCode } from './types';

type Params = Record<string, string | number>;

/** Names of the phases as players read them. */
export const PHASE_NAMES: Record<Phase, Record<Language, string>> = {
  news: { de: 'Nachrichten', en: 'news' },
  situation: { de: 'Lage', en: 'situation' },
  briefings: { de: 'Briefings', en: 'briefings' },
  proposals: { de: 'Vorschläge', en: 'proposals' },
  negotiation: { de: 'Verhandlung', en: 'negotiation' },
  decision: { de: 'Entscheidung', en: 'decision' },
  implementation: { de: 'Umsetzung', en: 'implementation' },
  simulation: { de: 'Simulation', en: 'simulation' },
  review: { de: 'Rückblick', en: 'review' },
  debrief: { de: 'Auswertung', en: 'debrief' },
};
/** Names of the decision rules as players read them. */
export const RULE_NAMES: Record<DecisionRule, Record<Language, string>> = {
  consent: { de: 'Konsens', en: 'consent' },
  majority: { de: 'qualifizierte Mehrheit', en: 'qualified majority' },
  dots: { de: 'Punktabfrage', en: 'dot voting' },
};
type Say = (p: Params) => string;

const MESSAGES: Record<RejectionCode, Record<Language, Say>> = {
  gameOver: { en: () => 'The game is over; only the debrief remains.', de: () => 'Das Spiel ist zu Ende; es bleibt die Auswertung.' },
  paused: { en: () => 'The game is paused.', de: () => 'Das Spiel ist angehalten.' },
  notPaused: { en: () => 'The game is not paused.', de: () => 'Das Spiel ist nicht angehalten.' },
  wrongPhase: {
    en: (p) => `This cannot be done in the ${p.phase} phase.`,
    de: (p) => `Das geht in der Phase „${p.phase}“ nicht.`,
  },
  unknownRole: { en: (p) => `There is no role "${p.role}" in this game.`, de: (p) => `Eine Rolle „${p.role}“ gibt es in diesem Spiel nicht.` },
  unknownMeasure: { en: (p) => `There is no project card "${p.measure}".`, de: (p) => `Eine Projektkarte „${p.measure}“ gibt es nicht.` },
  unknownDistrict: { en: (p) => `There is no district "${p.district}".`, de: (p) => `Ein Teilgebiet „${p.district}“ gibt es nicht.` },
  unknownProposal: { en: (p) => `There is no proposal ${p.proposal} on the table.`, de: (p) => `Einen Vorschlag ${p.proposal} gibt es nicht.` },
  unknownEvent: { en: (p) => `There is no event "${p.event}" in the deck.`, de: (p) => `Ein Ereignis „${p.event}“ gibt es im Stapel nicht.` },
  cardNotYetAvailable: {
    en: (p) => `${p.measure} can only be played from ${p.year} on.`,
    de: (p) => `${p.measure} kann erst ab ${p.year} gespielt werden.`,
  },
  districtRequired: { en: (p) => `${p.measure} must be placed in a district.`, de: (p) => `${p.measure} muss in einem Teilgebiet liegen.` },
  districtNotAllowed: {
    en: (p) => `${p.measure} cannot be placed in ${p.district}.`,
    de: (p) => `${p.measure} ist in ${p.district} nicht möglich.`,
  },
  scaleOutOfRange: {
    en: (p) => `${p.measure} comes in sizes from ${p.min} to ${p.max}, not ${p.scale}.`,
    de: (p) => `${p.measure} gibt es in den Größen ${p.min} bis ${p.max}, nicht ${p.scale}.`,
  },
  alreadyTabled: {
    en: (p) => `${p.measure} is already on the table${p.district ? ` for ${p.district}` : ''} this round.`,
    de: (p) => `${p.measure} liegt in dieser Runde schon auf dem Tisch${p.district ? ` (${p.district})` : ''}.`,
  },
  alreadyRunning: {
    en: (p) =>
      `${p.measure} is already running${p.district ? ` in ${p.district}` : ''} until ${p.year}; ${p.max === 1 ? 'one may run' : `${p.max} may run`} there at a time.`,
    de: (p) =>
      `${p.measure} läuft${p.district ? ` in ${p.district}` : ''} schon bis ${p.year}; dort ${p.max === 1 ? 'darf nur eine' : `dürfen nur ${p.max}`} zugleich laufen.`,
  },
  tablingLimit: {
    en: (p) =>
      p.max === 1
        ? `${p.role} has already tabled a card this round: each role may table only one a round.`
        : `${p.role} has already tabled ${p.max} cards this round: each role may table at most ${p.max} a round.`,
    de: (p) =>
      p.max === 1
        ? `${p.role} hat in dieser Runde schon eine Karte eingebracht: jede Rolle darf nur eine je Runde einbringen.`
        : `${p.role} hat in dieser Runde schon ${p.max} Karten eingebracht: jede Rolle darf höchstens ${p.max} je Runde einbringen.`,
  },
  partnerNotOnCard: {
    en: (p) => `${p.role} is not a partner named on the card ${p.measure}.`,
    de: (p) => `${p.role} ist auf der Karte ${p.measure} nicht als Partner vorgesehen.`,
  },
  financingInvalid: {
    en: (p) => `The financing shares must add up to ${percent(1, 'en')}, not ${percentOf(p.total, 'en')}.`,
    de: (p) => `Die Finanzierungsanteile müssen ${percent(1, 'de')} ergeben, nicht ${percentOf(p.total, 'de')}.`,
  },
  notYourProposal: {
    en: (p) => `Only ${p.role}, who tabled ${p.proposal}, can amend it.`,
    de: (p) => `Nur ${p.role} hat ${p.proposal} eingebracht und kann ihn ändern.`,
  },
  proposalClosed: { en: (p) => `${p.proposal} has already been decided.`, de: (p) => `Über ${p.proposal} ist schon entschieden.` },
  emptyPledge: { en: () => 'A pledge needs money, staff time or volunteer hours.', de: () => 'Eine Zusage braucht Geld, Arbeitszeit oder Ehrenamtsstunden.' },
  negativeAmount: { en: () => 'Amounts must be positive numbers.', de: () => 'Beträge müssen positive Zahlen sein.' },
  notEnoughMoney: {
    en: (p) => `${p.role} cannot pledge ${euros(p.wanted, 'en')}: ${euros(p.left, 'en')} left this round.`,
    de: (p) => `${p.role} kann keine ${euros(p.wanted, 'de')} zusagen: in dieser Runde sind noch ${euros(p.left, 'de')} übrig.`,
  },
  notEnoughStaff: {
    en: (p) => `${p.role} cannot give ${exact(p.wanted, 'en')} staff hours: ${exact(p.left, 'en')} left this round.`,
    de: (p) => `${p.role} kann keine ${exact(p.wanted, 'de')} Arbeitsstunden geben: in dieser Runde sind noch ${exact(p.left, 'de')} übrig.`,
  },
  notEnoughVolunteers: {
    en: (p) => `${p.role} cannot give ${exact(p.wanted, 'en')} volunteer hours: ${exact(p.left, 'en')} left this round.`,
    de: (p) => `${p.role} kann keine ${exact(p.wanted, 'de')} Ehrenamtsstunden geben: in dieser Runde sind noch ${exact(p.left, 'de')} übrig.`,
  },
  conditionOnItself: {
    en: (p) => `A pledge to ${p.proposal} cannot depend on ${p.proposal} itself.`,
    de: (p) => `Eine Zusage für ${p.proposal} kann nicht von ${p.proposal} selbst abhängen.`,
  },
  noPledge: { en: (p) => `${p.role} has no pledge on ${p.proposal} to withdraw.`, de: (p) => `${p.role} hat für ${p.proposal} nichts zugesagt.` },
  alreadyVoted: { en: (p) => `${p.role} has already said so on ${p.proposal}.`, de: (p) => `${p.role} hat sich zu ${p.proposal} schon so geäußert.` },
  withdrawFirst: {
    en: (p) => `${p.role} has pledged to ${p.proposal}; withdraw the pledge before opposing it.`,
    de: (p) => `${p.role} hat für ${p.proposal} zugesagt; erst die Zusage zurückziehen, dann dagegen stimmen.`,
  },
  dotsNotInUse: { en: (p) => `Dots are not used: the decision rule is ${p.rule}.`, de: (p) => `Punkte werden nicht vergeben: die Entscheidungsregel ist ${p.rule}.` },
  notEnoughDots: {
    en: (p) => `${p.role} cannot place ${p.wanted} dots: ${p.left} left.`,
    de: (p) => `${p.role} kann keine ${p.wanted} Punkte kleben: noch ${p.left} übrig.`,
  },
  ruleNotOffered: {
    en: (p) => `This scenario offers only these decision rules: ${p.options}.`,
    de: (p) => `Dieses Szenario bietet nur diese Entscheidungsregeln: ${p.options}.`,
  },
  eventAlreadyThisYear: { en: (p) => `${p.event} is already in this year's news.`, de: (p) => `${p.event} steht schon in den Nachrichten dieses Jahres.` },
  conceptStaffRequired: {
    en: () => 'Work on the action concept needs a positive number of staff hours.',
    de: () => 'Arbeit am Handlungskonzept braucht eine positive Zahl an Arbeitsstunden.',
  },
  consentMissing: { en: (p) => `Not agreed by ${p.roles}, whose consent the card needs.`, de: (p) => `Ohne Zustimmung von ${p.roles}, die die Karte braucht.` },
  vetoed: { en: (p) => `Vetoed by ${p.roles}.`, de: (p) => `Veto von ${p.roles}.` },
  majorityMissing: {
    en: (p) => `Only ${percentOf(p.share, 'en')} of the roles backed it; ${percentOf(p.needed, 'en')} were needed.`,
    de: (p) => `Nur ${percentOf(p.share, 'de')} der Rollen waren dafür; ${percentOf(p.needed, 'de')} waren nötig.`,
  },
  noDots: { en: () => 'Nobody gave it a dot.', de: () => 'Niemand hat einen Punkt vergeben.' },
  beyondCapacity: {
    en: (p) => `Only ${p.max === 1 ? 'one card' : `${p.max} cards`} can start this year; others ranked higher.`,
    de: (p) => `In diesem Jahr ${p.max === 1 ? 'kann nur eine Karte' : `können nur ${p.max} Karten`} starten; andere lagen vorn.`,
  },
  fundingShort: {
    en: (p) => `Not fully funded${shortfall(p, 'en')}.`,
    de: (p) => `Nicht ausfinanziert${shortfall(p, 'de')}.`,
  },
  conditionFailed: {
    en: (p) => `A package deal fell through, so it was not fully funded${shortfall(p, 'en')}.`,
    de: (p) => `Ein Paket platzte, daher nicht ausfinanziert${shortfall(p, 'de')}.`,
  },
};

/** Parameters in percent points (80 for 80 %), with up to two decimals as the rules round them. */
function percentOf(points: string | number | undefined, lang: Language): string {
  return percent(Number(points ?? 0) / 100, lang, 2, 0);
}

/** Sums and hours in refusals are exact: cents and parts of hours show where there are any. */
function exact(n: string | number | undefined, lang: Language): string {
  return number(Number(n ?? 0), lang, 2, 0);
}

function euros(n: string | number | undefined, lang: Language): string {
  return `${exact(n, lang)}${NBSP}€`;
}

function shortfall(p: Params, lang: Language): string {
  const parts: string[] = [];
  if (p.money !== undefined) parts.push(euros(p.money, lang));
  if (p.staffTime !== undefined) parts.push(lang === 'de' ? `${exact(p.staffTime, lang)} Arbeitsstunden` : `${exact(p.staffTime, lang)} staff hours`);
  if (p.volunteerHours !== undefined) parts.push(lang === 'de' ? `${exact(p.volunteerHours, lang)} Ehrenamtsstunden` : `${exact(p.volunteerHours, lang)} volunteer hours`);
  if (parts.length === 0) return '';
  return lang === 'de' ? `: es fehlen ${parts.join(', ')}` : `: ${parts.join(', ')} missing`;
}

const ruleName = (rule: string, lang: Language) => (rule in RULE_NAMES ? RULE_NAMES[rule as DecisionRule][lang] : rule);

/** Phase and decision-rule ids in the parameters are shown by their names in the chosen language. */
function namedTerms(params: Params, lang: Language): Params {
  const out: Params = { ...params };
  if (typeof params.phase === 'string' && params.phase in PHASE_NAMES) out.phase = PHASE_NAMES[params.phase as Phase][lang];
  if (typeof params.rule === 'string') out.rule = ruleName(params.rule, lang);
  if (typeof params.options === 'string') out.options = params.options.split(', ').map((r) => ruleName(r, lang)).join(', ');
  return out;
}

/** Role, card, district and event ids in the parameters are shown by their names in the chosen language. */
function named(scenario: Scenario | undefined, params: Params, lang: Language): Params {
  if (!scenario) return namedTerms(params, lang);
  const name = (list: readonly { id: string; name: Record<Language, string> }[], id: string | number) =>
    list.find((x) => x.id === id)?.name[lang] ?? String(id);
  const out: Params = namedTerms(params, lang);
  if (params.role !== undefined) out.role = name(scenario.roles, params.role);
  if (typeof params.roles === 'string') out.roles = params.roles.split(', ').map((r) => name(scenario.roles, r)).join(', ');
  if (params.measure !== undefined) out.measure = name(scenario.measures, params.measure);
  if (params.district !== undefined) out.district = name(scenario.districts, params.district);
  if (params.event !== undefined) out.event = scenario.events.find((e) => e.id === params.event)?.title[lang] ?? String(params.event);
  return out;
}

/** The sentence a person reads for a rejection. */
export function rejectionMessage(rejection: Rejection, lang: Language, scenario?: Scenario): string {
  return MESSAGES[rejection.code][lang](named(scenario, rejection.params ?? {}, lang));
}

export const REJECTION_CODES = Object.keys(MESSAGES) as RejectionCode[];
