/**
 * The computer roles' reasons as sentences, in German and English with the scenario's names: worded when shown, as
 * refusals are (rules/rejectionMessages.ts). Sessions saved before reasons were codes hold the sentences themselves.
 */
import { euro, number, percent } from '../scenario/numberFormat';
import type { ConceptComponent, IndicatorId, Language, LocalText } from '../scenario/schema';
import type { LogEntry, Reason, ReasonCode } from '../rules/types';
import type { PublicScenario } from './board';

/** The scenario's names the sentences use. */
export type ReasonNames = Pick<PublicScenario, 'roles' | 'measures' | 'districts' | 'programmes'>;

type Texts = Record<Language, string>;

/** What a change of an indicator is for, as a phrase that fits any card name (singular or plural): for a rise and for a fall. */
const MOTIVES: Record<IndicatorId, { up: Texts; down: Texts }> = {
  population: { up: { en: 'to keep people in the neighbourhood', de: 'damit Menschen im Stadtteil bleiben' }, down: { en: 'for a smaller population', de: 'für weniger Einwohner' } },
  households: { up: { en: 'to keep households here', de: 'damit Haushalte bleiben' }, down: { en: 'for fewer households', de: 'für weniger Haushalte' } },
  flats: { up: { en: 'for more flats', de: 'für mehr Wohnungen' }, down: { en: 'to take surplus flats off the market', de: 'um überzählige Wohnungen vom Markt zu nehmen' } },
  vacancy: { up: { en: 'for more empty flats', de: 'für mehr Leerstand' }, down: { en: 'for lower vacancy', de: 'für weniger Leerstand' } },
  renovatedShare: { up: { en: 'for a renovated stock', de: 'für einen sanierten Bestand' }, down: { en: 'for a smaller renovated stock', de: 'für weniger sanierten Bestand' } },
  condition: { up: { en: 'for buildings in better repair', de: 'für Häuser in besserem Zustand' }, down: { en: 'for buildings in worse repair', de: 'für Häuser in schlechterem Zustand' } },
  vandalism: { up: { en: 'for more vandalism', de: 'für mehr Vandalismus' }, down: { en: 'against vandalism', de: 'gegen Vandalismus' } },
  image: { up: { en: 'for a better image', de: 'für ein besseres Image' }, down: { en: 'for a worse image', de: 'für ein schlechteres Image' } },
  cohesion: { up: { en: 'for stronger neighbourly ties', de: 'für eine stärkere Nachbarschaft' }, down: { en: 'for weaker neighbourly ties', de: 'für eine schwächere Nachbarschaft' } },
  trust: { up: { en: "for residents' trust", de: 'für das Vertrauen der Bewohner' }, down: { en: "at the cost of residents' trust", de: 'auf Kosten des Vertrauens der Bewohner' } },
  unemployment: { up: { en: 'for more unemployment', de: 'für mehr Arbeitslosigkeit' }, down: { en: 'against unemployment', de: 'gegen Arbeitslosigkeit' } },
  services: { up: { en: 'for better local services', de: 'für bessere Angebote im Stadtteil' }, down: { en: 'for fewer local services', de: 'für weniger Angebote im Stadtteil' } },
  seniorShare: { up: { en: 'to keep older tenants', de: 'damit ältere Mieter bleiben' }, down: { en: 'for younger households', de: 'für jüngere Haushalte' } },
  lowIncomeShare: { up: { en: 'for more low-income households', de: 'für mehr Haushalte mit wenig Geld' }, down: { en: 'against concentrated poverty', de: 'gegen die Konzentration von Armut' } },
};

/** What a card is for when no indicator moves the role: credit for its work. */
const CREDIT: Texts = { en: 'to show what we do', de: 'um zu zeigen, was wir leisten' };

const COMPONENTS: Record<ConceptComponent, Texts> = {
  cityFunction: { en: "the area's function in the city", de: 'Funktion des Gebiets in der Stadt' },
  problems: { en: 'problems and potentials', de: 'Probleme und Potenziale' },
  existingPlans: { en: 'existing programmes and plans', de: 'vorhandene Programme und Pläne' },
  vision: { en: 'a guiding vision', de: 'Leitbild' },
  projects: { en: 'strategies and projects', de: 'Strategien und Projekte' },
  steering: { en: 'area steering', de: 'Gebietssteuerung' },
  participation: { en: 'participation', de: 'Beteiligung' },
  evaluation: { en: 'evaluation', de: 'Evaluation' },
  financing: { en: 'cost and financing overview', de: 'Kosten- und Finanzierungsübersicht' },
};

/** The parts a sentence is made of, worded in one language with the scenario's names. */
interface Words {
  card: string;
  ownCard: string;
  motive: string;
  amount: string;
  /** What was asked, where the answer names it beside what is given. */
  asked: string;
  role: string;
  partners: string;
  programme: string;
  programmeMoney: string;
  share: string;
  needed: string;
  component: string;
  hours: string;
  dots: string;
}

