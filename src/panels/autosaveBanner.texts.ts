/** Texts of the autosave's banners and of the dialog about a session open in two tabs, in German and English. */
import type { Language } from '../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const AUTOSAVE_TEXTS = {
  stoppedTitle: { de: 'Automatisches Speichern ausgefallen', en: 'Autosave has stopped' },
  stoppedInGame: {
    de: 'Der Browser nimmt keine Daten an (Speicher voll, gesperrt oder privates Fenster). Das Spiel läuft weiter, doch Neuladen oder Schließen würde Züge verlieren: bitte den Spielstand als Datei sichern.',
    en: 'The browser refuses to store data (storage full, blocked or a private window). The game goes on, but reloading or closing the tab would lose moves: please save the session as a file.',
  },
  stoppedOnSetup: {
    de: 'Der Browser nimmt keine Daten an (Speicher voll, gesperrt oder privates Fenster): Spiele werden nicht automatisch gesichert. Im Spiel sichert „Speichern“ den Spielstand als Datei.',
    en: 'The browser refuses to store data (storage full, blocked or a private window): games are not saved automatically. In the game, “Save” keeps the session as a file.',
  },
  download: { de: 'Spielstand herunterladen', en: 'Download the session file' },
  watchingTitle: { de: 'Nur zuschauen', en: 'Watching only' },
  watching: {
    de: 'Diese Sitzung wird in einem anderen Tab gespielt. Dieser Tab zeigt sie mit und nimmt keine Züge an.',
    en: 'This session is played in another tab. This tab follows it and takes no moves.',
  },
  takeOver: { de: 'Hier weiterspielen', en: 'Take over here' },
  watchOnly: { de: 'Nur zuschauen', en: 'Watch only' },
  conflictTitle: { de: 'Diese Sitzung ist schon in einem anderen Tab offen', en: 'This session is already open in another tab' },
  conflict: {
    de: 'Eine Sitzung wird immer nur in einem Tab gespielt. Hier weiterspielen (der andere Tab schaut dann nur zu) oder hier nur zuschauen?',
    en: 'A session is played in one tab at a time. Take it over here (the other tab then only watches), or only watch here?',
  },
  strandedTitle: { de: 'Ein anderer Tab hat übernommen', en: 'Another tab took over' },
  stranded: {
    de: (n: number) => `${n === 1 ? 'Ein Zug' : `${n} Züge`} aus diesem Tab ${n === 1 ? 'fehlt' : 'fehlen'} im gespeicherten Spielstand. Als Datei sichern, damit nichts verloren geht.`,
    en: (n: number) => `${n === 1 ? 'One move' : `${n} moves`} made in this tab ${n === 1 ? 'is' : 'are'} not in the saved session. Keep ${n === 1 ? 'it' : 'them'} as a file so nothing is lost.`,
  } as Say<[number]>,
  downloadStranded: { de: 'Diese Züge herunterladen', en: 'Download these moves' },
  dismiss: { de: 'Schließen', en: 'Dismiss' },
};
