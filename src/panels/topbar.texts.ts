/** Texts of the topbar and the facilitator's tools in German and English. */
import type { Language } from '../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const TOPBAR_TEXTS = {
  product: { de: 'Quartier', en: 'Quartier' },
  turn: { de: (n: number, of: number) => `Runde ${n} von ${of}`, en: (n: number, of: number) => `Round ${n} of ${of}` } as Say<[number, number]>,
  rule: { de: (rule: string) => `Regel: ${rule}`, en: (rule: string) => `Rule: ${rule}` } as Say<[string]>,
  paused: { de: 'angehalten', en: 'paused' },
  timer: { de: 'Timer der Phase', en: 'Phase timer' },
  timeUp: { de: 'Zeit um', en: 'Time’s up' },
  resume: { de: 'Fortsetzen', en: 'Resume' },
  pause: { de: 'Pause', en: 'Pause' },
  save: { de: 'Speichern', en: 'Save' },
  saveTitle: { de: 'Die Sitzung als Datei speichern', en: 'Save the session as a file' },
  facilitation: { de: 'Moderation', en: 'Facilitation' },
  previous: { de: 'Zurück', en: 'Back' },
  next: { de: 'Weiter', en: 'Next' },
  controls: { de: 'Moderation', en: 'Facilitator controls' },
};

export const TOOLS_TEXTS = {
  heading: { de: 'Moderation', en: 'Facilitation' },
  event: { de: 'Ereignis aus dem Stapel einspielen', en: 'Inject an event from the deck' },
  eventSelect: { de: 'Ereignis', en: 'Event' },
  inject: { de: 'Einspielen', en: 'Inject' },
  eventHappened: { de: (title: string) => `${title} (dieses Jahr schon)`, en: (title: string) => `${title} (already this year)` } as Say<[string]>,
  seats: { de: 'Sitze', en: 'Seats' },
  toComputer: { de: 'An den Computer geben', en: 'Hand to the computer' },
  toHuman: { de: 'Wieder selbst spielen', en: 'Play it in person' },
  role: { de: 'Rolle', en: 'Role' },
  playedBy: { de: 'Gespielt von', en: 'Played by' },
  rule: { de: 'Entscheidungsregel', en: 'Decision rule' },
  setRule: { de: 'Regel übernehmen', en: 'Use this rule' },
  untilDecision: { de: 'Möglich bis zum Ende der Verhandlung.', en: 'Possible until the end of the negotiation.' },
  session: { de: 'Sitzung', en: 'Session' },
  restartPhase: { de: 'Phase neu beginnen', en: 'Restart this phase' },
  toSetup: { de: 'Zur Einrichtung (die Sitzung bleibt gespeichert)', en: 'Back to setup (the session stays saved)' },
  close: { de: 'Schließen', en: 'Close' },
};
