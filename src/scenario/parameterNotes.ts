/**
 * What the parameter table of the model card adds to the zod schema of the model parameters: the meaning in German
 * (the English one is the schema's description), the unit, and where a default comes from. § numbers refer to the
 * sections of the project's calibration figures (calibration_figures.md); "estimate" marks our own judgement.
 */
import type { LocalText } from './schema';

export interface ParameterNote {
  /** The schema's description, in German. */
  de: string;
  unit: LocalText;
  /** Where the default comes from; absent: an estimate. */
  source?: LocalText;
}

const unit = (en: string, de: string): LocalText => ({ en, de });

const SHARE = unit('share', 'Anteil');
const PER_YEAR = unit('share per year', 'Anteil je Jahr');
const OF_GAP = unit('share of the gap per year', 'Anteil der Lücke je Jahr');
const PER_DRIVER = unit('per unit of its driver', 'je Einheit des Treibers');
const LEVEL = unit('level on the 0–1 scale', 'Stand auf der Skala 0–1');
const MULTIPLE = unit('multiple', 'Vielfaches');
const ROOM = unit('distance on the 0–1 scale', 'Abstand auf der Skala 0–1');
const GROUP = unit('', '');

const HEADROOM_SOURCE: LocalText = {
  en: 'estimate; keeps measures within §6: satisfaction moves ≤ 2 points a year even under combined programmes',
  de: 'Schätzung; hält Maßnahmen im Rahmen von §6: Zufriedenheit bewegt sich selbst bei gebündelten Programmen um ≤ 2 Punkte im Jahr',
};