function words(s: ReasonNames, p: Reason['params'], lang: Language): Words {
  const name = (list: readonly { id: string; name: LocalText }[], id: string | number | undefined) => list.find((x) => x.id === id)?.name[lang] ?? String(id);
  const card = (measure: string | number | undefined, district: string | number | undefined) =>
    district === undefined ? name(s.measures, measure) : `${name(s.measures, measure)} in ${name(s.districts, district)}`;
  const staff = Number(p.staffTime ?? 0);
  const partners = typeof p.partners === 'string' && p.partners ? p.partners.split(', ').map((r) => name(s.roles, r)) : [];
  const count = Number(p.count ?? 0);
  return {
    card: card(p.measure, p.district),
    ownCard: card(p.ownMeasure, p.ownDistrict),
    motive: typeof p.motive === 'string' && Object.hasOwn(MOTIVES, p.motive) ? MOTIVES[p.motive as IndicatorId][p.direction === 'down' ? 'down' : 'up'][lang] : CREDIT[lang],
    amount: sums(p.money, p.staffTime, p.volunteerHours, lang),
    asked: sums(p.askedMoney, p.askedStaffTime, p.askedVolunteerHours, lang),
    role: name(s.roles, p.role),
    partners: listed(partners, lang),
    programme: name(s.programmes, p.programme),
    programmeMoney: euro(Number(p.programmeMoney ?? 0), lang),
    share: percent(Number(p.share ?? 0) / 100, lang),
    needed: percent(Number(p.needed ?? 0) / 100, lang),
    component: typeof p.component === 'string' && Object.hasOwn(COMPONENTS, p.component) ? COMPONENTS[p.component as ConceptComponent][lang] : String(p.component),
    hours: number(staff, lang),
    dots: lang === 'de' ? `${count} ${count === 1 ? 'Punkt' : 'Punkte'}` : `${count} ${count === 1 ? 'dot' : 'dots'}`,
  };
}

/** Money and hours as one phrase, leaving out what is zero: "1,000 € and 40 staff hours". */
function sums(money: string | number | undefined, staff: string | number | undefined, volunteers: string | number | undefined, lang: Language): string {
  const parts: string[] = [];
  const [m, s, v] = [Number(money ?? 0), Number(staff ?? 0), Number(volunteers ?? 0)];
  if (m >= 0.5) parts.push(euro(m, lang));
  if (s >= 0.5) parts.push(`${number(s, lang)} ${lang === 'de' ? 'Arbeitsstunden' : 'staff hours'}`);
  if (v >= 0.5) parts.push(`${number(v, lang)} ${lang === 'de' ? 'Ehrenamtsstunden' : 'volunteer hours'}`);
  return parts.join(lang === 'de' ? ' und ' : ' and ');
}

