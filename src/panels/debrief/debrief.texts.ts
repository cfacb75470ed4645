/** The debrief's interface texts in German and English; names of roles, cards and districts come from the scenario. */
import type { IndicatorId, Language, LocalText } from '../../scenario/schema';
import type { DebriefView } from '../../app/store';
import type { Rejection, RejectionCode, Verdict } from '../../rules/types';
import type { PlayId } from './series';
import { INDICATOR_NAMES } from '../../app/indicatorNames';

export const TEXTS = {
  title: { de: 'Auswertung', en: 'Debrief' },
  seed: { de: 'Startwert', en: 'seed' },
  rule: { de: 'Regel', en: 'rule' },
  sections: { de: 'Teil der Auswertung', en: 'Part of the debrief' },
  exports: { de: 'Ergebnisse sichern', en: 'Keep the results' },
  csv: { de: 'Kennzahlen als CSV', en: 'Indicators as CSV' },
  json: { de: 'Spielstand als JSON', en: 'Session as JSON' },
  print: { de: 'Drucken', en: 'Print' },
  area: { de: 'Gebiet', en: 'Area' },
  wholeArea: { de: 'Ganzes Quartier', en: 'Whole neighbourhood' },
  legend: { de: 'Linien', en: 'Lines' },
  noHistory: { de: 'Dieses Szenario hat keinen historischen Verlauf zum Vergleich.', en: 'This scenario has no historical play to compare with.' },
  scoresHeading: { de: 'Punkte je Rolle und gemeinsames Ergebnis', en: 'Points per role and the shared score' },
  scoresHint: {
    de: 'Gesamtpunkte einer Rolle = Zielpunkte und Profilpunkte, gewichtet nach dem Profilanteil der Rolle. Das gemeinsame Ergebnis misst das Quartier als Ganzes.',
    en: "A role's total = objective points and profile points, weighted by how much the role cares about profile. The shared score measures the neighbourhood as a whole.",
  },
  objectives: { de: 'Ziele', en: 'Objectives' },
  profile: { de: 'Profil', en: 'Profile' },
  // A soft hyphen lets the column head break where the score table is narrow.
  profileWeight: { de: 'Profil\u00adanteil', en: 'Profile weight' },
  total: { de: 'Gesamt', en: 'Total' },
  role: { de: 'Rolle', en: 'Role' },
  shared: { de: 'Gemeinsames Ergebnis (Quartier)', en: 'Shared score (neighbourhood)' },
  conceptHeading: { de: 'Integriertes Handlungskonzept', en: 'Integrated action concept' },
  conceptCoverage: { de: 'Abgedeckte Bausteine je Jahr', en: 'Components covered per year' },
  conceptUnit: { de: '% der 9 Bausteine', en: '% of the 9 components' },
  conceptNever: { de: 'nie bearbeitet', en: 'never covered' },
  year: { de: 'Jahr', en: 'Year' },
  round: { de: 'Runde', en: 'Round' },
  allYears: { de: 'Alle Jahre', en: 'All years' },
  proposal: { de: 'Vorschlag', en: 'Proposal' },
  paid: { de: 'Bezahlt', en: 'Paid' },
  outcome: { de: 'Ergebnis', en: 'Outcome' },
  reasons: { de: 'Begründungen der Computerrollen', en: "The computer roles' reasons" },
  tabledBy: { de: 'eingebracht von', en: 'tabled by' },
  size: { de: 'Größe', en: 'size' },
  inFavour: { de: 'dafür', en: 'for' },
  against: { de: 'dagegen', en: 'against' },
  effect: { de: 'Wirkung', en: 'effect' },
  nothingPaid: { de: '–', en: '–' },
  noProposals: { de: 'In diesem Jahr lag kein Vorschlag auf dem Tisch.', en: 'No proposal was tabled this year.' },
  staffHours: { de: 'Std. Arbeitszeit', en: 'staff hours' },
  volunteerHours: { de: 'Std. Ehrenamt', en: 'volunteer hours' },
  programme: { de: 'Förderprogramm', en: 'programme' },
  keyHeading: { de: 'Die wichtigsten Entscheidungen', en: 'Key decisions' },
  keyEvents: { de: 'Ereignisse', en: 'Events' },
  keyNothing: { de: 'nichts beschlossen', en: 'nothing passed' },
  keyAllComputer: { de: 'Alle Rollen spielte der Computer.', en: 'The computer played every role.' },
  fullLog: { de: 'Vollständiges Protokoll: jeder Vorschlag mit Zusagen, Stimmen und Begründungen', en: 'Full log: every proposal with pledges, votes and reasons' },
} satisfies Record<string, LocalText>;

type TextKey = keyof typeof TEXTS;

export function say(key: TextKey, lang: Language): string {
  return TEXTS[key][lang];
}

export const SECTION_NAMES: Record<DebriefView['section'], LocalText> = {
  course: { de: 'Verlauf', en: 'Course' },
  why: { de: 'Warum dieses Ergebnis?', en: 'Why this result?' },
  scores: { de: 'Punkte', en: 'Scores' },
  decisions: { de: 'Entscheidungen', en: 'Decisions' },
  discussion: { de: 'Diskussion', en: 'Discussion' },
};

/** The three lines of every chart. */
export const PLAY_NAMES: Record<PlayId, LocalText> = {
  game: { de: 'Ihr Spiel', en: 'Your game' },
  none: { de: 'Ohne Maßnahmen', en: 'No measures' },
  history: { de: 'Was wirklich geschah', en: 'What really happened' },
  cooperative: { de: 'Alle kooperativ (Computer)', en: 'All cooperative (computer)' },
  sectoral: { de: 'Alle ressortbezogen (Computer)', en: 'All sectoral (computer)' },
  // Games of the family are named by their number and round (family.texts.ts); these stand in where no name is given.
  compare1: { de: 'Vergleichsspiel 1', en: 'Compared game 1' },
  compare2: { de: 'Vergleichsspiel 2', en: 'Compared game 2' },
  compare3: { de: 'Vergleichsspiel 3', en: 'Compared game 3' },
};

