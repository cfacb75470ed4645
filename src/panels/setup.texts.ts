/** Texts of the setup screen in German and English. */
import type { Language } from '../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const SETUP_TEXTS = {
  heading: { de: 'Neue Sitzung einrichten', en: 'Set up a session' },
  scenario: { de: 'Szenario', en: 'Scenario' },
  bundled: { de: 'Mitgeliefert', en: 'Bundled' },
  practice: { de: 'Übung', en: 'practice' },
  startAlone: {
    de: (name: string) => `Allein und zum ersten Mal? Beginnen Sie mit ${name}: klein, mit Hinweisen in jeder Phase.`,
    en: (name: string) => `On your own and new to the game? Start with ${name}: small, with a hint in every phase.`,
  } as Say<[string]>,
  openScenario: { de: 'Szenariodatei öffnen …', en: 'Open a scenario file …' },
  opened: { de: (file: string) => `Geöffnet: ${file}`, en: (file: string) => `Opened: ${file}` } as Say<[string]>,
  unreadableFile: {
    de: (file: string) => `Die Datei „${file}“ lässt sich nicht lesen.`,
    en: (file: string) => `The file "${file}" cannot be read.`,
  } as Say<[string]>,
  problemsIn: {
    de: (file: string, count: number, kept: string) =>
      `„${file}“ enthält ${count === 1 ? 'einen Fehler' : `${count} Fehler`}. Es bleibt beim Szenario „${kept}“.`,
    en: (file: string, count: number, kept: string) =>
      `"${file}" has ${count === 1 ? 'one problem' : `${count} problems`}. The scenario stays "${kept}".`,
  } as Say<[string, number, string]>,
  problemsOnly: {
    de: (file: string, count: number) => `„${file}“ enthält ${count === 1 ? 'einen Fehler' : `${count} Fehler`}.`,
    en: (file: string, count: number) => `"${file}" has ${count === 1 ? 'one problem' : `${count} problems`}.`,
  } as Say<[string, number]>,
  warningsIn: {
    de: (file: string, count: number) =>
      `„${file}“ lässt sich spielen, enthält aber ${count === 1 ? 'eine Warnung' : `${count} Warnungen`}: Stellen, die ein Versehen sein können.`,
    en: (file: string, count: number) =>
      `"${file}" can be played, but has ${count === 1 ? 'one warning' : `${count} warnings`}: places that may be a slip.`,
  } as Say<[string, number]>,
  years: {
    de: (from: number, to: number, years: number) => `${from}–${to} · ${years} Jahre`,
    en: (from: number, to: number, years: number) => `${from}–${to} · ${years} years`,
  } as Say<[number, number, number]>,
  area: { de: 'Gebietsabgrenzung', en: 'Area definition' },
  settings: { de: 'Spiel', en: 'Game' },
  seed: { de: 'Startwert (Seed)', en: 'Seed' },
  seedHint: {
    de: 'Gleicher Startwert, gleiche Züge: gleicher Spielverlauf.',
    en: 'Same seed and same moves: the same game.',
  },
  newSeed: { de: 'Neuer Startwert', en: 'New seed' },
  seedInvalid: { de: 'Bitte eine ganze Zahl von 0 bis 999999.', en: 'Please enter a whole number from 0 to 999999.' },
  rule: { de: 'Entscheidungsregel', en: 'Decision rule' },
  length: { de: 'Spieldauer', en: 'Length of play' },
  lengthOption: {
    de: (turns: number, years: number, from: number, to: number, time: string) =>
      `${turns} Runde${turns === 1 ? '' : 'n'} à ${years === 1 ? 'ein Jahr' : `${years} Jahre`} (${from}–${to}) · etwa ${time}`,
    en: (turns: number, years: number, from: number, to: number, time: string) =>
      `${turns} round${turns === 1 ? '' : 's'} of ${years === 1 ? 'one year' : `${years} years`} (${from}–${to}) · about ${time}`,
  } as Say<[number, number, number, number, string]>,
  lengthHint: {
    de: (people: number, cards: number) =>
      `Geschätzt für ${people} Mensch${people === 1 ? '' : 'en'} am Tisch: ${cards} Karten je Runde, je Runde 10 Minuten plus 1,5 Minuten je Karte. Ein Workshop hat etwa drei Stunden.`,
    en: (people: number, cards: number) =>
      `Estimated for ${people} ${people === 1 ? 'person' : 'people'} at the table: ${cards} cards a round, each round 10 minutes plus 1.5 minutes a card. A workshop has about three hours.`,
  } as Say<[number, number]>,
  timer: { de: 'Timer je Phase (Minuten, 0 = aus)', en: 'Timer per phase (minutes, 0 = off)' },
  timerInvalid: { de: 'Bitte eine ganze Zahl von 0 bis 120.', en: 'Please enter a whole number from 0 to 120.' },
  roles: { de: 'Rollen', en: 'Roles' },
  role: { de: 'Rolle', en: 'Role' },
  playedBy: { de: 'Gespielt von', en: 'Played by' },
  stance: { de: 'Haltung des Computers', en: 'Computer’s stance' },
  stanceDefault: { de: (s: string) => `${s} (Vorgabe)`, en: (s: string) => `${s} (default)` } as Say<[string]>,
  seatsSummary: {
    de: (people: number, computers: number) => `${people} Mensch${people === 1 ? '' : 'en'}, ${computers} Computer`,
    en: (people: number, computers: number) => `${people} human${people === 1 ? '' : 's'}, ${computers} computer${computers === 1 ? '' : 's'}`,
  } as Say<[number, number]>,
  start: { de: 'Spiel starten', en: 'Start the game' },
  fixFirst: { de: 'Bitte zuerst die markierten Felder korrigieren.', en: 'Please correct the marked fields first.' },
  sessions: { de: 'Gespeicherte Sitzungen', en: 'Saved sessions' },
  lastSession: { de: 'Letzte Sitzung', en: 'Last session' },
  savedAt: {
    de: (year: number, phase: string) => `Jahr ${year} · Phase ${phase}`,
    en: (year: number, phase: string) => `Year ${year} · ${phase} phase`,
  } as Say<[number, string]>,
  resume: { de: 'Letzte Sitzung fortsetzen', en: 'Resume the last session' },
  noSaved: { de: 'Keine Sitzung im automatischen Speicher.', en: 'No session in the autosave.' },
  openSession: { de: 'Spielstanddatei öffnen …', en: 'Open a saved session file …' },
  sessionCannotOpen: {
    de: (file: string) => `Der Spielstand „${file}“ lässt sich nicht öffnen:`,
    en: (file: string) => `The session "${file}" cannot be opened:`,
  } as Say<[string]>,
  chooseScenarioFirst: { de: 'Bitte zuerst dieses Szenario öffnen.', en: 'Please open that scenario first.' },
  replayRefused: {
    de: (entry: number, why: string) => `Eintrag ${entry} des Protokolls wird nicht mehr angenommen: ${why}`,
    en: (entry: number, why: string) => `entry ${entry} of its log is refused now: ${why}`,
  } as Say<[number, string]>,
  unreadable: { de: 'ihr Inhalt lässt sich nicht lesen', en: 'its contents cannot be read' },
};