/** One note per parameter, by its dotted path in `parameters`; a test checks that every parameter has one. */
export const PARAMETER_NOTES: Record<string, ParameterNote> = {
  youthAgeingRate: {
    de: 'Anteil der unter 18-Jährigen, die im Jahr 18 werden.',
    unit: PER_YEAR,
    source: { en: 'one of 18 age cohorts', de: 'einer von 18 Jahrgängen' },
  },
  youthDeparture: {
    de: 'Anteil der jungen Menschen, die mit 18 das Quartier für Ausbildung, Studium oder Arbeit verlassen.',
    unit: SHARE,
  },
  ageingRate: {
    de: 'Anteil der Erwerbsfähigen, die im Jahr 65 werden, sofern ein Teilgebiet keinen eigenen Wert hat.',
    unit: PER_YEAR,
    source: { en: 'one of 47 age cohorts (18–64)', de: 'einer von 47 Jahrgängen (18–64)' },
  },
  birthRate: { de: 'Geburten je Einwohner im erwerbsfähigen Alter und Jahr.', unit: unit('per person and year', 'je Person und Jahr') },
  mortality: { de: 'Todesfälle je Einwohner ab 65 und Jahr.', unit: unit('per person and year', 'je Person und Jahr') },
  householdsPerDeath: {
    de: 'Haushalte, die mit einem Todesfall enden (viele Ältere leben allein).',
    unit: unit('households per death', 'Haushalte je Todesfall'),
  },
  migrationNoise: {
    de: 'Zufall der Umzüge von Jahr zu Jahr: Standardabweichung eines log-normalen Faktors (0 = keiner).',
    unit: unit('standard deviation', 'Standardabweichung'),
  },
  maxOutRate: { de: 'Obergrenze des Anteils einer Klasse, der ein Teilgebiet in einem Jahr verlässt.', unit: PER_YEAR },
  maxFillRate: { de: 'Obergrenze des Anteils leerer Wohnungen, der in einem Jahr vermietet wird.', unit: PER_YEAR },
  rentPremium: { de: 'Wie stark Sanierung die Bezahlbarkeit senkt (sanierte Wohnungen kosten mehr).', unit: SHARE },
  maintenance: {
    de: 'Zustandsgewinn je Jahr durch Instandhaltung aus den Mieten bei voller Belegung, gewichtet mit dem, was noch zu reparieren ist.',
    unit: unit('condition per year', 'Zustand je Jahr'),
  },
  depreciation: { de: 'Anteil des Zustands, den die Gebäude je Jahr durch Alterung verlieren.', unit: PER_YEAR },
  vandalismDamage: { de: 'Zustandsverlust je Jahr und Einheit Vandalismus.', unit: unit('condition per year', 'Zustand je Jahr') },
  vandalism: {
    de: 'Vandalismus folgt einem Zielwert aus Leerstand, jungen Menschen ohne Angebote, Arbeitslosigkeit und Zusammenhalt.',
    unit: GROUP,
  },
  'vandalism.base': { de: 'Vandalismus ohne Treiber.', unit: LEVEL },
  'vandalism.vacancy': { de: 'Zuschlag je Einheit Leerstand: leere Wohnungen laden zu Schäden ein.', unit: PER_DRIVER },
  'vandalism.youth': { de: 'Zuschlag je Einheit Anteil junger Einwohner, wo Angebote fehlen.', unit: PER_DRIVER },
  'vandalism.unemployment': { de: 'Zuschlag je Einheit Arbeitslosigkeit.', unit: PER_DRIVER },
  'vandalism.cohesion': { de: 'Abzug je Einheit Zusammenhalt: Nachbarn, die aufpassen.', unit: PER_DRIVER },
  'vandalism.speed': { de: 'Anteil der Lücke zum Zielwert, den der Vandalismus je Jahr schließt.', unit: OF_GAP },
  image: {
    de: 'Das Image folgt einem Zielwert: volle Punktzahl minus dem, was man sieht (schlechte Häuser, Vandalismus, Armut, leere Wohnungen).',
    unit: GROUP,
  },
  'image.quality': { de: 'Imageverlust je Einheit fehlender Wohnqualität.', unit: PER_DRIVER },
  'image.safety': { de: 'Imageverlust je Einheit Vandalismus.', unit: PER_DRIVER },
  'image.mix': { de: 'Imageverlust je Einheit Anteil armer Haushalte: das Stigma konzentrierter Armut.', unit: PER_DRIVER },
  'image.vacancy': { de: 'Imageverlust je Einheit Leerstand: leere Blöcke sind sichtbar.', unit: PER_DRIVER },
  'image.speed': {
    de: 'Anteil der Lücke zum Zielwert, den das Image je Jahr schließt (Images ändern sich langsam).',
    unit: OF_GAP,
    source: { en: 'estimate; §3.1, §6: the outside image barely moved in 15 years', de: 'Schätzung; §3.1, §6: das Außenbild hat sich in 15 Jahren kaum bewegt' },
  },
  cohesionRecovery: {
    de: 'Anteil des fehlenden Zusammenhalts, der in einem stabilen Quartier je Jahr zurückkommt.',
    unit: unit('share of what is missing per year', 'Anteil des Fehlenden je Jahr'),
  },
  turnoverLoss: {
    de: 'Verlust an Zusammenhalt je Einheit Fluktuation (Zu- und Fortzüge je Haushalt).',
    unit: unit('per unit of turnover', 'je Einheit Fluktuation'),
  },
  trustSpeed: { de: 'Anteil der Lücke zum Zusammenhalt, den das Vertrauen der Bewohner je Jahr schließt.', unit: OF_GAP },
  unemployment: {
    de: 'Die Arbeitslosigkeit im Teilgebiet folgt der regionalen Quote, erhöht dort, wo sich arme Haushalte konzentrieren.',
    unit: GROUP,
  },
  'unemployment.base': {
    de: 'Arbeitslosigkeit im Teilgebiet im Verhältnis zur Region, wenn niemand arm ist.',
    unit: unit('multiple of the regional rate', 'Vielfaches der regionalen Quote'),
  },
  'unemployment.lowIncome': {
    de: 'Zusätzliche relative Arbeitslosigkeit je Einheit Anteil armer Haushalte.',
    unit: unit('multiple per unit of low-income share', 'Vielfaches je Einheit Armutsanteil'),
  },
  'unemployment.speed': { de: 'Anteil der Lücke zum Zielwert, der je Jahr geschlossen wird.', unit: OF_GAP },
  servicesFloor: { de: 'Stand, auf den die Angebote ohne neues Geld sinken (Einrichtungen schließen, wenn Budgets schrumpfen).', unit: LEVEL },
  servicesSpeed: { de: 'Anteil der Lücke zum Boden, der je Jahr geschlossen wird.', unit: OF_GAP },
  demolitionOccupancy: {
    de: 'Belegung abgerissener Blöcke im Verhältnis zu ihrem Teilgebiet: Unternehmen räumen die leersten Blöcke.',
    unit: unit('share of the district’s occupancy', 'Anteil der Belegung des Teilgebiets'),
    source: {
      en: '§2: blocks were half empty or more before demolition (about 0.3–0.5 displaced households per flat)',
      de: '§2: Blöcke standen vor dem Abriss zur Hälfte oder mehr leer (etwa 0,3–0,5 verdrängte Haushalte je Wohnung)',
    },
  },
  displacedStay: {
    de: 'Anteil der durch Abriss verdrängten Haushalte, die eine Wohnung im Quartier finden.',
    unit: SHARE,
    source: { en: '§2: 3 of 4 displaced households wanted to stay in Grünau', de: '§2: 3 von 4 verdrängten Haushalten wollten in Grünau bleiben' },
  },
  participationEffect: { de: 'Wirkungsfaktor einer Maßnahme je Stufe der Bewohnerbeteiligung.', unit: MULTIPLE },
  participationTrust: {
    de: 'Vertrauensgewinn je Jahr durch eine Maßnahme je Stufe der Bewohnerbeteiligung.',
    unit: unit('trust per year', 'Vertrauen je Jahr'),
  },
  multiGoalBonus: {
    de: 'Zusätzliche Wirkung je weiterem Handlungsfeld, wenn die Partner einer Maßnahme mit mehreren Zielen mitmachen.',
    unit: unit('share per field of action', 'Anteil je Handlungsfeld'),
  },
  oppositionTrustLoss: {
    de: 'Vertrauensverlust in einem Teilgebiet, wenn dort eine Maßnahme gegen den Widerspruch der Bewohner beschlossen wird.',
    unit: unit('trust, once', 'Vertrauen, einmalig'),
  },
  conceptEffort: { de: 'Arbeitsstunden, die einen Baustein des integrierten Handlungskonzepts abdecken.', unit: unit('staff hours', 'Arbeitsstunden') },
  conceptValidity: { de: 'Jahre, die ein Baustein des Konzepts gilt, bevor er fortgeschrieben werden muss.', unit: unit('years', 'Jahre') },
  participationStaff: { de: 'Benötigte Arbeitszeit je Stufe der Bewohnerbeteiligung, als Vielfaches.', unit: MULTIPLE },
  headroom: {
    de: 'Abnehmende Wirkung zur Grenze hin: Eine Maßnahme oder ein Ereignis, das einen Zustand zu seiner Grenze (0 oder 1) schiebt, wirkt voll, solange der Zustand mindestens so weit von ihr entfernt ist, und anteilig zum verbleibenden Abstand, wenn er näher ist (0 = keine Grenze). Schübe von einer Grenze weg werden am anderen Ende ebenso schwächer.',
    unit: GROUP,
    source: HEADROOM_SOURCE,
  },
  'headroom.condition': { de: 'Abstand unter dem besten Zustand (1), ab dem Schübe nach oben schwächer werden.', unit: ROOM },
  'headroom.vandalism': { de: 'Abstand über keinem Vandalismus (0), ab dem Schübe nach unten schwächer werden.', unit: ROOM },
  'headroom.image': { de: 'Abstand unter dem besten Image (1), ab dem Schübe nach oben schwächer werden.', unit: ROOM },
  'headroom.cohesion': { de: 'Abstand unter dem stärksten Zusammenhalt (1), ab dem Schübe nach oben schwächer werden.', unit: ROOM },
  'headroom.trust': { de: 'Abstand unter vollem Vertrauen (1), ab dem Schübe nach oben schwächer werden.', unit: ROOM },
  'headroom.unemployment': { de: 'Abstand über keiner Arbeitslosigkeit (0), ab dem Schübe nach unten schwächer werden.', unit: ROOM },
  'headroom.services': { de: 'Abstand unter vollen Angeboten (1), ab dem Schübe nach oben schwächer werden.', unit: ROOM },
  repeatEffect: {
    de: 'Abnehmende Wirkung der Wiederholung: Die zweite gleichzeitig in einem Teilgebiet wirkende Instanz derselben Karte hat diesen Anteil der Wirkung der ersten auf Zustände und Attraktivität, die dritte diesen Anteil zum Quadrat usw. (Wohnungen sind nicht betroffen).',
    unit: unit('share per repeat', 'Anteil je Wiederholung'),
    source: HEADROOM_SOURCE,
  },
  participationNeedsBacking: {
    de: 'Beteiligung braucht Beteiligte: Konsultation und Mitentscheidung gelten nur, wo die Rolle der Bewohnerschaft eine beschlossene Karte trägt (durch Unterstützung, eine Zusage oder einen Punkt); sonst wird sie nur mit Information umgesetzt.',
    unit: unit('yes or no', 'ja oder nein'),
    source: {
      en: 'estimate; §3.3: the programme evaluations count participation among the main process effects',
      de: 'Schätzung; §3.3: die Programmevaluationen zählen Beteiligung zu den wichtigsten Prozesswirkungen',
    },
  },
  departureFloor: {
    de: 'Wie attraktiv ein Teilgebiet auch wird: Mindestens dieser Anteil der üblichen Fortzüge einer Klasse zieht trotzdem jedes Jahr weg (Arbeit, Familie, ein eigenes Haus). Lokale Maßnahmen können Abwanderung nur dämpfen.',
    unit: unit('share of the usual movers', 'Anteil der üblichen Fortzüge'),
    source: {
      en: 'estimate; §2: 11–16 % of households moved each year even in East German cities as a whole',
      de: 'Schätzung; §2: selbst in ostdeutschen Städten insgesamt zogen jedes Jahr 11–16 % der Haushalte um',
    },
  },
  arrivalCeiling: {
    de: 'Wie attraktiv ein Teilgebiet auch wird: Neue Haushalte einer Klasse kommen höchstens mit diesem Vielfachen ihrer üblichen Rate. Die Nachfrage der Stadt nach Wohnungen setzt die Grenze.',
    unit: unit('multiple of the usual arrivals', 'Vielfaches der üblichen Zuzüge'),
    source: {
      en: 'estimate; §3.2: vacancy fell through demolition, not re-letting; under 10 % only with city growth',
      de: 'Schätzung; §3.2: Leerstand sank durch Abriss, nicht durch Wiedervermietung; unter 10 % erst mit Wachstum der Stadt',
    },
  },
};