/** What the legend says of the computer's reference games: while they are played, when they are there, when they failed. */
export const REFERENCE_TEXTS = {
  playing: { de: 'wird berechnet …', en: 'being played …' },
  played: {
    de: (seconds: string) => `Computer: dieselbe Partie (Startwert, Länge, Regel) mit dieser Haltung in jeder Rolle, berechnet in ${seconds} s.`,
    en: (seconds: string) => `Computer: the same game (seed, length, rule) with this stance in every role, played in ${seconds} s.`,
  },
  failed: { de: 'Die Computerspiele ließen sich nicht berechnen.', en: 'The computer games could not be played.' },
} as const;

/** Charted indicators: name (shared with the board and panels) and unit on the axis. */
const UNITS: Partial<Record<IndicatorId, LocalText>> = {
  population: { de: 'Personen', en: 'people' },
  vacancy: { de: '% der Wohnungen', en: '% of flats' },
  renovatedShare: { de: '% der Wohnungen', en: '% of flats' },
  unemployment: { de: '% der Erwerbsfähigen', en: '% of working-age people' },
  image: { de: 'Index 0–100', en: 'index 0–100' },
  cohesion: { de: 'Index 0–100', en: 'index 0–100' },
  trust: { de: 'Index 0–100', en: 'index 0–100' },
};
export const INDICATOR_TEXTS: Partial<Record<IndicatorId, { name: LocalText; unit: LocalText }>> = Object.fromEntries(
  Object.entries(UNITS).map(([id, unit]) => [id, { name: INDICATOR_NAMES[id as IndicatorId], unit }]),
);

export const VERDICT_NAMES: Record<Verdict, LocalText> = {
  open: { de: 'offen', en: 'open' },
  passed: { de: 'beschlossen', en: 'passed' },
  rejected: { de: 'abgelehnt', en: 'rejected' },
  unfunded: { de: 'gescheitert', en: 'failed' },
};

/** A concept component's state at the end: still valid, or out of date since its last update. */
export const CONCEPT_STATUS: Record<'valid' | 'lapsed', Record<Language, (year: number) => string>> = {
  valid: { de: (y) => `gültig, zuletzt ${y} bearbeitet`, en: (y) => `valid, last worked on in ${y}` },
  lapsed: { de: (y) => `veraltet, zuletzt ${y} bearbeitet`, en: (y) => `out of date, last worked on in ${y}` },
};

export { COMPONENT_NAMES } from '../../app/conceptNames';

export function playNames(lang: Language): Record<PlayId, string> {
  return Object.fromEntries(Object.entries(PLAY_NAMES).map(([id, name]) => [id, name[lang]])) as Record<PlayId, string>;
}

/** The key decisions' totals over the years played, which say what ✓ and ✗ stand for. */
export const KEY_TOTALS: Record<Language, (c: { span: string; passed: number; unfunded: number; rejected: number }) => string> = {
  de: (c) => `${c.span}: ✓ ${c.passed} beschlossen, nach federführender Rolle; ✗ ${c.unfunded + c.rejected} gescheitert (${c.unfunded} nicht ausfinanziert, ${c.rejected} abgelehnt).`,
  en: (c) => `${c.span}: ✓ ${c.passed} passed, by lead role; ✗ ${c.unfunded + c.rejected} failed (${c.unfunded} not funded, ${c.rejected} rejected).`,
};

/** Who people played, and what the star marks. */
export const KEY_PEOPLE: Record<Language, (c: { roles: string; marked: number; passed: number }) => string> = {
  de: (c) => `★ Personen spielten ${c.roles}: der Stern steht, wo sie führten, einbrachten oder mitbezahlten (${c.marked} von ${c.passed} Beschlüssen).`,
  en: (c) => `★ People played ${c.roles}: the star shows where they led, tabled or paid (${c.marked} of ${c.passed} passed).`,
};

/** Read by screen readers in place of the star. */
export const KEY_PERSON_MARK: Record<Language, (roles: string) => string> = {
  de: (roles) => `(mit Personen: ${roles})`,
  en: (roles) => `(with people: ${roles})`,
};

/** Why a card failed, in a few words; the full log has the sentence. */
const SHORT_REASONS: Partial<Record<RejectionCode, Record<Language, (roles: string) => string>>> = {
  fundingShort: { de: () => 'nicht ausfinanziert', en: () => 'not funded' },
  conditionFailed: { de: () => 'Paket geplatzt', en: () => 'package deal fell through' },
  consentMissing: { de: (roles) => `keine Zustimmung von ${roles}`, en: (roles) => `no consent from ${roles}` },
  vetoed: { de: (roles) => `Veto von ${roles}`, en: (roles) => `vetoed by ${roles}` },
  majorityMissing: { de: () => 'keine Mehrheit', en: () => 'no majority' },
  noDots: { de: () => 'keine Punkte', en: () => 'no dots' },
  beyondCapacity: { de: () => 'andere lagen vorn', en: () => 'others ranked higher' },
};

/** The short reason a card failed; `roleNames` words the role ids a veto or missing consent names. */
export function shortReason(verdict: Verdict, because: Rejection | undefined, lang: Language, roleNames: (ids: readonly string[]) => string): string {
  const short = because && SHORT_REASONS[because.code];
  if (!short) return VERDICT_NAMES[verdict][lang];
  const roles = because.params?.roles;
  return short[lang](typeof roles === 'string' ? roleNames(roles.split(', ')) : '');
}
