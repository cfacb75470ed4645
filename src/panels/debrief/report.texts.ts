/** Texts of the debrief's report parts, in German and English: the concept as a document and the operator report. */
import type { Language, LocalText } from '../../scenario/schema';
import type { AnswerKind } from './operatorReport';

export const REPORT_TEXTS = {
  conceptButton: { de: 'Das Handlungskonzept als Dokument: Bausteine, Arbeitsstunden, Fördergeld', en: 'The action concept as a document: components, staff hours, programme money' },
  conceptDocHeading: { de: 'Integriertes Handlungskonzept', en: 'Integrated action concept' },
  conceptDocNote: {
    de: 'Ein Baustein ist in einer Runde abgedeckt, wenn genug Arbeitsstunden hineingeflossen sind oder eine beschlossene Karte ihn abdeckt.',
    en: 'A component is covered in a round when enough staff hours went into it or a passed card covers it.',
  },
  component: { de: 'Baustein', en: 'Component' },
  coveredIn: { de: 'Abgedeckt', en: 'Covered' },
  hoursByRole: { de: 'Arbeitsstunden je Rolle', en: 'Staff hours by role' },
  byCard: { de: 'durch', en: 'by' },
  notCovered: { de: 'bearbeitet, nicht abgedeckt', en: 'worked on, not covered' },
  never: { de: 'nie', en: 'never' },
  noHours: { de: '–', en: '–' },
  coverage: { de: 'Abdeckung je Runde', en: 'Coverage per round' },
  programmes: { de: 'Förderprogramme', en: 'Funding programmes' },
  programme: { de: 'Programm', en: 'Programme' },
  needs: { de: 'braucht Konzept', en: 'needs concept' },
  moneyByRound: { de: 'Fördergeld je Runde', en: 'Programme money per round' },
  total: { de: 'Summe', en: 'Total' },
  noMoney: { de: 'kein Geld abgerufen', en: 'no money drawn' },
  reportButton: { de: 'Bericht für die Spielleitung: wer wen worum bat, Antworten und Gründe', en: 'Operator report: who asked whom for what, answers and reasons' },
  reportHeading: { de: 'Bericht für die Spielleitung', en: 'Operator report' },
  reportNote: {
    de: 'Je Runde: jeder Vorschlag, die Rollen, die um einen Anteil oder um Mitarbeit gebeten wurden, ihre Antwort mit Begründung, und das Ergebnis.',
    en: 'Per round: every proposal, the roles asked for a share or to join, their answer with its reason, and the outcome.',
  },
  asked: { de: 'Gebeten → Antwort', en: 'Asked → answer' },
  askedNoOne: { de: 'niemanden gebeten', en: 'asked no one' },
  join: { de: 'Mitarbeit', en: 'to join' },
  person: { de: '(Person, ohne Begründung)', en: '(a person, no reason given)' },
} satisfies Record<string, LocalText>;

export function sayReport(key: keyof typeof REPORT_TEXTS, lang: Language): string {
  return REPORT_TEXTS[key][lang];
}

/** A component's state at the end of the game, as a mark and words. */
export const CONCEPT_END_STATUS: Record<'valid' | 'lapsed' | 'never', { mark: string; name: LocalText }> = {
  valid: { mark: '✓', name: { de: 'gilt am Ende', en: 'valid at the end' } },
  lapsed: { mark: '○', name: { de: 'am Ende veraltet', en: 'out of date at the end' } },
  never: { mark: '✗', name: { de: 'nie abgedeckt', en: 'never covered' } },
};

/** The answers as marks and words: yes, counter-offer, no, no answer. */
export const ANSWER_NAMES: Record<AnswerKind, { mark: string; name: LocalText }> = {
  yes: { mark: '✓', name: { de: 'ja', en: 'yes' } },
  counter: { mark: '≈', name: { de: 'Gegenangebot', en: 'counter-offer' } },
  no: { mark: '✗', name: { de: 'nein', en: 'no' } },
  none: { mark: '–', name: { de: 'keine Antwort', en: 'no answer' } },
};

/** The round's counts: "8 proposals, 6 requests: 4 yes, 1 counter-offer, 1 no". */
export const ROUND_COUNTS: Record<Language, (c: { proposals: number; requests: number; answers: string }) => string> = {
  de: (c) => `${c.proposals} ${c.proposals === 1 ? 'Vorschlag' : 'Vorschläge'}, ${c.requests} ${c.requests === 1 ? 'Bitte' : 'Bitten'}${c.answers ? `: ${c.answers}` : ''}`,
  en: (c) => `${c.proposals} ${c.proposals === 1 ? 'proposal' : 'proposals'}, ${c.requests} ${c.requests === 1 ? 'request' : 'requests'}${c.answers ? `: ${c.answers}` : ''}`,
};

/** The printed report's title block. */
export const PRINT_TEXTS = {
  kicker: { de: 'Quartier – Auswertung des Planspiels', en: 'Quartier – debrief of the planning game' },
  seed: { de: 'Startwert', en: 'Seed' },
  rule: { de: 'Entscheidungsregel', en: 'Decision rule' },
  length: { de: 'Spieldauer', en: 'Length' },
  people: { de: 'Von Personen gespielt', en: 'Played by people' },
  computer: { de: 'Vom Computer gespielt', en: 'Played by the computer' },
  printed: { de: 'Gedruckt am', en: 'Printed on' },
  contents: {
    de: 'Inhalt: Verlauf im Vergleich · Warum dieses Ergebnis · Punkte · Die wichtigsten Entscheidungen · Das Handlungskonzept · Fragen zur Nachbesprechung',
    en: 'Contents: the course compared · why this result · scores · key decisions · the action concept · questions for the discussion',
  },
} satisfies Record<string, LocalText>;

export const PRINT_LENGTH: Record<Language, (turns: number, years: number, from: number, to: number) => string> = {
  de: (turns, years, from, to) => `${turns} Runde${turns === 1 ? '' : 'n'} à ${years === 1 ? 'ein Jahr' : `${years} Jahre`} (${from}–${to})`,
  en: (turns, years, from, to) => `${turns} round${turns === 1 ? '' : 's'} of ${years === 1 ? 'one year' : `${years} years`} (${from}–${to})`,
};