/** Names as a list: "A, B and C", "A, B und C". */
function listed(names: string[], lang: Language): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${names[names.length - 1]}`;
}

type Say = (w: Words, p: Reason['params']) => string;

const MESSAGES: Record<ReasonCode, Record<Language, Say>> = {
  table: {
    en: (w, p) => `${w.card}, ${w.motive}: we pay ${w.share}${p.partners ? ` and ask ${w.partners} to join` : ''}${p.programme ? `; ${w.programme} adds ${w.programmeMoney}` : ''}.`,
    de: (w, p) => `${w.card}, ${w.motive}: wir tragen ${w.share}${p.partners ? ` und bitten ${w.partners} dazu` : ''}${p.programme ? `; ${w.programme} gibt ${w.programmeMoney} dazu` : ''}.`,
  },
  ownShare: { en: (w) => `Our share of ${w.card}: ${w.amount}.`, de: (w) => `Unser Anteil an ${w.card}: ${w.amount}.` },
  askedShare: {
    en: (w) => `${w.card}, ${w.motive}: we give what ${w.role} asked of us, ${w.amount}.`,
    de: (w) => `${w.card}, ${w.motive}: wir geben den von ${w.role} erbetenen Anteil, ${w.amount}.`,
  },
  residentsShare: {
    en: (w) => `Residents help shape ${w.card}; we bring ${w.amount}.`,
    de: (w) => `Bei ${w.card} gestalten Bewohner mit; wir bringen ${w.amount} ein.`,
  },
  promise: {
    en: (w) => `${w.card}, ${w.motive}: we will give what ${w.role} asked of us, ${w.amount}, once pledges are taken.`,
    de: (w) => `${w.card}, ${w.motive}: wir geben den von ${w.role} erbetenen Anteil, ${w.amount}, sobald Zusagen möglich sind.`,
  },
  counterPromise: {
    en: (w) => `${w.card}: ${w.role} asked us for ${w.asked}; we can give ${w.amount} once pledges are taken.`,
    de: (w) => `${w.card}: ${w.role} hat uns um ${w.asked} gebeten; wir können ${w.amount} geben, sobald Zusagen möglich sind.`,
  },
  counterOffer: {
    en: (w, p) => `${w.card}: ${w.role} asked us for ${w.asked}; we give ${w.amount}, ${p.limit === 'budget' ? 'all our budget allows' : 'what the card is worth to us'}.`,
    de: (w, p) => `${w.card}: ${w.role} hat uns um ${w.asked} gebeten; wir geben ${w.amount}, ${p.limit === 'budget' ? 'mehr lässt unser Haushalt nicht zu' : 'so viel ist uns die Karte wert'}.`,
  },
  declineBudget: {
    en: (w) => `We cannot give the ${w.asked} ${w.role} asked of us for ${w.card}: our budget is committed.`,
    de: (w) => `Wir können die von ${w.role} erbetenen ${w.asked} für ${w.card} nicht geben: unser Haushalt ist gebunden.`,
  },
  declineAsk: {
    en: (w) => `We will not give the ${w.asked} ${w.role} asked of us for ${w.card}: it does too little for our goals.`,
    de: (w) => `Wir geben die von ${w.role} erbetenen ${w.asked} für ${w.card} nicht: es bringt zu wenig für unsere Ziele.`,
  },
  declineDeal: {
    en: (w) => `Package deal declined: we do not tie ${w.card} to the pledge of ${w.role} for ${w.ownCard}.`,
    de: (w) => `Paket abgelehnt: Wir knüpfen ${w.card} nicht an die Zusage von ${w.role} für ${w.ownCard}.`,
  },
  backDeal: {
    en: (w) => `Package deal: the pledge of ${w.role} to ${w.ownCard} holds if ${w.card} passes, so we back ${w.card}.`,
    de: (w) => `Paket: Die Zusage von ${w.role} für ${w.ownCard} gilt, wenn ${w.card} durchkommt – also unterstützen wir ${w.card}.`,
  },
  offer: {
    en: (w) => `Package deal: we give ${w.amount} to ${w.card} on condition of support from ${w.role} for ${w.ownCard}.`,
    de: (w) => `Paket: Wir geben ${w.amount} für ${w.card} – gegen die Unterstützung von ${w.role} für ${w.ownCard}.`,
  },
  answer: {
    en: (w) => `Package deal: the pledge of ${w.role} to ${w.ownCard} holds if ${w.card} passes, so we give ${w.amount}.`,
    de: (w) => `Paket: Die Zusage von ${w.role} für ${w.ownCard} gilt, wenn ${w.card} durchkommt – also geben wir ${w.amount}.`,
  },
  topUp: {
    en: (w) => `${w.card} is still short; we cover the rest: ${w.amount}.`,
    de: (w) => `Für ${w.card} fehlt noch etwas; wir decken den Rest: ${w.amount}.`,
  },
  fillGap: {
    en: (w) => `${w.card}, ${w.motive}, is not fully funded yet; we close the gap with ${w.amount}.`,
    de: (w) => `${w.card}, ${w.motive}, ist noch nicht ausfinanziert; wir schließen die Lücke mit ${w.amount}.`,
  },
  withdraw: {
    en: (w) => `${w.card} cannot be funded without more partners; we take our pledge back.`,
    de: (w) => `${w.card} ist ohne weitere Partner nicht zu finanzieren; wir ziehen unsere Zusage zurück.`,
  },
  concept: {
    en: (w) => `We write "${w.component}" for the action concept (${w.hours} staff hours): ${w.programme} pays only from ${w.needed} coverage.`,
    de: (w) => `Wir erarbeiten den Baustein „${w.component}“ des Handlungskonzepts (${w.hours} Arbeitsstunden): ${w.programme} fördert erst ab ${w.needed} Abdeckung.`,
  },
  support: { en: (w) => `We back ${w.card}, ${w.motive}.`, de: (w) => `Wir unterstützen ${w.card}, ${w.motive}.` },
  supportResidents: { en: (w) => `We back ${w.card}: residents have a say in it.`, de: (w) => `Wir unterstützen ${w.card}: da reden die Bewohner mit.` },
  opposeDemolition: {
    en: (w) => `We oppose ${w.card}: tearing down homes drives out neighbours who want to stay.`,
    de: (w) => `Wir sind gegen ${w.card}: Abriss vertreibt Nachbarn, die bleiben wollen.`,
  },
  opposeRival: {
    en: (w) => `We oppose ${w.card}: it competes with ${w.ownCard} for ${w.programme} money.`,
    de: (w) => `Wir sind gegen ${w.card}: es konkurriert mit ${w.ownCard} um Mittel aus ${w.programme}.`,
  },
  dots: { en: (w) => `${w.dots} for ${w.card}, ${w.motive}.`, de: (w) => `${w.dots} für ${w.card}, ${w.motive}.` },
  ownDots: { en: (w) => `${w.dots} for our own ${w.card}, ${w.motive}.`, de: (w) => `${w.dots} für unseren Vorschlag ${w.card}, ${w.motive}.` },
};

/** The sentence a person reads for a computer role's reason: a code worded now, or the sentence an older session saved. */
export function reasonMessage(reason: NonNullable<LogEntry['reason']>, lang: Language, scenario: ReasonNames): string {
  if (!('code' in reason)) return reason[lang];
  return MESSAGES[reason.code][lang](words(scenario, reason.params, lang), reason.params);
}
